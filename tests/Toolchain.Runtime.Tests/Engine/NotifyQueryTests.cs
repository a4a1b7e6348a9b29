using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;
using Buffer = Protocol.Toolchain.Vm.Types.Buffer;
using static Protocol.Toolchain.Runtime.Tests.Engine.NotifyContract;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>System.Runtime.GetNotifications and the ABI type compatibility rules of Notify.</summary>
public class NotifyQueryTests
{
    private static ApplicationEngine ThreeThenQuery(Action<ScriptBuilder> hashArg) => Run(sb =>
    {
        sb.EmitNotify(N1, "Tick").EmitNotify(N2, "Text", s => s.EmitPush("two"))
            .EmitNotify(N1, "List", s => s.EmitArray(a => a.EmitPush(7)));
        hashArg(sb);
        sb.EmitSysCall(Syscalls.RuntimeGetNotifications.Hash);
    });

    [Fact]
    public void All_notifications_as_hash_name_state_triples()
    {
        var engine = ThreeThenQuery(sb => sb.Emit(OpCode.PUSHNULL));
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        var all = Assert.IsType<Array>(engine.ResultStack[0]);
        Assert.Equal(3, all.Count);
        var third = Assert.IsType<Array>(all[2]);
        Assert.Equal(3, third.Count);
        Assert.Equal(N1.ToArray(), third[0].GetSpan().ToArray());
        Assert.Equal("List", third[1].GetString());
        var state = Assert.IsType<Array>(third[2]);
        Assert.Equal(7, (int)Assert.IsType<Array>(state[0])[0].GetInteger());
        Assert.Equal("Text", Assert.IsType<Array>(all[1])[1].GetString());
    }

    [Fact]
    public void Filtered_by_script_hash()
    {
        var byN2 = Assert.IsType<Array>(ThreeThenQuery(sb => sb.EmitPush(N2.AsSpan())).ResultStack[0]);
        Assert.Equal("two", Assert.IsType<Array>(Assert.IsType<Array>(Assert.Single(byN2))[2])[0].GetString());
        Assert.Equal(2, Assert.IsType<Array>(ThreeThenQuery(sb => sb.EmitPush(N1.AsSpan())).ResultStack[0]).Count);
        Assert.Empty(Assert.IsType<Array>(ThreeThenQuery(sb => sb.EmitPush(new byte[20])).ResultStack[0]));
    }

    [Fact]
    public void A_hash_that_is_not_20_bytes_faults_and_the_price_is_4096()
    {
        Assert.Equal(VMState.FAULT, ThreeThenQuery(sb => sb.EmitPush(1)).State);
        var engine = EngineRun.Run(new ScriptBuilder().Emit(OpCode.PUSHNULL).EmitSysCall(Syscalls.RuntimeGetNotifications.Hash).ToArray());
        Assert.Empty(Assert.IsType<Array>(engine.ResultStack[0]));
        Assert.Equal((1 + 4096) * 30, engine.FeeConsumed);
    }

    [Fact]
    public void The_returned_state_is_a_copy()
    {
        // Append to the returned state; the recorded notification does not change.
        var engine = ThreeThenQuery(sb => sb.Emit(OpCode.PUSHNULL));
        var returned = Assert.IsType<Array>(Assert.IsType<Array>(engine.ResultStack[0])[2]);
        Assert.NotSame(engine.Notifications[2].State, returned[2]);
    }

    public static TheoryData<StackItem, T, bool> TypeCases()
    {
        var key = new byte[33];
        return new()
        {
            { StackItem.Null, T.Any, true }, { Integer.From(1), T.Any, true }, { new Pointer(new Script(new byte[] { 0x40 }), 0), T.Any, false },
            { StackItem.True, T.Boolean, true }, { Integer.From(1), T.Boolean, false }, { StackItem.Null, T.Boolean, false },
            { Integer.From(1), T.Integer, true }, { StackItem.True, T.Integer, false }, { StackItem.Null, T.Integer, false },
            { StackItem.Null, T.ByteArray, true }, { new ByteString(new byte[] { 1 }), T.ByteArray, true }, { new Buffer(2), T.ByteArray, true },
            { Integer.From(1), T.ByteArray, false },
            { new ByteString("héllo"u8.ToArray()), T.String, true }, { new Buffer(1), T.String, true },
            { new ByteString(new byte[] { 0xff }), T.String, false }, { StackItem.Null, T.String, false }, { Integer.From(1), T.String, false },
            { new ByteString(new byte[20]), T.Hash160, true }, { new Buffer(20), T.Hash160, true }, { StackItem.Null, T.Hash160, true },
            { new ByteString(new byte[21]), T.Hash160, false }, { Integer.From(1), T.Hash160, false },
            { new ByteString(new byte[32]), T.Hash256, true }, { new ByteString(new byte[20]), T.Hash256, false }, { StackItem.Null, T.Hash256, true },
            { new ByteString(key), T.PublicKey, true }, { new ByteString(new byte[65]), T.PublicKey, false }, { StackItem.Null, T.PublicKey, true },
            { new ByteString(new byte[64]), T.Signature, true }, { new ByteString(new byte[63]), T.Signature, false }, { StackItem.Null, T.Signature, true },
            { new Array(), T.Array, true }, { new Struct(), T.Array, true }, { StackItem.Null, T.Array, true }, { new Map(), T.Array, false },
            { new Map(), T.Map, true }, { StackItem.Null, T.Map, true }, { new Array(), T.Map, false },
            { new InteropInterface(new object()), T.InteropInterface, true }, { StackItem.Null, T.InteropInterface, true },
            { new ByteString(new byte[1]), T.InteropInterface, false },
            { Integer.From(1), T.Void, false }, { StackItem.Null, T.Void, false },
        };
    }

    [Theory]
    [MemberData(nameof(TypeCases))]
    public void Argument_types_match_as_neo_checks_them(StackItem item, ContractParameterType type, bool expected) =>
        Assert.Equal(expected, ApplicationEngine.CheckItemType(item, type));
}
