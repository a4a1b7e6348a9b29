using System.Text.Json;
using System.Text.Json.Nodes;

namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>One corrected step: the JSON properties that replace the step's, and why.</summary>
public sealed record DevpackErratum(JsonObject Correction, string Reason);

/// <summary>
/// Steps whose expectation (or argument) in the data set is an extraction error, checked by hand against the official test
/// source line each step carries: dataset-errata.txt lists "key&lt;TAB&gt;correction&lt;TAB&gt;reason", the correction
/// being a JSON object whose properties ("args", "expect") replace the step's before it is parsed. A corrected step then
/// runs and is judged like any other (state, result, checks and the recorded GAS, which is never corrected), so no step
/// is excused: a wrong correction fails. An erratum naming a step that does not exist is a load error.
/// </summary>
public static class DevpackErrata
{
    public const string FileName = "dataset-errata.txt";

    public static string DefaultPath => Path.Combine(DevpackKnownGaps.SourceFolder, FileName);

    public static IReadOnlyDictionary<string, DevpackErratum> Load(string? path = null)
    {
        var errata = new Dictionary<string, DevpackErratum>(StringComparer.Ordinal);
        path ??= DefaultPath;
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3)
                throw new FormatException($"{FileName}:{number}: expected key<TAB>correction<TAB>reason, found {fields.Length} field(s).");
            if (JsonNode.Parse(fields[1]) is not JsonObject correction || correction.Any(p => p.Key is not ("args" or "expect")))
                throw new FormatException($"{FileName}:{number}: the correction must be a JSON object of \"args\" and/or \"expect\".");
            if (!errata.TryAdd(fields[0], new DevpackErratum(correction, fields[2])))
                throw new FormatException($"{FileName}:{number}: {fields[0]} is listed twice.");
        }
        return errata;
    }

    /// <summary>The step's JSON with the erratum's properties replacing its own.</summary>
    public static JsonElement Correct(JsonElement step, DevpackErratum erratum)
    {
        var corrected = JsonNode.Parse(step.GetRawText())!.AsObject();
        foreach (var (name, value) in erratum.Correction) corrected[name] = value?.DeepClone();
        return JsonSerializer.SerializeToElement(corrected);
    }
}
