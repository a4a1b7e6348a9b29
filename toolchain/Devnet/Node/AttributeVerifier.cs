using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Devnet.Node;

/// <summary>
/// The attributes' Verify rules (neo Payloads/*Attribute.cs): HighPriority needs the committee as a signer; NotValidBefore
/// needs the current height to have reached it; Conflicts must not name a transaction already on chain; NotaryAssisted
/// needs the Notary among the signers (second signer and exactly two when the Notary pays); OracleResponse needs scopes
/// None, Oracle.finish as script, a pending request whose gasForResponse equals the fees, and the designated oracles'
/// BFT account as a signer. Returns null when valid, else why not.
/// </summary>
public static class AttributeVerifier
{
    private static readonly byte[] OracleFinishScript = ScriptFactory.DynamicCall(NativeContracts.Oracle.Hash, "finish");

    public static string? Verify(TransactionAttribute attribute, Transaction tx, DataCache snapshot, ProtocolSettings settings) => attribute switch
    {
        HighPriorityAttribute => tx.Signers.Any(s => s.Account == NativeContracts.Neo.GetCommitteeAddress(snapshot))
            ? null : "HighPriority needs the committee account among the signers",
        NotValidBeforeAttribute nvb => LedgerContract.CurrentIndex(snapshot) >= nvb.Height
            ? null : $"NotValidBefore {nvb.Height} is above the current height {LedgerContract.CurrentIndex(snapshot)}",
        ConflictsAttribute conflicts => LedgerContract.GetTransactionState(snapshot, conflicts.Hash) is null
            ? null : $"Conflicts names {conflicts.Hash}, which is already on chain",
        NotaryAssistedAttribute => NotaryAssisted(tx),
        OracleResponseAttribute response => OracleResponse(response, tx, snapshot),
        _ => null,
    };

    private static string? NotaryAssisted(Transaction tx)
    {
        var notary = NativeContracts.Notary.Hash;
        if (tx.Sender == notary) return tx.Signers.Count == 2 ? null : "NotaryAssisted with the Notary paying needs exactly two signers";
        return tx.Signers.Any(s => s.Account == notary) ? null : "NotaryAssisted needs the Notary contract among the signers";
    }

    private static string? OracleResponse(OracleResponseAttribute response, Transaction tx, DataCache snapshot)
    {
        if (tx.Signers.Any(s => s.Scopes != WitnessScope.None)) return "an oracle response's signers must all have scope None";
        if (!tx.Script.Span.SequenceEqual(OracleFinishScript)) return "an oracle response's script must be Oracle.finish";
        var request = OracleContract.GetRequest(snapshot, response.Id);
        if (request is null) return $"oracle request {response.Id} does not exist";
        if (tx.NetworkFee + tx.SystemFee != request.GasForResponse)
            return $"an oracle response's fees must equal the request's gasForResponse {request.GasForResponse}";
        var oracles = RoleManagement.GetDesignatedByRole(snapshot, Role.Oracle, LedgerContract.CurrentIndex(snapshot) + 1);
        if (oracles.Length == 0) return "no oracle nodes are designated";
        var account = UInt160.FromScript(VerificationScripts.CreateBftMultiSig(oracles));
        return tx.Signers.Any(s => s.Account == account) ? null : "an oracle response must be signed by the designated oracles' account";
    }
}
