using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Interop;

/// <summary>System.Crypto.CheckSig (2^15) and System.Crypto.CheckMultisig (0 + 2^15 × n in the handler).</summary>
public static partial class Syscalls
{
    public static readonly InteropDescriptor CryptoCheckSig = Add("System.Crypto.CheckSig", CheckSigPrice, CallFlags.None,
        e => e.CheckSigSyscall());
    public static readonly InteropDescriptor CryptoCheckMultisig = Add("System.Crypto.CheckMultisig", 0, CallFlags.None,
        e => e.CheckMultisigSyscall());
}
