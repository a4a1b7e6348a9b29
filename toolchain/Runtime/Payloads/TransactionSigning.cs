using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;

using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>Standard single-signature witnesses over a transaction's sign-data.</summary>
public static class TransactionSigning
{
    /// <summary>Signs magic ‖ hash with <paramref name="key"/> and returns invocation PUSHDATA1 sig + the 40-byte verification script.</summary>
    public static Witness CreateSignatureWitness(Transaction tx, KeyPair key, uint network)
    {
        var signature = key.Sign(tx.GetSignData(network));
        return new Witness(VerificationScripts.CreateSignatureInvocation(signature), VerificationScripts.CreateSignature(key.PublicKey));
    }

    /// <summary>True when a standard single-signature witness verifies for <paramref name="network"/>.</summary>
    public static bool VerifySignatureWitness(Transaction tx, Witness witness, uint network)
    {
        var verification = witness.VerificationScript.Span;
        var invocation = witness.InvocationScript.Span;
        if (!VerificationScripts.IsSignatureContract(verification)) return false;
        if (invocation.Length != 66 || invocation[0] != (byte)OpCode.PUSHDATA1 || invocation[1] != 64) return false;
        var key = ECPoint.Decode(verification.Slice(2, 33));
        return Ecdsa.Verify(tx.GetSignData(network), invocation[2..], key);
    }
}
