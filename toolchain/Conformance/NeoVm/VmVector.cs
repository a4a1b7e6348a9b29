using System.Text.Json;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Conformance.NeoVm;

/// <summary>One file of the official NeoVM JSON vectors: tests made of a script and checked steps.</summary>
public sealed record VmVectorFile(string Path, string Category, string Name, IReadOnlyList<VmVectorTest> Tests)
{
    public static VmVectorFile Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var tests = root.GetProperty("tests").EnumerateArray().Select(VmVectorTest.Parse).ToList();
        return new VmVectorFile(path, root.GetProperty("category").GetString()!, root.GetProperty("name").GetString()!, tests);
    }
}

public sealed record VmVectorTest(string Name, byte[] Script, IReadOnlyList<VmVectorStep> Steps)
{
    public static VmVectorTest Parse(JsonElement e)
    {
        var steps = e.TryGetProperty("steps", out var s) ? s.EnumerateArray().Select(VmVectorStep.Parse).ToList() : [];
        return new VmVectorTest(e.GetProperty("name").GetString()!, ParseScript(e.GetProperty("script")), steps);
    }

    /// <summary>A script is an array of opcode names and "0x…" raw byte runs, or one hex string.</summary>
    private static byte[] ParseScript(JsonElement script)
    {
        if (script.ValueKind == JsonValueKind.String) return Hex.Parse(script.GetString()!);
        var bytes = new List<byte>();
        foreach (var entry in script.EnumerateArray())
        {
            var text = entry.GetString()!;
            if (Enum.TryParse<OpCode>(text, ignoreCase: false, out var op) && Enum.IsDefined(op) && !text.StartsWith("0x"))
                bytes.Add((byte)op);
            else
                bytes.AddRange(Hex.Parse(text));
        }
        return [.. bytes];
    }
}

public sealed record VmVectorStep(string? Name, IReadOnlyList<string> Actions, JsonElement Result)
{
    public static VmVectorStep Parse(JsonElement e) => new(
        e.TryGetProperty("name", out var n) ? n.GetString() : null,
        e.TryGetProperty("actions", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [],
        e.GetProperty("result").Clone());
}

public static class Hex
{
    public static byte[] Parse(string text)
    {
        if (text.Length == 0) return [];
        if (!text.StartsWith("0x", StringComparison.Ordinal)) throw new FormatException($"'0x' prefix required for value: '{text}'");
        return Convert.FromHexString(text.AsSpan(2));
    }
}
