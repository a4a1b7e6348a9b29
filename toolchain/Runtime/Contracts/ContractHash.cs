using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Contracts;

/// <summary>The hash a deployed contract gets (neo SmartContract/Helper.GetContractHash).</summary>
public static class ContractHash
{
    /// <summary>
    /// Hash160 of ABORT ‖ PUSHDATA1 sender (20 bytes LE) ‖ PUSH(nefChecksum) ‖ PUSHDATA(name UTF-8), where the sender
    /// is the deploying transaction's first signer.
    /// </summary>
    public static UInt160 Compute(UInt160 sender, uint nefChecksum, string name)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(name);
        return UInt160.FromScript(BuildScript(sender, nefChecksum, name));
    }

    /// <summary>The script whose Hash160 is the contract hash.</summary>
    public static byte[] BuildScript(UInt160 sender, uint nefChecksum, string name) =>
        new ScriptBuilder()
            .Emit(OpCode.ABORT)
            .EmitPush(sender.AsSpan())
            .EmitPush(nefChecksum)
            .EmitPush(name)
            .ToArray();
}
