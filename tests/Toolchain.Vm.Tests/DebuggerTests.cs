namespace Protocol.Toolchain.Vm.Tests;

/// <summary>Breakpoints (the vectors cover stepping but not breakpoints).</summary>
public sealed class DebuggerTests
{
    [Fact]
    public void Execute_stops_at_a_breakpoint_and_resumes()
    {
        using var engine = new ExecutionEngine();
        var script = new Script(new ScriptBuilder().EmitPush(1).EmitPush(2).Emit(OpCode.ADD).EmitPush(3).ToArray());
        engine.LoadScript(script);
        var debugger = new Debugger(engine);
        debugger.AddBreakPoint(script, 2);
        Assert.Equal(VMState.BREAK, debugger.Execute());
        Assert.Equal(2, engine.CurrentContext!.InstructionPointer);
        Assert.Equal(2, engine.CurrentContext.EvaluationStack.Count);
        Assert.True(debugger.RemoveBreakPoint(script, 2));
        Assert.False(debugger.RemoveBreakPoint(script, 2));
        Assert.Equal(VMState.HALT, debugger.Execute());
        Assert.Equal(3, engine.ResultStack[0].GetInteger());
        Assert.Equal(3, engine.ResultStack[1].GetInteger());
    }

    [Fact]
    public void Breakpoints_are_per_script_instance()
    {
        using var engine = new ExecutionEngine();
        var bytes = new ScriptBuilder().EmitPush(1).EmitPush(2).ToArray();
        var loaded = new Script(bytes);
        engine.LoadScript(loaded);
        var debugger = new Debugger(engine);
        debugger.AddBreakPoint(new Script(bytes), 1); // same bytes, another script
        Assert.Equal(VMState.HALT, debugger.Execute());
    }
}
