using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// The state native contracts initialise in block 0: Policy's fee factors and limits, and the validators' BFT multisig
/// account receives the initial GAS distribution (52M GAS by default).
/// </summary>
public static class Genesis
{
    /// <summary>The BFT multisig account of the standby validators (m = n − (n − 1) / 3).</summary>
    public static UInt160 ValidatorsAddress(ProtocolSettings settings) =>
        UInt160.FromScript(VerificationScripts.CreateBftMultiSig(settings.StandbyValidators.ToList()));

    /// <summary>The m-of-n multisig account of the standby committee (m = n − (n − 1) / 2).</summary>
    public static UInt160 CommitteeAddress(ProtocolSettings settings)
    {
        int n = settings.StandbyCommittee.Count;
        return UInt160.FromScript(VerificationScripts.CreateMultiSig(n - (n - 1) / 2, settings.StandbyCommittee.ToList()));
    }

    public static void Initialize(DataCache snapshot, ProtocolSettings settings)
    {
        LedgerContract.PersistGenesis(snapshot, settings);
        PolicyContract.InitializeAtGenesis(snapshot, settings);
        OracleContract.InitializeAtGenesis(snapshot);
        Notary.InitializeAtGenesis(snapshot);
        NativeContracts.Neo.Initialize(snapshot, settings);
        NativeContracts.Gas.MintAtGenesis(snapshot, ValidatorsAddress(settings), settings.InitialGasDistribution);
        // Block 0's PostPersist: NEO pays the committee member of height 0 (standby order) GasPerBlock × 10%, so the
        // genesis GAS supply is 52,000,000.5 as neo's UT_GasToken asserts (5200000050000000).
        var member = UInt160.FromScript(VerificationScripts.CreateSignature(settings.StandbyCommittee[0]));
        NativeContracts.Gas.MintAtGenesis(snapshot, member, NeoToken.DefaultGasPerBlock * NeoToken.CommitteeRewardRatio / 100);
    }
}
