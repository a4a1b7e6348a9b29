namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>What the engine reads of the persisting block: height, timestamp (ms) and nonce.</summary>
public sealed record BlockInfo(uint Index, ulong Timestamp, ulong Nonce = 0);
