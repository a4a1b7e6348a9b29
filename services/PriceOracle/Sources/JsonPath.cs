using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Protocol.Services.PriceOracle.Sources;

/// <summary>
/// A small path into a JSON document: property names separated by dots, array indexes in brackets, and bracket-quoted
/// names for keys that contain dots: <c>data.amount</c>, <c>result.XHNTZUSD.c[0]</c>, <c>['hnt.usd'].price</c>, an
/// optional leading <c>$.</c>. Enough for exchange tickers and aggregator APIs, so a new source needs no code.
/// </summary>
public sealed class JsonPath
{
    private readonly IReadOnlyList<object> _steps; // string = property, int = index

    private JsonPath(string text, IReadOnlyList<object> steps)
    {
        Text = text;
        _steps = steps;
    }

    public string Text { get; }

    public static bool TryParse(string? text, out JsonPath? path, out string? error)
    {
        path = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the path is empty";
            return false;
        }
        var steps = new List<object>();
        int i = text.StartsWith("$.", StringComparison.Ordinal) ? 2 : text == "$" ? 1 : 0;
        var name = new StringBuilder();
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '.')
            {
                if (name.Length == 0 && (steps.Count == 0 || text[i - 1] == '.')) return Fail($"an empty name at position {i}", out error);
                Flush(name, steps);
                i++;
            }
            else if (c == '[')
            {
                Flush(name, steps);
                int close = text.IndexOf(']', i);
                if (close < 0) return Fail($"'[' at position {i} is not closed", out error);
                var inner = text[(i + 1)..close];
                if (inner.Length >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[^1] == inner[0]) steps.Add(inner[1..^1]);
                else if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index)) steps.Add(index);
                else return Fail($"'[{inner}]' is neither an index nor a quoted name", out error);
                i = close + 1;
            }
            else
            {
                name.Append(c);
                i++;
            }
        }
        if (text.EndsWith('.')) return Fail("the path ends with '.'", out error);
        Flush(name, steps);
        if (steps.Count == 0) return Fail("the path selects nothing", out error);
        path = new JsonPath(text, steps);
        return true;
    }

    public static JsonPath Parse(string text) =>
        TryParse(text, out var path, out var error) ? path! : throw new FormatException($"JSON path '{text}': {error}.");

    /// <summary>The element at the path, or null with the first step that is missing.</summary>
    public JsonElement? Select(JsonElement root, out string? missing)
    {
        var current = root;
        var walked = new StringBuilder("$");
        foreach (var step in _steps)
        {
            if (step is string property)
            {
                walked.Append('.').Append(property);
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(property, out var next))
                {
                    missing = $"{walked} is missing";
                    return null;
                }
                current = next;
            }
            else
            {
                int index = (int)step;
                walked.Append('[').Append(index).Append(']');
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    missing = $"{walked} is missing";
                    return null;
                }
                current = current[index];
            }
        }
        missing = null;
        return current;
    }

    public override string ToString() => Text;

    private static void Flush(StringBuilder name, List<object> steps)
    {
        if (name.Length == 0) return;
        steps.Add(name.ToString());
        name.Clear();
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
