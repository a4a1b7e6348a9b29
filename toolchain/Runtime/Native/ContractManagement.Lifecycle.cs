using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>update and destroy: both act on the calling contract itself.</summary>
public sealed partial class ContractManagement
{
    /// <summary>
    /// Replaces the caller's NEF and/or manifest (the name may not change), charging StoragePrice per byte given, bumps
    /// the update counter (at most 65535 updates) and runs _deploy(data, true) before notifying Update.
    /// </summary>
    private StackItem? Update(ApplicationEngine engine, StackItem nefItem, StackItem manifestItem, StackItem data)
    {
        var flags = engine.CurrentContext!.GetState<ExecutionContextState>().CallFlags;
        if ((flags & CallFlags.All) != CallFlags.All) throw new InvalidOperationException($"Cannot call Update with the flag {flags}.");
        byte[]? nefBytes = nefItem.IsNull ? null : nefItem.GetSpan().ToArray();
        byte[]? manifestBytes = manifestItem.IsNull ? null : manifestItem.GetSpan().ToArray();
        if (nefBytes is null && manifestBytes is null) throw new ArgumentException("NEF file and manifest cannot both be null.");
        engine.AddFee((Int128)engine.Fees.StoragePrice * ApplicationEngine.FeeFactor * ((nefBytes?.Length ?? 0) + (manifestBytes?.Length ?? 0)));
        var caller = engine.CallingScriptHash!;
        var contract = GetContract(engine.Snapshot, caller) is { Id: >= 0 } found ? found
            : throw new InvalidOperationException($"Updating Contract Does Not Exist: {caller}");
        if (contract.UpdateCounter == ushort.MaxValue) throw new InvalidOperationException("The contract reached the maximum number of updates.");
        var nef = contract.Nef;
        if (nefBytes is not null)
        {
            if (nefBytes.Length == 0) throw new ArgumentException("NEF file length cannot be zero.");
            nef = NefFile.Parse(nefBytes);
        }
        NativeContracts.Policy.CleanWhitelist(engine, contract.Hash); // notified before the Update event, as neo
        var manifest = contract.Manifest;
        if (manifestBytes is not null)
        {
            if (manifestBytes.Length == 0) throw new ArgumentException("Manifest length cannot be zero.");
            manifest = ContractManifest.Parse(manifestBytes);
            if (manifest.Name != contract.Manifest.Name) throw new InvalidOperationException("The name of the contract can't be changed.");
            if (!manifest.IsValid(contract.Hash, new VmManifestChecks(engine.Limits))) throw new InvalidOperationException($"Invalid Manifest: {contract.Hash}");
        }
        _ = new Script(nef.Script, strict: true);
        manifest.CheckAgainstScript(nef.Script, VmManifestChecks.Default);
        var updated = new ContractState(contract.Id, (ushort)(contract.UpdateCounter + 1), contract.Hash, nef, manifest);
        engine.Snapshot.Put(ContractKey(updated.Hash), BinarySerializer.Serialize(updated.ToStackItem(), ExecutionEngineLimits.Default));
        return OnDeploy(engine, updated, data, update: true, result: null);
    }

    /// <summary>
    /// Destroys the calling contract (Gorgon order): blocks its hash first (value = the block time; any NEO vote is
    /// withdrawn, which may pay it GAS while it still exists), drops its fee whitelist entries, then removes its state,
    /// id and all its storage, and notifies Destroy. Nothing happens if the caller is not a deployed contract.
    /// </summary>
    private StackItem? Destroy(ApplicationEngine engine)
    {
        var hash = engine.CallingScriptHash!;
        if (NativeContracts.Get(hash) is not null || GetContract(engine.Snapshot, hash) is not { } contract) return null;
        return NativeContracts.Policy.BlockAccountInternal(engine, hash, _ =>
        {
            NativeContracts.Policy.CleanWhitelist(engine, hash);
            engine.Snapshot.Delete(ContractKey(hash));
            engine.Snapshot.Delete(IdKey(contract.Id));
            foreach (var (key, _) in engine.Snapshot.Seek(StorageKeys.Create(contract.Id, []), backward: false))
                engine.Snapshot.Delete(key);
            engine.SendNotification(Hash, "Destroy", new Vm.Types.Array([hash.ToArray()]));
            return null;
        });
    }
}
