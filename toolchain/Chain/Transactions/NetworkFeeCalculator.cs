using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Chain.Transactions;

/// <summary>
/// The network fee exactly as neo's Wallets/Helper.CalculateNetworkFee computes it (what calculatenetworkfee answers): the
/// signed size × FeePerByte, plus for each signer either the standard cost of its single- or multi-signature script
/// (ExecFeeFactor × cost; invocation 66 bytes per signature) or, for a contract account (empty verification script), the
/// datoshi its <c>verify</c> really consumes, plus the attributes' fees. The verification script of a signer comes from
/// <paramref name="accountScript"/> when given, else from the transaction's witness at the signer's index.
/// </summary>
public static class NetworkFeeCalculator
{
    public static long Calculate(Transaction tx, DataCache snapshot, ProtocolSettings settings,
        Func<UInt160, byte[]?>? accountScript = null, long maxExecutionCost = ApplicationEngine.TestModeGas)
    {
        var hashes = tx.Signers.Select(s => s.Account).ToArray();
        int size = Transaction.HeaderSize + VarSize.OfArray(tx.Signers) + VarSize.OfArray(tx.Attributes)
            + VarSize.OfVarBytes(tx.Script.Length) + VarSize.OfVarInt(hashes.Length);
        long execFeeFactor = TransactionFees.ExecFeeFactor(snapshot);
        long networkFee = 0;
        for (int index = 0; index < hashes.Length; index++)
        {
            var hash = hashes[index];
            byte[]? witnessScript = accountScript?.Invoke(hash);
            byte[]? invocationScript = null;
            if (witnessScript is null && index < tx.Witnesses.Count)
            {
                witnessScript = tx.Witnesses[index].VerificationScript.ToArray();
                if (witnessScript.Length == 0) invocationScript = tx.Witnesses[index].InvocationScript.ToArray();
            }
            if (witnessScript is null || witnessScript.Length == 0)
            {
                var (fee, invocationSize) = ContractWitnessFee(tx, snapshot, settings, hash, invocationScript, maxExecutionCost);
                size += VarSize.OfVarBytes(0) + invocationSize;
                maxExecutionCost -= fee;
                if (maxExecutionCost <= 0) throw new InvalidOperationException("Insufficient GAS.");
                networkFee += fee;
            }
            else if (VerificationScripts.IsSignatureContract(witnessScript))
            {
                size += 67 + VarSize.OfVarBytes(witnessScript.Length);
                networkFee += execFeeFactor * TransactionFees.SignatureContractCost();
            }
            else if (VerificationScripts.IsMultiSigContract(witnessScript, out int m, out var keys))
            {
                int invocation = 66 * m;
                size += VarSize.OfVarInt(invocation) + invocation + VarSize.OfVarBytes(witnessScript.Length);
                networkFee += execFeeFactor * TransactionFees.MultiSignatureContractCost(m, keys.Length);
            }
        }
        networkFee += size * PolicyContract.GetFeePerByte(snapshot);
        networkFee += TransactionFees.AttributesFee(snapshot, tx);
        return networkFee;
    }

    private static (long Fee, int InvocationSize) ContractWitnessFee(Transaction tx, DataCache snapshot, ProtocolSettings settings,
        UInt160 hash, byte[]? invocationScript, long maxExecutionCost)
    {
        var contract = ContractManagement.GetContract(snapshot, hash)
            ?? throw new ArgumentException($"The smart contract or address {hash} ({Address.FromScriptHash(hash, settings.AddressVersion)}) is not found. " +
                "If this is your wallet address and you want to sign a transaction with it, make sure you have opened this wallet.");
        var method = contract.Manifest.Abi.GetMethod("verify", -1)
            ?? throw new ArgumentException($"The smart contract {contract.Hash} haven't got verify method");
        if (method.ReturnType != ContractParameterType.Boolean)
            throw new ArgumentException("The verify method doesn't return boolean value.");
        if (method.Parameters.Count > 0 && invocationScript is null) invocationScript = DummyArguments(method);
        int invocationSize = VarSize.OfVarBytes(invocationScript?.Length ?? 0);
        var engine = new ApplicationEngine(TriggerType.Verification, tx, snapshot.CloneCache(), settings, maxExecutionCost);
        engine.LoadContract(contract, method, CallFlags.ReadOnly);
        if (invocationScript is not null) engine.LoadScript(new Script(invocationScript), configure: s => s.CallFlags = CallFlags.None);
        if (engine.Execute() == VMState.HALT)
        {
            if (engine.ResultStack.Count != 1) throw new ArgumentException($"Smart contract {contract.Hash} verification fault.");
            _ = engine.ResultStack[0].GetBoolean();
        }
        return (engine.FeeConsumed, invocationSize);
    }

    /// <summary>Placeholder arguments sized like real ones (neo: 64 zero bytes for signatures and byte strings, …).</summary>
    private static byte[] DummyArguments(ContractMethodDescriptor method)
    {
        var sb = new ScriptBuilder();
        foreach (var parameter in method.Parameters)
        {
            switch (parameter.Type)
            {
                case ContractParameterType.Any:
                case ContractParameterType.Signature:
                case ContractParameterType.String:
                case ContractParameterType.ByteArray: sb.EmitPush(new byte[64]); break;
                case ContractParameterType.Boolean: sb.EmitPush(true); break;
                case ContractParameterType.Integer: sb.Emit(OpCode.PUSHINT256, new byte[Integer.MaxSize]); break;
                case ContractParameterType.Hash160: sb.EmitPush(new byte[UInt160.Length]); break;
                case ContractParameterType.Hash256: sb.EmitPush(new byte[UInt256.Length]); break;
                case ContractParameterType.PublicKey: sb.EmitPush(new byte[33]); break;
                case ContractParameterType.Array: sb.Emit(OpCode.NEWARRAY0); break;
            }
        }
        return sb.ToArray();
    }
}
