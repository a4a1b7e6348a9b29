using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Contracts;

/// <summary>Invocation scripts as Neo's tools emit them (reference §2.13, ScriptBuilderExtensions.EmitDynamicCall).</summary>
public static class CallScripts
{
    /// <summary>Args in reverse, PUSH n, PACK (NEWARRAY0 with none), PUSH flags, PUSHDATA1 method, PUSHDATA1 hash, SYSCALL Contract.Call.</summary>
    public static byte[] DynamicCall(UInt160 hash, string method, CallFlags flags, IReadOnlyList<StackItem> args)
    {
        var sb = new ScriptBuilder();
        EmitDynamicCall(sb, hash, method, flags, args);
        return sb.ToArray();
    }

    public static void EmitDynamicCall(ScriptBuilder sb, UInt160 hash, string method, CallFlags flags, IReadOnlyList<StackItem> args)
    {
        if (args.Count == 0) sb.Emit(OpCode.NEWARRAY0);
        else EmitArray(sb, args);
        sb.EmitPush((long)flags).EmitPush(method).EmitPush(hash.AsSpan()).EmitSysCall(Syscalls.ContractCall.Hash);
    }

    /// <summary>Pushes a value the way Neo's ScriptBuilder.EmitPush(object) does for stack items.</summary>
    public static void EmitPush(ScriptBuilder sb, StackItem item)
    {
        switch (item)
        {
            case Null: sb.Emit(OpCode.PUSHNULL); break;
            case Vm.Types.Boolean b: sb.EmitPush(b.GetBoolean()); break;
            case Integer i: sb.EmitPush(i.Value); break;
            case Vm.Types.Array { Count: 0 }: sb.Emit(OpCode.NEWARRAY0); break;
            case Vm.Types.Array array: EmitArray(sb, array.ToList()); break;
            case Map map:
                foreach (var (key, value) in map.Reverse()) { EmitPush(sb, value); EmitPush(sb, key); }
                sb.EmitPush(map.Count).Emit(OpCode.PACKMAP);
                break;
            default: sb.EmitPush(item.GetSpan()); break;
        }
    }

    private static void EmitArray(ScriptBuilder sb, IReadOnlyList<StackItem> items)
    {
        for (int i = items.Count - 1; i >= 0; i--) EmitPush(sb, items[i]);
        sb.EmitPush(items.Count).Emit(OpCode.PACK);
    }
}
