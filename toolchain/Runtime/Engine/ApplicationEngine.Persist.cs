using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// System.Contract.NativeOnPersist and NativePostPersist (neo ApplicationEngine.Contract.cs; price 0, flags States): only
/// under their own trigger (otherwise neo's bare InvalidOperationException), they run every native contract's block hook
/// in id order (ContractManagement, StdLib, CryptoLib, Ledger, NEO, GAS, Policy, RoleManagement, Oracle, Notary,
/// Treasury). All natives are active from genesis here, so none is skipped. A hook's exception FAULTs the script.
/// </summary>
public partial class ApplicationEngine
{
    internal void NativeOnPersist()
    {
        if (Trigger != TriggerType.OnPersist) throw new InvalidOperationException();
        var block = RequirePersistingBlock();
        foreach (var contract in NativeContracts.All) contract.OnPersist(this, block);
    }

    internal void NativePostPersist()
    {
        if (Trigger != TriggerType.PostPersist) throw new InvalidOperationException();
        var block = RequirePersistingBlock();
        foreach (var contract in NativeContracts.All) contract.PostPersist(this, block);
    }

    /// <summary>The block being persisted; the hooks need the block itself, not only its height and time.</summary>
    private Block RequirePersistingBlock() =>
        PersistingBlock?.Block ?? throw new InvalidOperationException("There is no persisting block.");
}
