using System.Text.RegularExpressions;
using Protocol.Toolchain.Conformance;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Xunit.Abstractions;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// Every syscall of the published table (reference/neo-n3.md §2.5): name, id bytes, fixed price and required call flags
/// against our registry. Syscalls we do not register yet are a printed known-gap list that may only shrink.
/// </summary>
public sealed partial class SyscallTableTests(ITestOutputHelper output)
{
    /// <summary>Not registered yet, with the reason (none left: NativeOnPersist/NativePostPersist came with block persistence).</summary>
    private static readonly Dictionary<string, string> KnownGaps = new();

    private sealed record Row(string Name, string IdBytes, long Price, CallFlags Flags);

    [Fact]
    public void Every_published_syscall_is_registered_with_its_id_price_and_flags()
    {
        var published = PublishedTable();
        Assert.Equal(41, published.Count);
        var ours = Syscalls.All.ToDictionary(d => d.Name);
        foreach (var row in published)
        {
            if (KnownGaps.TryGetValue(row.Name, out var reason))
            {
                output.WriteLine($"known gap {row.Name}: {reason}");
                Assert.False(ours.ContainsKey(row.Name), $"{row.Name} is registered now: remove it from the known gaps");
                continue;
            }
            Assert.True(ours.TryGetValue(row.Name, out var descriptor), $"{row.Name} is not registered");
            Assert.Equal(row.IdBytes, Convert.ToHexString(BitConverter.GetBytes(descriptor!.Hash)).ToLowerInvariant());
            Assert.True(row.Price == descriptor.FixedPrice, $"{row.Name}: price {descriptor.FixedPrice}, published {row.Price}");
            Assert.True(row.Flags == descriptor.RequiredCallFlags, $"{row.Name}: flags {descriptor.RequiredCallFlags}, published {row.Flags}");
        }
        Assert.Equal(published.Count - KnownGaps.Count, ours.Count);
        Assert.Empty(KnownGaps);
    }

    private static List<Row> PublishedTable()
    {
        var text = File.ReadAllText(Path.Combine(ConformancePaths.Root, "..", "reference", "neo-n3.md"));
        int start = text.IndexOf("| Name | bytes | price |", StringComparison.Ordinal);
        var rows = new List<Row>();
        foreach (var line in text[start..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Replace("\\|", "¦").Split('|').Select(c => c.Trim()).ToArray();
            var names = Parenthesis().Replace(cells[1], "").Split(" / ").Select(n => n.Trim()).ToArray();
            var family = names[0][..(names[0].LastIndexOf('.') + 1)];
            var ids = cells[2].Split(" / ");
            var prices = cells[3].Split(" / ").Select(long.Parse).ToArray();
            var flagText = cells[4].Split(';')[0].Trim();
            var flags = FlagPattern().IsMatch(flagText) ? flagText.Split('/') : [""];
            for (int i = 0; i < names.Length; i++)
            {
                var name = "System." + (i == 0 ? names[0] : family + names[i]);
                rows.Add(new Row(name, ids[i], prices[Math.Min(i, prices.Length - 1)], Flags(flags[Math.Min(i, flags.Length - 1)])));
            }
        }
        return rows;
    }

    private static CallFlags Flags(string text) => text.Split('¦', StringSplitOptions.RemoveEmptyEntries).Aggregate(CallFlags.None, (acc, f) => acc | f switch
    {
        "R" => CallFlags.ReadStates,
        "W" => CallFlags.WriteStates,
        "C" => CallFlags.AllowCall,
        "N" => CallFlags.AllowNotify,
        _ => throw new FormatException($"unknown flag {f}"),
    });

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^[RWCN¦/]+$")]
    private static partial Regex FlagPattern();
}
