using System.Globalization;
using System.Text.RegularExpressions;

namespace Protocol.Toolchain.Vm.Tests;

/// <summary>
/// Our opcode set, operand layouts and base prices against the published table in
/// reference/neo-n3.md §2.6 (taken from neo-vm OpCode.cs and neo ApplicationEngine.OpCodePrices.cs).
/// </summary>
public sealed partial class OpcodeTableTests
{
    private sealed record Entry(byte Code, string Name, int Operand, int Prefix, long Price);

    [Fact]
    public void Every_published_opcode_has_our_byte_operand_and_price()
    {
        var entries = PublishedTable();
        Assert.Equal(196, entries.Count);
        Assert.Equal(196, OpCodeInfo.Count);
        foreach (var e in entries)
        {
            Assert.True(OpCodeInfo.IsDefined(e.Code), $"{e.Name} (0x{e.Code:X2}) is not defined");
            var op = (OpCode)e.Code;
            Assert.Equal(e.Name, op.ToString());
            Assert.True(e.Operand == OpCodeInfo.OperandSize(op), $"{e.Name}: operand {OpCodeInfo.OperandSize(op)}, published {e.Operand}");
            Assert.Equal(e.Prefix, OpCodeInfo.OperandPrefixSize(op));
            Assert.True(e.Price == OpCodeInfo.Price(op), $"{e.Name}: price {OpCodeInfo.Price(op)}, published {e.Price}");
        }
        for (int b = 0; b < 256; b++)
            Assert.Equal(entries.Any(e => e.Code == b), OpCodeInfo.IsDefined((byte)b));
    }

    /// <summary>Parses entries such as "00 PUSHINT8+1 1", "10–20 PUSH0…PUSH16 1", "22/23 JMP/JMP_L 2", "0C PUSHDATA1+len1 8".</summary>
    private static List<Entry> PublishedTable()
    {
        var text = File.ReadAllText(Path.Combine(Toolchain.Conformance.ConformancePaths.Reference, "neo-n3.md"));
        var start = text.IndexOf("\n00 PUSHINT8", StringComparison.Ordinal);
        var line = ParenthesisPattern().Replace(text[(start + 1)..text.IndexOf('\n', start + 1)], "").TrimEnd('.');
        var entries = new List<Entry>();
        foreach (var raw in line.Split("; "))
        {
            var m = EntryPattern().Match(raw.Trim());
            Assert.True(m.Success, $"unparsed table entry '{raw}'");
            byte first = Hex(m.Groups["a"].Value);
            byte last = m.Groups["b"].Success ? Hex(m.Groups["b"].Value) : first;
            var names = m.Groups["name"].Value;
            long price = long.Parse(m.Groups["price"].Value, CultureInfo.InvariantCulture);
            int operand = 0, prefix = 0;
            if (m.Groups["op"].Success)
            {
                var o = m.Groups["op"].Value;
                if (o.StartsWith("len")) prefix = int.Parse(o[3..]);
                else operand = int.Parse(o);
            }
            for (int code = first; code <= last; code++)
            {
                int index = code - first;
                string name = NameAt(names, index, first, last);
                int size = operand;
                if (name.StartsWith("JMP") || name == "CALL" || name == "CALL_L")
                    size = name.EndsWith("_L") ? 4 : 1; // "(even byte: +1 offset; odd byte `_L`: +4)"
                entries.Add(new Entry((byte)code, name, size, prefix, price));
            }
        }
        return entries;
    }

    private static string NameAt(string names, int index, byte first, byte last)
    {
        if (names.Contains('…'))
        {
            var parts = names.Split('…');
            var prefix = DigitsPattern().Replace(parts[0], "");
            return prefix + (int.Parse(parts[0][prefix.Length..]) + index);
        }
        if (names.Contains('–'))
        {
            var parts = names.Split('–');
            var prefix = DigitsPattern().Replace(parts[0], "");
            return prefix + (int.Parse(parts[0][prefix.Length..]) + index);
        }
        if (names.Contains('/')) return names.Split('/')[index];
        if (first == last) return names;
        return index == 0 ? names : names + "_L";
    }

    private static byte Hex(string s) => byte.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<a>[0-9A-F]{2})(?:[–/](?<b>[0-9A-F]{2}))? (?<name>[A-Z0-9_/…–]+?)(?:\+(?<op>len\d|\d+))? (?<price>\d+)")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@" \([^)]*\)")]
    private static partial Regex ParenthesisPattern();

    [GeneratedRegex(@"\d+$")]
    private static partial Regex DigitsPattern();
}
