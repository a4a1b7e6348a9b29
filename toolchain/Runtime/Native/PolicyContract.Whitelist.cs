using System.Buffers.Binary;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// The fee whitelist (neo PolicyContract Set/RemoveWhitelistFeeContract, CleanWhitelist, IsWhitelistFeeContract,
/// GetWhitelistFeeContracts; WhitelistedContract). An entry is keyed by contract and method offset and stores
/// Struct[contract, method, argCount, fixedFee]; a call to that method is charged the fixed fee once, and nothing
/// else is charged while its own context runs (the engine's whitelisted contexts; natives skip their CPU fee too).
/// Every change notifies WhitelistFeeChanged(contract, method, argCount, fee), fee Null on removal.
/// </summary>
public sealed partial class PolicyContract
{
    private static byte[] WhitelistKey(UInt160 contract, int offset)
    {
        var suffix = new byte[UInt160.Length + 4];
        contract.AsSpan().CopyTo(suffix);
        BinaryPrimitives.WriteInt32BigEndian(suffix.AsSpan(UInt160.Length), offset);
        return Key(PrefixWhitelistedFeeContracts, suffix);
    }

    private static Struct ReadEntry(byte[] value) => (Struct)BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default);

    /// <summary>True with the fixed fee (datoshi) when the existing contract's method at <paramref name="methodOffset"/> is whitelisted.</summary>
    public static bool IsWhitelistFeeContract(IStoreView snapshot, UInt160 contractHash, int methodOffset, out long fixedFee)
    {
        fixedFee = 0;
        // neo checks the contract first; the entry is looked up first here (same outcome, cheaper on every call).
        if (snapshot.TryGet(WhitelistKey(contractHash, methodOffset)) is not { } value) return false;
        if (ContractManagement.GetContract(snapshot, contractHash) is null) return false;
        fixedFee = (long)ReadEntry(value)[3].GetInteger();
        return true;
    }

    /// <summary>The method descriptor of (name, argCount) in an existing contract, with neo's errors.</summary>
    private static Manifest.ContractMethodDescriptor FindMethod(ApplicationEngine engine, UInt160 contractHash, string method, int argCount)
    {
        var contract = ContractManagement.GetContract(engine.Snapshot, contractHash)
            ?? throw new InvalidOperationException("Is not a valid contract");
        return contract.Manifest.Abi.Methods.SingleOrDefault(m => m.Name == method && m.Parameters.Count == argCount)
            ?? throw new InvalidOperationException($"Method {method} with {argCount} args was not found in {contractHash}");
    }

    private void SetWhitelistFeeContract(ApplicationEngine engine, UInt160 contractHash, string method, int argCount, long fixedFee)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fixedFee, nameof(fixedFee));
        if (!NeoToken.CheckCommittee(engine)) throw new InvalidOperationException("Invalid committee signature");
        var descriptor = FindMethod(engine, contractHash, method, argCount);
        var key = WhitelistKey(contractHash, descriptor.Offset);
        // An existing entry keeps its fields and only takes the new fee (neo GetAndChange on the interoperable).
        var entry = engine.Snapshot.TryGet(key) is { } existing ? ReadEntry(existing)
            : new Struct([contractHash.ToArray(), method, new Integer(argCount), new Integer(0)]);
        entry[3] = new Integer(fixedFee);
        engine.Snapshot.Put(key, BinarySerializer.Serialize(entry, ExecutionEngineLimits.Default));
        engine.SendNotification(Hash, "WhitelistFeeChanged",
            new Vm.Types.Array([contractHash.ToArray(), method, new Integer(argCount), new Integer(fixedFee)]));
    }

    private void RemoveWhitelistFeeContract(ApplicationEngine engine, UInt160 contractHash, string method, int argCount)
    {
        if (!NeoToken.CheckCommittee(engine)) throw new InvalidOperationException("Invalid committee signature");
        var descriptor = FindMethod(engine, contractHash, method, argCount);
        var key = WhitelistKey(contractHash, descriptor.Offset);
        if (!engine.Snapshot.Contains(key)) throw new InvalidOperationException("Whitelist not found");
        engine.Snapshot.Delete(key);
        engine.SendNotification(Hash, "WhitelistFeeChanged",
            new Vm.Types.Array([contractHash.ToArray(), method, new Integer(argCount), StackItem.Null]));
    }

    /// <summary>
    /// Drops every whitelist entry of <paramref name="contractHash"/> (ContractManagement update and destroy), notifying
    /// each removal with the stored method and argument count; returns how many were removed.
    /// </summary>
    internal int CleanWhitelist(ApplicationEngine engine, UInt160 contractHash)
    {
        var entries = engine.Snapshot.Seek(Key(PrefixWhitelistedFeeContracts, contractHash.AsSpan()), backward: false).ToList();
        foreach (var (key, value) in entries)
        {
            engine.Snapshot.Delete(key);
            var data = ReadEntry(value);
            engine.SendNotification(Hash, "WhitelistFeeChanged",
                new Vm.Types.Array([contractHash.ToArray(), data[1].GetString()!, new Integer(data[2].GetInteger()), StackItem.Null]));
        }
        return entries.Count;
    }

    /// <summary>The whitelist entries in key order (ValuesOnly | DeserializeValues: each Struct[contract, method, argCount, fixedFee]).</summary>
    private static StorageIterator GetWhitelistFeeContracts(IStoreView snapshot)
    {
        var prefix = Key(PrefixWhitelistedFeeContracts);
        return new StorageIterator(() => snapshot.Seek(prefix, backward: false), 1,
            FindOptions.RemovePrefix | FindOptions.ValuesOnly | FindOptions.DeserializeValues);
    }
}
