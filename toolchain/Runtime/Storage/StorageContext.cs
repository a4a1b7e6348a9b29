namespace Protocol.Toolchain.Runtime.Storage;

/// <summary>
/// A contract's storage context, handed to scripts as an InteropInterface by System.Storage.GetContext
/// (read-write) or GetReadOnlyContext / AsReadOnly (read-only). Keys written through it are prefixed by
/// <see cref="Id"/> (reference §2.5).
/// </summary>
public sealed class StorageContext
{
    /// <summary>The id of the contract that owns the storage.</summary>
    public required int Id { get; init; }

    /// <summary>Put and Delete fault on a read-only context.</summary>
    public required bool IsReadOnly { get; init; }

    public override string ToString() => $"StorageContext(Id={Id}, IsReadOnly={IsReadOnly})";
}
