using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Testing;

public sealed partial class TestEngine
{
    /// <summary>A deployed contract's committed storage value for <paramref name="key"/>, or null.</summary>
    public byte[]? GetStorage(UInt160 contract, ReadOnlySpan<byte> key) => _store.TryGet(StorageKeys.Create(IdOf(contract), key));

    /// <summary>Seeds (or, with null, removes) a storage entry of a deployed contract, as if a transaction had written it.</summary>
    public void SetStorage(UInt160 contract, ReadOnlySpan<byte> key, byte[]? value) =>
        _store.Apply(StorageKeys.Create(IdOf(contract), key), value);

    /// <summary>The contract's committed entries whose key starts with <paramref name="prefix"/>, keys without the contract id.</summary>
    public IReadOnlyList<(byte[] Key, byte[] Value)> FindStorage(UInt160 contract, ReadOnlySpan<byte> prefix) =>
        _store.Seek(StorageKeys.Create(IdOf(contract), prefix), backward: false).Select(e => (e.Key[4..], e.Value)).ToList();

    private int IdOf(UInt160 contract) =>
        ContractManagement.GetContract(_store, contract)?.Id ?? throw new ArgumentException($"No contract {contract} is deployed.", nameof(contract));
}
