using System.Buffers.Binary;
using Protocol.Toolchain.Runtime.Cryptography;

using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Contracts;

/// <summary>Standard account scripts (neo SmartContract/Contract.cs and Helper.IsSignatureContract/IsMultiSigContract).</summary>
public static class VerificationScripts
{
    public const string CheckSigName = "System.Crypto.CheckSig";
    public const string CheckMultisigName = "System.Crypto.CheckMultisig";
    public const int MaxMultisigKeys = 1024;

    public static readonly uint CheckSigId = InteropIds.Of(CheckSigName);
    public static readonly uint CheckMultisigId = InteropIds.Of(CheckMultisigName);

    /// <summary>PUSHDATA1 &lt;pubkey33&gt; SYSCALL CheckSig: 40 bytes.</summary>
    public static byte[] CreateSignature(ECPoint publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        return new ScriptBuilder().EmitPush(publicKey.Encode(true)).EmitSysCall(CheckSigId).ToArray();
    }

    /// <summary>PUSH m, the keys sorted ascending (X then Y) as PUSHDATA1, PUSH n, SYSCALL CheckMultisig.</summary>
    public static byte[] CreateMultiSig(int m, IReadOnlyCollection<ECPoint> publicKeys)
    {
        ArgumentNullException.ThrowIfNull(publicKeys);
        if (m < 1 || m > publicKeys.Count || publicKeys.Count > MaxMultisigKeys)
            throw new ArgumentException($"Invalid multisig parameters: m={m}, n={publicKeys.Count} (need 1 <= m <= n <= {MaxMultisigKeys}).");
        var emitter = new ScriptBuilder().EmitPush(m);
        foreach (var key in publicKeys.OrderBy(k => k)) emitter.EmitPush(key.Encode(true));
        return emitter.EmitPush(publicKeys.Count).EmitSysCall(CheckMultisigId).ToArray();
    }

    /// <summary>The invocation script of a single signature: PUSHDATA1 &lt;sig64&gt;.</summary>
    public static byte[] CreateSignatureInvocation(ReadOnlySpan<byte> signature)
    {
        if (signature.Length != Ecdsa.SignatureLength)
            throw new ArgumentException($"A signature takes {Ecdsa.SignatureLength} bytes, got {signature.Length}.", nameof(signature));
        return new ScriptBuilder().EmitPush(signature).ToArray();
    }

    /// <summary>The m-of-n multisig account script for a BFT set: m = n - (n - 1) / 3.</summary>
    public static byte[] CreateBftMultiSig(IReadOnlyCollection<ECPoint> publicKeys) =>
        CreateMultiSig(publicKeys.Count - (publicKeys.Count - 1) / 3, publicKeys);

    /// <summary>True for exactly the 40-byte single-signature script shape.</summary>
    public static bool IsSignatureContract(ReadOnlySpan<byte> script) =>
        script.Length == 40
        && script[0] == (byte)OpCode.PUSHDATA1
        && script[1] == 33
        && script[35] == (byte)OpCode.SYSCALL
        && BinaryPrimitives.ReadUInt32LittleEndian(script[36..]) == CheckSigId;

    /// <summary>Recognises the multisig script shape (m and n as PUSH1-16, PUSHINT8 or PUSHINT16) and decodes its keys.</summary>
    public static bool IsMultiSigContract(ReadOnlySpan<byte> script, out int m, out ECPoint[] keys)
    {
        m = 0;
        keys = [];
        if (script.Length < 42) return false;
        var i = 0;
        if (!TryReadCount(script, ref i, out m) || m < 1 || m > MaxMultisigKeys) return false;
        var list = new List<ECPoint>();
        while (i < script.Length && script[i] == (byte)OpCode.PUSHDATA1)
        {
            if (script.Length <= i + 35 || script[i + 1] != 33) return false;
            try
            {
                list.Add(ECPoint.Decode(script.Slice(i + 2, 33)));
            }
            catch (FormatException)
            {
                return false;
            }
            i += 35;
        }
        var n = list.Count;
        if (n < m || n > MaxMultisigKeys) return false;
        if (!TryReadCount(script, ref i, out var declared) || declared != n) return false;
        if (script.Length != i + 5 || script[i] != (byte)OpCode.SYSCALL) return false;
        if (BinaryPrimitives.ReadUInt32LittleEndian(script[(i + 1)..]) != CheckMultisigId) return false;
        keys = [.. list];
        return true;
    }

    private static bool TryReadCount(ReadOnlySpan<byte> script, ref int i, out int value)
    {
        value = 0;
        if (i >= script.Length) return false;
        var op = script[i];
        if (op == (byte)OpCode.PUSHINT8)
        {
            if (i + 1 >= script.Length) return false;
            value = script[i + 1];
            i += 2;
            return true;
        }
        if (op == (byte)OpCode.PUSHINT8 + 1)
        {
            if (i + 2 >= script.Length) return false;
            value = BinaryPrimitives.ReadUInt16LittleEndian(script.Slice(i + 1, 2));
            i += 3;
            return true;
        }
        if (op >= (byte)OpCode.PUSH0 + 1 && op <= (byte)OpCode.PUSH0 + 16)
        {
            value = op - (byte)OpCode.PUSH0;
            i += 1;
            return true;
        }
        return false;
    }
}
