using System.IO.Compression;
using System.Text.Json;

namespace Protocol.Toolchain.Testing.Coverage;

/// <summary>Reads method ranges from NEP-19 debug info: methods[{name, range "start-end"}].</summary>
public static class DebugInfo
{
    public static IReadOnlyList<MethodRange> LoadMethodRanges(string path)
    {
        if (!path.EndsWith(".nefdbgnfo", StringComparison.OrdinalIgnoreCase)) return Parse(File.ReadAllText(path));
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"{path} holds no debug JSON.");
        using var reader = new StreamReader(entry.Open());
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<MethodRange> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("methods").EnumerateArray().Select(m =>
        {
            var range = m.GetProperty("range").GetString()!.Split('-');
            return new MethodRange(m.GetProperty("name").GetString()!, int.Parse(range[0]), int.Parse(range[1]));
        }).ToList();
    }
}
