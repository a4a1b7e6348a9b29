using System.Buffers.Binary;
using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>ContractManagement (id -1): the contract registry, deployment and its fee.</summary>
public sealed partial class ContractManagement() : NativeContract(-1, "ContractManagement")
{
    // Storage map (id -1): Prefix_Contract + hash → serialized contract state (Array form);
    // Prefix_ContractHash + id (big-endian Int32) → hash; Prefix_MinimumDeploymentFee → integer (datoshi);
    // Prefix_NextAvailableId → integer (1 before the first deployment).
    internal const byte PrefixContract = 8;
    internal const byte PrefixContractHash = 12;
    internal const byte PrefixNextAvailableId = 15;
    internal const byte PrefixMinimumDeploymentFee = 20;

    /// <summary>10 GAS in datoshi, the fee floor of a deployment until the committee changes it.</summary>
    public const long DefaultMinimumDeploymentFee = 10_00000000;

    /// <summary>A native or deployed contract, or null.</summary>
    public static ContractState? GetContract(IStoreView snapshot, UInt160 hash)
    {
        if (NativeContracts.Get(hash) is { } native) return native.State;
        var stored = snapshot.TryGet(ContractKey(hash));
        return stored is null ? null : ContractStateStackItems.FromStackItem(BinarySerializer.Deserialize(stored, ExecutionEngineLimits.Default), verifyNef: false);
    }

    public static ContractState? GetContractById(IStoreView snapshot, int id) =>
        snapshot.TryGet(IdKey(id)) is { } hash ? GetContract(snapshot, new UInt160(hash)) : null;

    public static long GetMinimumDeploymentFee(IStoreView snapshot) =>
        snapshot.TryGet(StorageKeys.Create(-1, PrefixMinimumDeploymentFee, [])) is { } value ? (long)new BigInteger(value) : DefaultMinimumDeploymentFee;

    /// <summary>
    /// neo ContractManagement.OnPersistAsync deploys each native (state, id → hash, InitializeAsync, a Deploy notification)
    /// at its activation block and updates it (Update notification, hardfork initialisation) at the hardforks that change
    /// it. With every hardfork active from block 0 all of that happens only in block 0, whose state
    /// <see cref="Genesis.Initialize"/> writes directly (natives' states are served from code, not storage), so this
    /// hook does nothing: persisting block 0 through it is not supported. PolicyContract has no block hook in neo.
    /// </summary>
    internal override void OnPersist(ApplicationEngine engine, Payloads.Block block)
    {
    }

    /// <summary>Committee only; the fee (datoshi) may not be negative.</summary>
    private static void SetMinimumDeploymentFee(ApplicationEngine engine, BigInteger value)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "cannot be negative");
        NeoToken.AssertCommittee(engine);
        engine.Snapshot.Put(StorageKeys.Create(-1, PrefixMinimumDeploymentFee, []), NativeArguments.StandardBytes(value));
    }

    /// <summary>
    /// The deployed contracts by id (RemovePrefix: Struct[id as big-endian Int32, hash]); ids below 0 (natives) are skipped.
    /// </summary>
    private static StorageIterator GetContractHashes(IStoreView snapshot)
    {
        var prefix = StorageKeys.Create(-1, PrefixContractHash, []);
        return new StorageIterator(() => snapshot.Seek(prefix, backward: false)
            .Where(e => BinaryPrimitives.ReadInt32BigEndian(e.Key.AsSpan(5)) >= 0), 1, FindOptions.RemovePrefix);
    }

    internal static byte[] ContractKey(UInt160 hash) => StorageKeys.Create(-1, PrefixContract, hash.AsSpan());

    internal static byte[] IdKey(int id)
    {
        Span<byte> be = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(be, id);
        return StorageKeys.Create(-1, PrefixContractHash, be);
    }

    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        new("getMinimumDeploymentFee", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => GetMinimumDeploymentFee(e.Snapshot)),
        new("setMinimumDeploymentFee", NativeMethod.Params(("value", T.Integer)), T.Void, 1 << 15, CallFlags.States,
            (e, a) => { SetMinimumDeploymentFee(e, NativeArguments.Integer(a[0], "value")); return null; }),
        new("getContractHashes", [], T.InteropInterface, 1 << 15, CallFlags.ReadStates, (e, _) => new InteropInterface(GetContractHashes(e.Snapshot))),
        new("getContract", NativeMethod.Params(("hash", T.Hash160)), T.Array, 1 << 15, CallFlags.ReadStates,
            (e, a) => GetContract(e.Snapshot, ApplicationEngine.ToHash160(a[0]))?.ToStackItem()),
        new("getContractById", NativeMethod.Params(("id", T.Integer)), T.Array, 1 << 15, CallFlags.ReadStates,
            (e, a) => GetContractById(e.Snapshot, (int)a[0].GetInteger())?.ToStackItem()),
        new("hasMethod", NativeMethod.Params(("hash", T.Hash160), ("method", T.String), ("pcount", T.Integer)), T.Boolean, 1 << 15, CallFlags.ReadStates,
            (e, a) => GetContract(e.Snapshot, ApplicationEngine.ToHash160(a[0]))?.Manifest.Abi.GetMethod(a[1].GetString()!, (int)a[2].GetInteger()) is not null),
        new("isContract", NativeMethod.Params(("hash", T.Hash160)), T.Boolean, 1 << 14, CallFlags.ReadStates,
            (e, a) => GetContract(e.Snapshot, ApplicationEngine.ToHash160(a[0])) is not null),
        new("deploy", NativeMethod.Params(("nefFile", T.ByteArray), ("manifest", T.ByteArray)), T.Array, 0,
            CallFlags.States | CallFlags.AllowNotify, (e, a) => Deploy(e, a[0], a[1], StackItem.Null)),
        new("deploy", NativeMethod.Params(("nefFile", T.ByteArray), ("manifest", T.ByteArray), ("data", T.Any)), T.Array, 0,
            CallFlags.States | CallFlags.AllowNotify, (e, a) => Deploy(e, a[0], a[1], a[2])),
        new("update", NativeMethod.Params(("nefFile", T.ByteArray), ("manifest", T.ByteArray)), T.Void, 0,
            CallFlags.States | CallFlags.AllowNotify, (e, a) => Update(e, a[0], a[1], StackItem.Null)),
        new("update", NativeMethod.Params(("nefFile", T.ByteArray), ("manifest", T.ByteArray), ("data", T.Any)), T.Void, 0,
            CallFlags.States | CallFlags.AllowNotify, (e, a) => Update(e, a[0], a[1], a[2])),
        new("destroy", [], T.Void, 1 << 15, CallFlags.States | CallFlags.AllowNotify, (e, _) => Destroy(e)),
    ];

    /// <summary>
    /// Deploys a contract for the transaction's sender (reference §2.4): fee max(StoragePrice × (|nef| + |manifest|),
    /// minimum deployment fee); the hash must be new and not blocked; ids count up from 1; then _deploy(data, false)
    /// runs and a Deploy(hash) notification follows it.
    /// </summary>
    private StackItem? Deploy(ApplicationEngine engine, StackItem nefItem, StackItem manifestItem, StackItem data)
    {
        var flags = engine.CurrentContext!.GetState<ExecutionContextState>().CallFlags;
        if ((flags & CallFlags.All) != CallFlags.All) throw new InvalidOperationException($"Cannot call Deploy with the flag {flags}.");
        if (engine.ScriptContainer is not Transaction tx) throw new InvalidOperationException("Deploy needs a transaction as script container.");
        var nefBytes = nefItem.GetSpan().ToArray();
        var manifestBytes = manifestItem.GetSpan().ToArray();
        if (nefBytes.Length == 0) throw new ArgumentException("NEF file length cannot be zero.");
        if (manifestBytes.Length == 0) throw new ArgumentException("Manifest length cannot be zero.");
        var fee = BigInteger.Max((BigInteger)engine.Fees.StoragePrice * (nefBytes.Length + manifestBytes.Length), GetMinimumDeploymentFee(engine.Snapshot));
        engine.AddFee((Int128)fee * ApplicationEngine.FeeFactor);

        var nef = NefFile.Parse(nefBytes);
        var manifest = ContractManifest.Parse(manifestBytes);
        _ = new Script(nef.Script, strict: true);
        manifest.CheckAgainstScript(nef.Script, VmManifestChecks.Default);
        var hash = ContractHash.Compute(tx.Sender, nef.CheckSum, manifest.Name);
        if (PolicyContract.IsBlocked(engine.Snapshot, hash)) throw new InvalidOperationException($"The contract {hash} has been blocked.");
        if (engine.Snapshot.Contains(ContractKey(hash))) throw new InvalidOperationException($"Contract Already Exists: {hash}");
        var contract = new ContractState(NextAvailableId(engine.Snapshot), 0, hash, nef, manifest);
        if (!manifest.IsValid(hash, new VmManifestChecks(engine.Limits))) throw new InvalidOperationException($"Invalid Manifest: {hash}");
        engine.Snapshot.Put(ContractKey(hash), BinarySerializer.Serialize(contract.ToStackItem(), ExecutionEngineLimits.Default));
        engine.Snapshot.Put(IdKey(contract.Id), hash.ToArray());
        return OnDeploy(engine, contract, data, update: false, result: contract.ToStackItem());
    }

    /// <summary>Runs _deploy(data, update) if the contract has it, then notifies Deploy or Update.</summary>
    private StackItem? OnDeploy(ApplicationEngine engine, ContractState contract, StackItem data, bool update, StackItem? result)
    {
        StackItem? Notify()
        {
            engine.SendNotification(Hash, update ? "Update" : "Deploy", new Vm.Types.Array([contract.Hash.ToArray()]));
            return result;
        }
        if (contract.Manifest.Abi.GetMethod(ContractBasicMethod.Deploy, 2) is null) return Notify();
        engine.CallFromNative(contract.Hash, ContractBasicMethod.Deploy, hasReturnValue: false, [data, update], _ => Notify());
        return null;
    }

    private static int NextAvailableId(DataCache snapshot)
    {
        var key = StorageKeys.Create(-1, PrefixNextAvailableId, []);
        int id = snapshot.TryGet(key) is { } value ? (int)new BigInteger(value) : 1;
        snapshot.Put(key, new BigInteger(id + 1).ToByteArray());
        return id;
    }

    protected override IEnumerable<Manifest.ContractEventDescriptor> DefineEvents() =>
    [
        new("Deploy", NativeMethod.Params(("Hash", T.Hash160))),
        new("Update", NativeMethod.Params(("Hash", T.Hash160))),
        new("Destroy", NativeMethod.Params(("Hash", T.Hash160))),
    ];
}
