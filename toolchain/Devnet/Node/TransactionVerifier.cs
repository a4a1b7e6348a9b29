using System.Numerics;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Devnet.Node;

/// <summary>
/// neo Transaction.Verify, state-independent then state-dependent, with the same order of checks and the same outcomes:
/// size, strict script, standard witnesses (signature over magic ‖ hash); then ValidUntilBlock in (height, height +
/// MaxValidUntilBlockIncrement], blocked signers, the sender's GAS against every fee it has pending, attributes, and the
/// network fee: size × FeePerByte + attribute fees first, then each witness's verification cost (standard costs by formula,
/// others by running them, at most 1.5 GAS). Each failure carries a sentence naming the numbers involved.
/// </summary>
public static class TransactionVerifier
{
    public static Verification VerifyStateIndependent(Transaction tx, ProtocolSettings settings)
    {
        if (tx.Size > Transaction.MaxTransactionSize)
            return new(VerifyResult.OverSize, $"the transaction is {tx.Size} bytes, more than {Transaction.MaxTransactionSize}");
        try
        {
            _ = new Script(tx.Script, strict: true);
        }
        catch (BadScriptException ex)
        {
            return new(VerifyResult.InvalidScript, $"the script is not valid NeoVM code: {ex.Message}");
        }
        var data = tx.GetSignData(settings.Network);
        for (int i = 0; i < tx.Signers.Count; i++)
        {
            var witness = tx.Witnesses[i];
            var account = tx.Signers[i].Account;
            var verification = witness.VerificationScript.Span;
            if (VerificationScripts.IsSignatureContract(verification) && SingleSignature(witness.InvocationScript) is { } signature)
            {
                if (account != witness.ScriptHash) return WrongWitness(i, tx);
                try
                {
                    if (!Ecdsa.Verify(data, signature.Span, ECPoint.Decode(verification.Slice(2, 33))))
                        return BadSignature(i, tx, settings);
                }
                catch (FormatException)
                {
                    return new(VerifyResult.Invalid, $"witness {i} carries an undecodable public key or signature");
                }
            }
            else if (VerificationScripts.IsMultiSigContract(verification, out var m, out var keys)
                && MultiSignatures(m, witness.InvocationScript) is { } signatures)
            {
                if (account != witness.ScriptHash) return WrongWitness(i, tx);
                int n = keys.Length;
                for (int x = 0, y = 0; x < m && y < n;)
                {
                    if (Ecdsa.Verify(data, signatures[x].Span, keys[y])) x++;
                    y++;
                    if (m - x > n - y) return BadSignature(i, tx, settings);
                }
            }
        }
        return Verification.Succeed;
    }

    private static Verification WrongWitness(int i, Transaction tx) =>
        new(VerifyResult.Invalid, $"witness {i} is for {tx.Witnesses[i].ScriptHash}, not for signer {tx.Signers[i].Account}");

    private static Verification BadSignature(int i, Transaction tx, ProtocolSettings settings) =>
        new(VerifyResult.InvalidSignature,
            $"the signature of signer {tx.Signers[i].Account} does not verify over this network's sign-data (magic {settings.Network}); " +
            "it was signed for another network or another transaction");

    public static Verification VerifyStateDependent(Transaction tx, ProtocolSettings settings, DataCache snapshot, BigInteger pendingSenderFees)
    {
        uint height = LedgerContract.CurrentIndex(snapshot);
        uint maxIncrement = PolicyContract.GetMaxValidUntilBlockIncrement(snapshot, settings);
        if (tx.ValidUntilBlock <= height || tx.ValidUntilBlock > height + maxIncrement)
            return new(VerifyResult.Expired,
                $"ValidUntilBlock {tx.ValidUntilBlock} is outside ({height}, {height + maxIncrement}] at height {height}");
        foreach (var signer in tx.Signers)
        {
            if (PolicyContract.IsBlocked(snapshot, signer.Account))
                return new(VerifyResult.PolicyFail, $"signer {signer.Account} is blocked by the Policy contract");
        }
        var balance = NativeContracts.Gas.BalanceOf(snapshot, tx.Sender);
        var need = tx.SystemFee + tx.NetworkFee + pendingSenderFees;
        if (balance < need)
            return new(VerifyResult.InsufficientFunds,
                $"insufficient GAS: need {Gas.Format(need)} (system {Gas.Format(tx.SystemFee)} + network {Gas.Format(tx.NetworkFee)}" +
                (pendingSenderFees > 0 ? $" + {Gas.Format(pendingSenderFees)} pending in the pool" : "") + $"), have {Gas.Format(balance)}");
        long attributesFee = 0;
        foreach (var attribute in tx.Attributes)
        {
            if (AttributeVerifier.Verify(attribute, tx, snapshot, settings) is { } problem)
                return new(VerifyResult.InvalidAttribute, problem);
            attributesFee += TransactionFees.AttributeFee(snapshot, tx, attribute);
        }
        long netFee = tx.NetworkFee - tx.Size * PolicyContract.GetFeePerByte(snapshot) - attributesFee;
        if (netFee < 0) return LowFee(tx, snapshot, settings);
        if (netFee > TransactionFees.MaxVerificationGas) netFee = TransactionFees.MaxVerificationGas;
        long execFeeFactor = TransactionFees.ExecFeeFactor(snapshot);
        for (int i = 0; i < tx.Signers.Count; i++)
        {
            var witness = tx.Witnesses[i];
            if (VerificationScripts.IsSignatureContract(witness.VerificationScript.Span) && SingleSignature(witness.InvocationScript) is not null)
                netFee -= execFeeFactor * TransactionFees.SignatureContractCost();
            else if (VerificationScripts.IsMultiSigContract(witness.VerificationScript.Span, out int m, out var keys)
                && MultiSignatures(m, witness.InvocationScript) is not null)
                netFee -= execFeeFactor * TransactionFees.MultiSignatureContractCost(m, keys.Length);
            else
            {
                if (!WitnessVerifier.Verify(tx, settings, snapshot, tx.Signers[i].Account, witness, netFee, out long fee))
                    return new(VerifyResult.Invalid, $"the witness of signer {tx.Signers[i].Account} failed verification");
                netFee -= fee;
            }
            if (netFee < 0) return LowFee(tx, snapshot, settings);
        }
        return Verification.Succeed;
    }

    private static Verification LowFee(Transaction tx, DataCache snapshot, ProtocolSettings settings)
    {
        string required;
        try
        {
            required = Gas.Format(NetworkFeeCalculator.Calculate(tx, snapshot, settings));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            required = "more";
        }
        return new(VerifyResult.InsufficientFunds,
            $"network fee {Gas.Format(tx.NetworkFee)} is too low: this transaction needs {required} ({tx.Size} bytes × FeePerByte, attributes and witness verification)");
    }

    private static ReadOnlyMemory<byte>? SingleSignature(ReadOnlyMemory<byte> invocation)
    {
        var span = invocation.Span;
        if (span.Length != 66 || span[0] != (byte)OpCode.PUSHDATA1 || span[1] != 64) return null;
        return invocation[2..66];
    }

    private static ReadOnlyMemory<byte>[]? MultiSignatures(int m, ReadOnlyMemory<byte> invocation)
    {
        var span = invocation.Span;
        var signatures = new List<ReadOnlyMemory<byte>>();
        int i = 0;
        while (i < span.Length)
        {
            if (span[i++] != (byte)OpCode.PUSHDATA1) return null;
            if (i + 65 > span.Length) return null;
            if (span[i++] != 64) return null;
            signatures.Add(invocation[i..(i + 64)]);
            i += 64;
        }
        return signatures.Count == m ? [.. signatures] : null;
    }
}
