using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Protocol.Services.H3.Tests.Harness;

/// <summary>Queries collected by a fixture, answered by one node run; each <see cref="Add"/> returns its answer's slot.</summary>
public sealed class Batch
{
    private readonly List<JsonArray> _queries = [];
    private IReadOnlyList<Answer>? _answers;

    public int Add(string operation, params JsonNode?[] args)
    {
        if (_answers is not null) throw new InvalidOperationException("The batch has already run.");
        _queries.Add(H3Reference.Query(operation, args));
        return _queries.Count - 1;
    }

    public int Count => _queries.Count;

    /// <summary>How long node took for the whole batch.</summary>
    public TimeSpan Elapsed { get; private set; }

    public void Run()
    {
        var clock = Stopwatch.StartNew();
        _answers = H3Reference.Run(_queries);
        Elapsed = clock.Elapsed;
    }

    public Answer this[int slot] => (_answers ?? throw new InvalidOperationException("The batch has not run."))[slot];

    public static JsonNode Hex(ulong cell) => JsonValue.Create(H3.ToString(cell));

    public static JsonNode Pair((double Lat, double Lng) p) => new JsonArray(p.Lat, p.Lng);
}
