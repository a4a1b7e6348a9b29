using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Engine;

public partial class ApplicationEngine
{
    /// <summary>System.Contract.CreateStandardAccount: the script hash of a single-signature account (+2^15 fee).</summary>
    internal static void CreateStandardAccount(ApplicationEngine engine)
    {
        var key = engine.PopPublicKey();
        engine.AddExecFee(Syscalls.CheckSigPrice);
        engine.Push(UInt160.FromScript(VerificationScripts.CreateSignature(key)).ToArray());
    }

    /// <summary>System.Contract.CreateMultisigAccount: the script hash of an m-of-n account (+2^15 × n fee).</summary>
    internal static void CreateMultisigAccount(ApplicationEngine engine)
    {
        int m = engine.PopInt32();
        var keys = engine.PopList().Select(ToPublicKey).ToList();
        engine.AddExecFee(Syscalls.CheckSigPrice * keys.Count);
        engine.Push(UInt160.FromScript(VerificationScripts.CreateMultiSig(m, keys)).ToArray());
    }
}
