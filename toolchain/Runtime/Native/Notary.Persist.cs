using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>The Notary's block hook (neo Notary.OnPersistAsync; the Notary has no PostPersist step).</summary>
public sealed partial class Notary
{
    /// <summary>
    /// For each NotaryAssisted transaction: counts NKeys + 1 fee units, and when the Notary itself is the sender, takes
    /// the transaction's system + network fee from the deposit of its second signer (the payer), removing a deposit that
    /// reaches zero. If any units were counted, each notary node designated for this block (Ledger's current index + 1)
    /// is minted units × Policy's NotaryAssisted fee / node count (integer division; no designated node divides by zero
    /// and faults, as in neo).
    /// </summary>
    internal override void OnPersist(ApplicationEngine engine, Block block)
    {
        long nFees = 0;
        ECPoint[]? notaries = null;
        foreach (var tx in block.Transactions)
        {
            if (tx.Attributes.OfType<NotaryAssistedAttribute>().FirstOrDefault() is not { } attribute) continue;
            notaries ??= NotaryNodes(engine.Snapshot);
            nFees += (long)attribute.NKeys + 1;
            if (tx.Sender != Hash) continue;
            var payer = tx.Signers[1].Account;
            if (GetDeposit(engine.Snapshot, payer) is not { } deposit) continue;
            var amount = deposit.Amount - (tx.SystemFee + tx.NetworkFee);
            if (amount.Sign == 0) engine.Snapshot.Delete(DepositKey(payer));
            else PutDeposit(engine.Snapshot, payer, deposit with { Amount = amount });
        }
        if (nFees == 0 || notaries is null) return;
        long singleReward = nFees * NotaryAssistedFee(engine.Snapshot) / notaries.Length;
        foreach (var notary in notaries)
            NativeContracts.Gas.Mint(engine, UInt160.FromScript(VerificationScripts.CreateSignature(notary)), singleReward, false);
    }
}
