using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Protocol.Services.H3.Tests.Harness;

/// <summary>
/// Runs h3-js (reference/h3-reference.mjs under node) over one batch of queries. Each test class sends a single big
/// batch from its fixture, so node starts once per class. The build installs h3-js (see the .csproj).
/// </summary>
public static class H3Reference
{
    public static string Directory { get; } = typeof(H3Reference).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "H3ReferenceDir").Value!;

    /// <summary>Answers the queries (each [operation, ...arguments]) in order.</summary>
    public static IReadOnlyList<Answer> Run(IReadOnlyList<JsonArray> queries)
    {
        if (!File.Exists(Path.Combine(Directory, "node_modules", "h3-js", "package.json")))
            throw new InvalidOperationException($"h3-js is not installed in {Directory}: build the test project (it runs `npm ci` there).");

        var start = new ProcessStartInfo("node", "h3-reference.mjs")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var payload = new JsonArray(queries.Select(q => (JsonNode)q).ToArray()).ToJsonString();
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using (var input = node.StandardInput)
            input.Write(payload);
        node.WaitForExit();
        if (node.ExitCode != 0) throw new InvalidOperationException($"node h3-reference.mjs failed ({node.ExitCode}): {stderr.Result}");

        var answers = JsonNode.Parse(stdout.Result)!.AsArray();
        if (answers.Count != queries.Count) throw new InvalidOperationException($"{queries.Count} queries, {answers.Count} answers.");
        return answers.Select(a => new Answer(a!.AsObject())).ToList();
    }

    public static JsonArray Query(string operation, params JsonNode?[] args) => new([JsonValue.Create(operation), .. args]);
}

/// <summary>One answer of h3-js: a value, or the error code it threw.</summary>
public sealed class Answer(JsonObject json)
{
    public bool Threw => json.ContainsKey("e");

    public int ErrorCode => json["e"]!.GetValue<int>();

    public JsonNode? Value => Threw ? throw new InvalidOperationException($"h3-js threw: {json["m"]}") : json["v"];

    public ulong Cell => H3.Parse(Value!.GetValue<string>());

    public IReadOnlyList<ulong> Cells => Value!.AsArray().Select(c => H3.Parse(c!.GetValue<string>())).ToList();

    public (double Lat, double Lng) LatLng => (Value![0]!.GetValue<double>(), Value[1]!.GetValue<double>());

    /// <summary>A number; JSON null stands for NaN (JSON has no NaN, JSON.stringify writes it as null).</summary>
    public double Number => Value is null ? double.NaN : Value.GetValue<double>();

    public override string ToString() => json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
