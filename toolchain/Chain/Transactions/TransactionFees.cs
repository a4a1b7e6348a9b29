using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Chain.Transactions;

/// <summary>
/// The fee pieces of Neo's network fee (neo SmartContract/Helper.cs, Policy, the attributes' CalculateNetworkFee), in
/// datoshi. The ExecFeeFactor used for standard witnesses is Policy's stored picoGAS factor divided by 10^4, rounded down
/// (neo PolicyContract.GetExecFeeFactor from Faun).
/// </summary>
public static class TransactionFees
{
    /// <summary>Most a contract witness may spend verifying (neo Transaction.MaxVerificationGas, 1.5 GAS).</summary>
    public const long MaxVerificationGas = 1_50000000;

    /// <summary>PUSHDATA1 × 2 + SYSCALL + CheckSig = 32784 fee units.</summary>
    public static long SignatureContractCost() =>
        OpCodeInfo.Price(OpCode.PUSHDATA1) * 2 + OpCodeInfo.Price(OpCode.SYSCALL) + Syscalls.CheckSigPrice;

    /// <summary>PUSHDATA1 × (m + n) + PUSH m + PUSH n + SYSCALL + CheckSig × n fee units.</summary>
    public static long MultiSignatureContractCost(int m, int n) =>
        OpCodeInfo.Price(OpCode.PUSHDATA1) * (m + n) + PushPrice(m) + PushPrice(n) + OpCodeInfo.Price(OpCode.SYSCALL) + Syscalls.CheckSigPrice * n;

    private static long PushPrice(int value) => OpCodeInfo.Price((OpCode)new ScriptBuilder().EmitPush(value).ToArray()[0]);

    /// <summary>Datoshi per fee unit for standard witnesses.</summary>
    public static long ExecFeeFactor(IStoreView snapshot) => (long)(PolicyContract.GetExecPicoFeeFactor(snapshot) / ApplicationEngine.FeeFactor);

    /// <summary>An attribute's network fee: Policy's fee for its type, × signers for Conflicts, × (nKeys + 1) for NotaryAssisted.</summary>
    public static long AttributeFee(IStoreView snapshot, Transaction tx, TransactionAttribute attribute)
    {
        long fee = PolicyContract.GetAttributeFee(snapshot, (byte)attribute.Type);
        return attribute switch
        {
            ConflictsAttribute => tx.Signers.Count * fee,
            NotaryAssistedAttribute notary => (notary.NKeys + 1) * fee,
            _ => fee,
        };
    }

    public static long AttributesFee(IStoreView snapshot, Transaction tx) => tx.Attributes.Sum(a => AttributeFee(snapshot, tx, a));
}
