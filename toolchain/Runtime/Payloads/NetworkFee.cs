using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>
/// The network fee Neo's wallets compute (reference §2.7): the signed size × FeePerByte plus, per witness, the cost of
/// running its verification. A single-signature account costs ExecFeeFactor × (PUSHDATA1 + PUSHDATA1 + CheckSig) =
/// 30 × (8 + 8 + 32768) = 983520 datoshi and adds 67 + 41 bytes; an m-of-n account costs ExecFeeFactor × (8(m + n) +
/// PUSH m + PUSH n + 32768 n). Attribute fees are not included (all 0 by default).
/// </summary>
public static class NetworkFee
{
    /// <summary>Invocation script of one signature: PUSHDATA1 64 + the signature.</summary>
    public const int SignatureInvocationSize = 66;

    /// <summary>The fee of <paramref name="tx"/> once each signer has a standard single-signature witness.</summary>
    public static long ForSingleSignatureSigners(Transaction tx, FeeSettings fees)
    {
        int witnessesSize = VarSize.OfVarInt(tx.Signers.Count)
            + tx.Signers.Count * (VarSize.OfVarBytes(SignatureInvocationSize) + VarSize.OfVarBytes(40));
        int unsignedSize = tx.Size - VarSize.OfArray(tx.Witnesses);
        return (unsignedSize + witnessesSize) * fees.FeePerByte + tx.Signers.Count * SingleSignatureVerificationFee(fees);
    }

    /// <summary>Datoshi to run a single-signature witness: (PUSHDATA1 + PUSHDATA1 + CheckSig) × ExecFeeFactor.</summary>
    public static long SingleSignatureVerificationFee(FeeSettings fees) =>
        Ceiling((OpCodeInfo.Price(OpCode.PUSHDATA1) * 2 + Syscalls.CheckSigPrice) * fees.ExecPicoFeeFactor);

    /// <summary>Datoshi to run an m-of-n multisig witness.</summary>
    public static long MultiSignatureVerificationFee(int m, int n, FeeSettings fees)
    {
        long units = OpCodeInfo.Price(OpCode.PUSHDATA1) * (m + n) + PushPrice(m) + PushPrice(n) + Syscalls.CheckSigPrice * n;
        return Ceiling(units * fees.ExecPicoFeeFactor);
    }

    private static long PushPrice(int value) => OpCodeInfo.Price((OpCode)new ScriptBuilder().EmitPush(value).ToArray()[0]);

    private static long Ceiling(long pico) => (pico + ApplicationEngine.FeeFactor - 1) / ApplicationEngine.FeeFactor;
}
