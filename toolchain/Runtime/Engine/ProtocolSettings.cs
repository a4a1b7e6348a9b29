namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// Network parameters the engine needs (neo-cli config, reference §0). All hardforks are active from
/// block 0, as in Neo's TestEngine and unit tests.
/// </summary>
public sealed record ProtocolSettings
{
    /// <summary>Mainnet's magic ("NEO3" little-endian), the TestEngine default.</summary>
    public const uint MainNetMagic = 860833102;

    public static readonly ProtocolSettings Default = new();

    public uint Network { get; init; } = MainNetMagic;

    public byte AddressVersion { get; init; } = 0x35;

    public uint MillisecondsPerBlock { get; init; } = 15_000;

    public uint MaxValidUntilBlockIncrement { get; init; } = 5_760;

    public uint MaxTraceableBlocks { get; init; } = 2_102_400;

    /// <summary>Datoshi given to the validators' multisig account at genesis (52 million GAS).</summary>
    public long InitialGasDistribution { get; init; } = 52_000_000_00000000;
}
