using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// What the engine reads of the persisting block: height, timestamp (ms) and nonce. When a real block is being persisted
/// (<see cref="Payloads.Block.Info"/>), <see cref="Block"/> carries it: the natives' OnPersist/PostPersist hooks read its
/// hash, header, primary index and transactions. Test invocations that only pretend to run in a block leave it null.
/// </summary>
public sealed record BlockInfo(uint Index, ulong Timestamp, ulong Nonce = 0)
{
    public Block? Block { get; init; }
}
