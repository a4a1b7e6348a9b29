using Protocol.Toolchain.Runtime.Manifest;

namespace Protocol.Toolchain.Testing.Coverage;

/// <summary>A method's script range [Start, End] (inclusive), from debug info or derived from the ABI offsets.</summary>
public sealed record MethodRange(string Name, int Start, int End)
{
    /// <summary>Without debug info: each ABI method runs from its offset up to the next method's offset.</summary>
    public static IReadOnlyList<MethodRange> FromAbi(ContractAbi abi, int scriptLength)
    {
        var starts = abi.Methods.OrderBy(m => m.Offset).ToList();
        return starts.Select((m, i) => new MethodRange(m.Name, m.Offset,
            (i + 1 < starts.Count ? starts[i + 1].Offset : scriptLength) - 1)).ToList();
    }
}
