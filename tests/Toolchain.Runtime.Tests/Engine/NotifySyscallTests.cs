using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Runtime.Tests.Engine.NotifyContract;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>System.Runtime.Notify against the ABI events of a deployed contract: checks, limits, texts, rollback.</summary>
public class NotifySyscallTests
{
    private static readonly byte[] From = Enumerable.Range(1, 20).Select(i => (byte)i).ToArray();

    private static string Fault(Action<ScriptBuilder> emit)
    {
        var engine = Run(emit);
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Empty(engine.Notifications);
        return engine.FaultException!.Message;
    }

    [Fact]
    public void A_declared_event_with_matching_arguments_is_recorded()
    {
        var engine = Run(sb => sb.EmitNotify(N1, "Transfer", s => s.EmitPush(From), s => s.Emit(OpCode.PUSHNULL), s => s.EmitPush(100)));
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        var n = Assert.Single(engine.Notifications);
        Assert.Equal(N1, n.ScriptHash);
        Assert.Equal("Transfer", n.EventName);
        Assert.Equal(From, n.State[0].GetSpan().ToArray());
        Assert.True(n.State[1].IsNull); // Hash160 accepts Null (Any)
        Assert.Equal(100, (int)n.State[2].GetInteger());
    }

    [Fact]
    public void The_event_must_exist_with_the_same_parameter_count_and_types()
    {
        Assert.Equal("Event `Nope` does not exist.", Fault(sb => sb.EmitNotify(N1, "Nope")));
        Assert.Equal("Event `transfer` does not exist.", Fault(sb => sb.EmitNotify(N1, "transfer", s => s.EmitPush(1))));
        Assert.Equal("The number of the arguments does not match the formal parameters of the event.",
            Fault(sb => sb.EmitNotify(N1, "Transfer", s => s.EmitPush(From), s => s.EmitPush(From))));
        Assert.Equal("The type of the argument `amount` does not match the formal parameter.",
            Fault(sb => sb.EmitNotify(N1, "Transfer", s => s.EmitPush(From), s => s.EmitPush(From), s => s.EmitPush("100"))));
        Assert.Equal("The type of the argument `from` does not match the formal parameter.",
            Fault(sb => sb.EmitNotify(N1, "Transfer", s => s.EmitPush(From[1..]), s => s.EmitPush(From), s => s.EmitPush(1))));
        Assert.Equal("The type of the argument `s` does not match the formal parameter.",
            Fault(sb => sb.EmitNotify(N1, "Text", s => s.EmitPush(new byte[] { 0xc3, 0x28 }))));
    }

    [Fact]
    public void Event_names_are_at_most_32_bytes_of_strict_UTF8()
    {
        Assert.Equal($"Event `{new string('x', 32)}` does not exist.", Fault(sb => sb.EmitNotify(N1, new string('x', 32))));
        Assert.Equal("Event name size 33 exceeds maximum allowed size of 32 bytes (Parameter 'eventName')",
            Fault(sb => sb.EmitNotify(N1, new string('x', 33))));
        Assert.Equal("Failed to decode byte span to UTF-8 string (strict mode): The input contains invalid UTF-8 byte sequences. "
            + "Bytes: [0x54, 0xFF]. Ensure all bytes form valid UTF-8 character sequences.",
            Fault(sb => sb.EmitNotify(N1, CallFlags.All, s => s.EmitPush(new byte[] { 0x54, 0xff }))));
    }

    [Fact]
    public void Dynamic_scripts_cannot_notify_and_contracts_need_AllowNotify()
    {
        Assert.Equal("Notifications are not allowed in dynamic scripts.",
            Fault(sb => sb.Emit(OpCode.NEWARRAY0).EmitPush("Tick").EmitSysCall(Syscalls.RuntimeNotify.Hash)));
        Assert.Contains("Cannot call this SYSCALL with the flag",
            Fault(sb => sb.EmitNotify(N1, CallFlags.ReadStates | CallFlags.AllowCall, s => s.EmitPush("Tick"))));
        Assert.Equal(1 << 15, Syscalls.RuntimeNotify.FixedPrice);
        Assert.Equal(CallFlags.AllowNotify, Syscalls.RuntimeNotify.RequiredCallFlags);
    }

    [Fact]
    public void The_serialized_state_may_take_at_most_1024_bytes()
    {
        // Array(1) + count(1) + ByteString(1) + VarInt length(3) + data: 1018 bytes of data make exactly 1024.
        var ok = Run(sb => sb.EmitNotify(N1, "Data", s => s.EmitPush(new byte[1018])));
        Assert.Equal(VMState.HALT, ok.State);
        Assert.Contains("exceeds the maximum 1024", Fault(sb => sb.EmitNotify(N1, "Data", s => s.EmitPush(new byte[1019]))));
    }

    [Fact]
    public void The_recorded_state_is_an_immutable_copy()
    {
        var engine = Run(sb => sb.EmitNotify(N1, "Data", s => s.EmitPush(3).Emit(OpCode.NEWBUFFER)));
        Assert.Equal(VMState.HALT, engine.State);
        Assert.Equal(StackItemType.ByteString, engine.Notifications[0].State[0].Type);
        Assert.Equal(new byte[3], engine.Notifications[0].State[0].GetSpan().ToArray());
    }

    [Fact]
    public void At_most_512_notifications_per_execution()
    {
        var ok = Run(new ScriptBuilder().EmitCall(N1, "repeat", CallFlags.All, s => s.EmitPush(512)).ToArray());
        Assert.True(ok.State == VMState.HALT, ok.FaultException?.ToString());
        Assert.Equal(512, ok.Notifications.Count);
        var over = Run(new ScriptBuilder().EmitCall(N1, "repeat", CallFlags.All, s => s.EmitPush(513)).ToArray());
        Assert.Equal(VMState.FAULT, over.State);
        Assert.Equal("Maximum number of notifications `512` is reached.", over.FaultException!.Message);
        Assert.Empty(over.Notifications);
    }

    [Fact]
    public void A_callee_that_throws_loses_its_notifications_even_when_the_caller_catches()
    {
        var engine = Run(sb => sb
            .EmitNotify(N1, "Tick")
            .EmitTryCatchDrop(b => b.EmitCall(N2, "notifyThenThrow", CallFlags.All, s => s.EmitPush("Tick"), s => s.EmitArray()))
            .EmitNotify(N2, "Text", s => s.EmitPush("after")));
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        Assert.Equal([(N1, "Tick"), (N2, "Text")], engine.Notifications.Select(n => (n.ScriptHash, n.EventName)));
    }

    [Fact]
    public void Notifications_of_completed_sub_calls_go_with_a_callee_that_throws()
    {
        var engine = Run(sb => sb
            .EmitTryCatchDrop(b => b.EmitCall(N1, "relayThenThrow", CallFlags.All, s => s.EmitPush(N2.AsSpan())))
            .EmitSysCall(Syscalls.RuntimeGetNotifications.Hash, s => s.Emit(OpCode.PUSHNULL)));
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        Assert.Empty(engine.Notifications);
        Assert.Empty(Assert.IsType<Vm.Types.Array>(engine.ResultStack[0]));
    }
}

internal static class NotifyScriptExtensions
{
    /// <summary>Emits the arguments, then the syscall.</summary>
    public static ScriptBuilder EmitSysCall(this ScriptBuilder sb, uint id, Action<ScriptBuilder> args)
    {
        args(sb);
        return sb.EmitSysCall(id);
    }
}
