namespace Protocol.Toolchain.Vm.Tests;

/// <summary>
/// The dispatch loop allocates nothing for integer, slot and control-flow instructions: running an
/// integer loop for 99,000 more iterations allocates under 4 KB more. One object per iteration
/// (24 bytes at least) would add over 2 MB; the slack only absorbs the runtime's own tiering work
/// on this thread. Counts bytes, never time.
/// </summary>
public sealed class AllocationTests
{
    // locals: 0 = i, 1 = sum. sum += i * 3 - 1; i++; while (i < n); also CALLs a helper each iteration.
    private static byte[] Loop(int n)
    {
        var sb = new ScriptBuilder();
        sb.Emit(OpCode.INITSLOT, [2, 0]).EmitPush(0).Emit(OpCode.STLOC0).EmitPush(0).Emit(OpCode.STLOC1);
        int loop = sb.Length;
        sb.Emit(OpCode.LDLOC1).Emit(OpCode.LDLOC0).EmitPush(3).Emit(OpCode.MUL).Emit(OpCode.DEC).Emit(OpCode.ADD).Emit(OpCode.STLOC1);
        sb.Emit(OpCode.LDLOC0).Emit(OpCode.INC).Emit(OpCode.STLOC0);
        sb.Emit(OpCode.LDLOC0).EmitPush(n);
        sb.EmitJump(OpCode.JMPLT_L, loop - sb.Length);
        sb.Emit(OpCode.LDLOC1).Emit(OpCode.RET);
        return sb.ToArray();
    }

    private static long AllocatedWhileRunning(byte[] script, out long result)
    {
        using var engine = new ExecutionEngine();
        engine.LoadScript(new Script(script));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var state = engine.Execute();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(VMState.HALT, state);
        result = (long)engine.ResultStack[0].GetInteger();
        return allocated;
    }

    [Fact]
    public void Integer_loop_allocates_nothing_per_iteration()
    {
        AllocatedWhileRunning(Loop(10), out _); // JIT warm-up
        long small = AllocatedWhileRunning(Loop(1_000), out long r1);
        long large = AllocatedWhileRunning(Loop(100_000), out long r2);
        Assert.Equal(Enumerable.Range(0, 1_000).Sum(i => 3L * i - 1), r1);
        Assert.Equal(Enumerable.Range(0, 100_000).Sum(i => 3L * i - 1), r2);
        Assert.InRange(large - small, -4096, 4096);
    }
}
