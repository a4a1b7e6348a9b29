using Protocol.Toolchain.Framework.Tests.Surface;

namespace Protocol.Toolchain.Framework.Tests;

/// <summary>
/// Source and binding compatibility with the official framework: every public type and member of the official
/// Neo.SmartContract.Framework 3.9.1 (Data/official-surface.txt) exists in ours with the same signature,
/// nullability, modifiers and binding attributes ([Syscall]/[OpCode] sequences, [Contract] hashes, [Safe] …),
/// and ours exposes nothing a contract could use that the official one lacks.
/// </summary>
public class ApiSurfaceTests
{
    /// <summary>
    /// Deliberate differences: official line → our line. NEO.UnRegisterCandidate would CALLT "unRegisterCandidate",
    /// which NeoToken does not have (its method is "unregisterCandidate"); ours names the native method explicitly.
    /// </summary>
    private static readonly Dictionary<string, string> Deviations = new()
    {
        ["Neo.SmartContract.Framework.Native.NEO :: method public static extern System.Boolean UnRegisterCandidate(Neo.SmartContract.Framework.ECPoint pubkey)"] =
            "Neo.SmartContract.Framework.Native.NEO :: method public static extern System.Boolean UnRegisterCandidate(Neo.SmartContract.Framework.ECPoint pubkey) @[DisplayName(\"unregisterCandidate\")]",
    };

    private static IReadOnlyList<string> Official() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "official-surface.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    private static IReadOnlyList<string> Ours() => ApiSurface.Describe(FrameworkAssembly.Assembly);

    [Fact]
    public void DataFileHoldsTheWholeOfficialSurface()
    {
        var official = Official();
        Assert.True(official.Count > 900, $"only {official.Count} lines");
        foreach (var ns in new[] { "", ".Attributes", ".Services", ".Native", ".Interfaces", ".Linq", ".Helpers" })
            Assert.Contains(official, l => l.StartsWith($"Neo.SmartContract.Framework{ns}.", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryOfficialTypeAndMemberIsExposedWithTheSameSignature()
    {
        var ours = Ours().ToHashSet(StringComparer.Ordinal);
        var missing = Official().Select(l => Deviations.GetValueOrDefault(l, l)).Where(l => !ours.Contains(l)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} official lines missing or different:\n{string.Join("\n", missing)}");
    }

    [Fact]
    public void NothingPublicBeyondTheOfficialSurface()
    {
        var official = Official().Select(l => Deviations.GetValueOrDefault(l, l)).ToHashSet(StringComparer.Ordinal);
        var extra = Ours().Where(l => !official.Contains(l)).ToList();
        Assert.True(extra.Count == 0, $"{extra.Count} lines a contract could use that the official framework lacks:\n{string.Join("\n", extra)}");
    }

    [Fact]
    public void DescriberSeesBindingsNullabilityAndModifiers()
    {
        var ours = Ours();
        Assert.Contains("Neo.SmartContract.Framework.Services.Runtime :: method public static extern System.Boolean CheckWitness(Neo.SmartContract.Framework.UInt160 hash) @[Syscall(\"System.Runtime.CheckWitness\")]", ours);
        Assert.Contains("Neo.SmartContract.Framework.Native.Ledger :: method public static extern Neo.SmartContract.Framework.Services.Transaction? GetTransaction(Neo.SmartContract.Framework.UInt256 hash)", ours);
        Assert.Contains(ours, l => l.StartsWith("Neo.SmartContract.Framework.Nep17Token :: type abstract class : Neo.SmartContract.Framework.TokenContract", StringComparison.Ordinal)
            && l.Contains("[SupportedStandards([NepStandard.Nep17])]", StringComparison.Ordinal));
    }
}
