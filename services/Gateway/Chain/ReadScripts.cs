using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;

namespace Protocol.Services.Gateway.Chain;

/// <summary>One read-only contract call of a batch.</summary>
public sealed record ReadCall(UInt160 Contract, string Method, params object?[] Args)
{
    public IReadOnlyList<ContractParameter> Parameters => Args.Select(ContractParameter.From).ToArray();
}

/// <summary>
/// The scripts the gateway reads with through invokescript (no state changes; CallFlags.ReadOnly). A batch pushes each
/// call's result in turn, so the result stack holds them in call order. Iterators cannot leave the node without
/// sessions (off on the devnet and many public nodes), so a list is unwrapped inside the VM into one array.
/// </summary>
public static class ReadScripts
{
    public static byte[] Batch(IReadOnlyList<ReadCall> calls)
    {
        var sb = new ScriptBuilder();
        foreach (var call in calls) ScriptFactory.EmitDynamicCall(sb, call.Contract, call.Method, CallFlags.ReadOnly, call.Parameters);
        return sb.ToArray();
    }

    /// <summary>
    /// Calls a method returning an iterator and collects at most <paramref name="max"/> of its values into an array:
    /// <code>
    /// call            [iter]
    /// NEWARRAY0       [iter, arr]
    /// loop: DUP SIZE PUSH max GE JMPIF_L end       stop when full
    ///       OVER SYSCALL Iterator.Next JMPIFNOT_L end
    ///       DUP PUSH2 PICK SYSCALL Iterator.Value APPEND
    ///       JMP_L loop
    /// end:  NIP       [arr]
    /// </code>
    /// With n the size of PUSH max, the loop is 33 + n bytes: JMPIF_L (at 4 + n) jumps 29 forward, JMPIFNOT_L (at 14 + n)
    /// 19 forward, and JMP_L (at 28 + n) −(28 + n) back.
    /// </summary>
    public static byte[] Unwrap(ReadCall call, int max)
    {
        var sb = new ScriptBuilder();
        ScriptFactory.EmitDynamicCall(sb, call.Contract, call.Method, CallFlags.ReadOnly, call.Parameters);
        sb.Emit(OpCode.NEWARRAY0);
        int n = new ScriptBuilder().EmitPush(max).Length;
        sb.Emit(OpCode.DUP).Emit(OpCode.SIZE).EmitPush(max).Emit(OpCode.GE).EmitJump(OpCode.JMPIF_L, 29);
        sb.Emit(OpCode.OVER).EmitSysCall(Syscalls.IteratorNext.Hash).EmitJump(OpCode.JMPIFNOT_L, 19);
        sb.Emit(OpCode.DUP).Emit(OpCode.PUSH2).Emit(OpCode.PICK).EmitSysCall(Syscalls.IteratorValue.Hash).Emit(OpCode.APPEND);
        sb.EmitJump(OpCode.JMP_L, -(28 + n));
        sb.Emit(OpCode.NIP);
        return sb.ToArray();
    }
}
