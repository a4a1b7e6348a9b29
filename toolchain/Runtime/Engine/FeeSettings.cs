namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// Fee parameters an engine starts with (Policy's defaults, §2.7). ExecPicoFeeFactor is ExecFeeFactor
/// × 10^4 (picoGAS per fee unit, as stored from Faun on); StoragePrice is datoshi per byte.
/// </summary>
public sealed record FeeSettings(long ExecPicoFeeFactor = 30 * ApplicationEngine.FeeFactor, long StoragePrice = 100_000, long FeePerByte = 1_000)
{
    public static readonly FeeSettings Default = new();
}
