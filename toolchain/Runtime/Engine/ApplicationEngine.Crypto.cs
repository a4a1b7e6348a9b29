using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>System.Crypto.CheckSig and CheckMultisig over the container's sign-data (neo ApplicationEngine.Crypto.cs, Gorgon+).</summary>
public partial class ApplicationEngine
{
    /// <summary>The bytes the container's signers sign: network magic (u32 LE) ‖ transaction (or block/header) hash.</summary>
    private byte[] GetContainerSignData() => ScriptContainer switch
    {
        Transaction tx => tx.GetSignData(Settings.Network),
        Block block => block.GetSignData(Settings.Network),
        Header header => header.GetSignData(Settings.Network),
        null => throw new InvalidOperationException("There is no script container to check a signature against."),
        _ => throw new NotSupportedException($"Sign-data of a {ScriptContainer.GetType().Name} container is not modelled."),
    };

    /// <summary>
    /// System.Crypto.CheckSig: verifies a secp256r1 signature of the sign-data. An invalid public key or a signature
    /// that is not 64 bytes faults; a wrong signature gives false.
    /// </summary>
    public bool CheckSig(byte[] pubkey, byte[] signature) =>
        Verify(GetContainerSignData(), signature, pubkey);

    /// <summary>
    /// System.Crypto.CheckMultisig: m signatures against n keys in order (each key used at most once), failing as soon
    /// as the remaining keys can no longer cover the remaining signatures. n ≥ 1, 1 ≤ m ≤ n; charges 2^15 × n.
    /// Keys are decoded only when reached, as in neo.
    /// </summary>
    public bool CheckMultisig(byte[][] pubkeys, byte[][] signatures)
    {
        var message = GetContainerSignData();
        int m = signatures.Length, n = pubkeys.Length;
        if (n == 0) throw new ArgumentException("pubkeys array cannot be empty.");
        if (m == 0) throw new ArgumentException("signatures array cannot be empty.");
        if (m > n) throw new ArgumentException($"signatures count ({m}) cannot be greater than pubkeys count ({n}).");
        AddExecFee(Syscalls.CheckSigPrice * n);
        for (int i = 0, j = 0; i < m && j < n;)
        {
            if (Verify(message, signatures[i], pubkeys[j])) i++;
            j++;
            if (m - i > n - j) return false;
        }
        return true;
    }

    private static bool Verify(byte[] message, byte[] signature, byte[] pubkey) =>
        Ecdsa.Verify(message, signature, ECPoint.Decode(pubkey, ECCurve.Secp256r1));

    internal void CheckSigSyscall()
    {
        var pubkey = PopBytes();
        var signature = PopBytes();
        Push(CheckSig(pubkey, signature));
    }

    internal void CheckMultisigSyscall()
    {
        var pubkeys = PopByteArrays("pubkeys");
        var signatures = PopByteArrays("signatures");
        Push(CheckMultisig(pubkeys, signatures));
    }

    /// <summary>A byte[][] argument: an Array of byte strings or a count followed by that many items; no nulls.</summary>
    private byte[][] PopByteArrays(string name) =>
        PopList().Select(item => item.IsNull
            ? throw new InvalidOperationException($"The element of `{name}` can't be null.")
            : item.GetSpan().ToArray()).ToArray();
}
