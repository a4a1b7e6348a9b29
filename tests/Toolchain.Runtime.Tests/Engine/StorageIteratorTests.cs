using System.Text;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using C = Protocol.Toolchain.Runtime.Tests.Engine.StorageTestContract;
using S = Protocol.Toolchain.Runtime.Interop.Syscalls;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>System.Iterator.Next / Value over storage iterators: laziness, positions and fees.</summary>
public class StorageIteratorTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    private static byte[] Iter(string prefix, FindOptions options) =>
        EngineRun.DynamicCall(C.Hash, "iter", CallFlags.All, B(prefix), (int)options);

    private static Storage.DataCache Seeded(params string[] keys)
    {
        var snapshot = C.NewSnapshot();
        foreach (var key in keys) C.Call(snapshot, "put", B(key), B(key.ToUpperInvariant()));
        return snapshot;
    }

    [Fact]
    public void Value_before_the_first_next_faults()
    {
        var script = new ScriptBuilder().EmitRaw(Iter("a", FindOptions.None)).EmitSysCall(S.IteratorValue.Hash).ToArray();
        var engine = C.Run(script, Seeded("a"));
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.IsType<NullReferenceException>(engine.FaultException);
    }

    [Fact]
    public void Next_reports_the_end_and_value_then_keeps_the_last_element()
    {
        // it; DUP Next → true; OVER Next → false; ROT Value → the last element again.
        var script = new ScriptBuilder().EmitRaw(Iter("", FindOptions.KeysOnly))
            .Emit(OpCode.DUP).EmitSysCall(S.IteratorNext.Hash).Emit(OpCode.OVER).EmitSysCall(S.IteratorNext.Hash)
            .Emit(OpCode.ROT).EmitSysCall(S.IteratorValue.Hash).ToArray();
        var engine = C.Run(script, Seeded("a"));
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        Assert.True(engine.ResultStack[2].GetBoolean());
        Assert.False(engine.ResultStack[1].GetBoolean());
        Assert.Equal(B("a"), engine.ResultStack[0].GetSpan().ToArray());
    }

    [Fact]
    public void An_empty_search_ends_at_once()
    {
        var script = new ScriptBuilder().EmitRaw(Iter("zz", FindOptions.None)).EmitSysCall(S.IteratorNext.Hash).ToArray();
        var engine = C.Run(script, Seeded("a"));
        Assert.False(engine.ResultStack[0].GetBoolean());
    }

    [Fact]
    public void The_search_runs_at_the_first_next_so_writes_after_find_are_seen()
    {
        var snapshot = Seeded("b");
        var found = (Vm.Types.Array)C.Call(snapshot, "findThenPut", B("a"), B("1")).ResultStack[0];
        Assert.Equal(["a", "b"], found.Select(k => Encoding.UTF8.GetString(k.GetSpan())));
    }

    [Fact]
    public void An_iterator_returned_to_the_caller_reads_the_committed_layer()
    {
        // The iterator outlives the call that created it; its layer was committed into the caller's on return.
        var script = new ScriptBuilder().EmitRaw(Iter("", FindOptions.ValuesOnly)).Emit(OpCode.DUP)
            .EmitSysCall(S.IteratorNext.Hash).Emit(OpCode.DROP).EmitSysCall(S.IteratorValue.Hash).ToArray();
        var engine = C.Run(script, Seeded("x", "y"));
        Assert.Equal(B("X"), engine.ResultStack[0].GetSpan().ToArray());
    }

    [Fact]
    public void Next_and_value_cost_32768_and_16()
    {
        var snapshot = Seeded("a");
        var it = Iter("a", FindOptions.None);
        var baseFee = C.Run([.. it, (byte)OpCode.DROP], snapshot).FeeConsumed;
        // DUP 2 + SYSCALL Next 32768 + DROP 2 + SYSCALL Value 16 (the iterator was already found) → × 30.
        var script = new ScriptBuilder().EmitRaw(it).Emit(OpCode.DUP).EmitSysCall(S.IteratorNext.Hash).Emit(OpCode.DROP)
            .EmitSysCall(S.IteratorValue.Hash).ToArray();
        var engine = C.Run(script, snapshot);
        Assert.IsType<Struct>(engine.ResultStack[0]);
        Assert.Equal(baseFee - 2 * 30 + (2 + 32768 + 2 + 16) * 30, engine.FeeConsumed);
    }
}
