namespace Protocol.Toolchain.Vm;

/// <summary>Steps an engine (into, over, out) and stops at breakpoints set on a script position.</summary>
public sealed class Debugger(ExecutionEngine engine)
{
    private readonly Dictionary<Script, HashSet<uint>> _breakPoints = new(ReferenceEqualityComparer.Instance);

    public void AddBreakPoint(Script script, uint position)
    {
        if (!_breakPoints.TryGetValue(script, out var positions)) _breakPoints[script] = positions = [];
        positions.Add(position);
    }

    public bool RemoveBreakPoint(Script script, uint position)
    {
        if (!_breakPoints.TryGetValue(script, out var positions) || !positions.Remove(position)) return false;
        if (positions.Count == 0) _breakPoints.Remove(script);
        return true;
    }

    /// <summary>Runs until HALT, FAULT or a breakpoint.</summary>
    public VMState Execute()
    {
        if (engine.State == VMState.BREAK) engine.State = VMState.NONE;
        while (engine.State == VMState.NONE) StepAndCheckBreakPoints();
        return engine.State;
    }

    /// <summary>Executes one instruction.</summary>
    public VMState StepInto()
    {
        if (engine.State is VMState.HALT or VMState.FAULT) return engine.State;
        engine.ExecuteNext();
        if (engine.State == VMState.NONE) engine.State = VMState.BREAK;
        return engine.State;
    }

    /// <summary>Runs until the current frame returns.</summary>
    public VMState StepOut()
    {
        if (engine.State == VMState.BREAK) engine.State = VMState.NONE;
        int depth = engine.InvocationStack.Count;
        while (engine.State == VMState.NONE && engine.InvocationStack.Count >= depth) StepAndCheckBreakPoints();
        if (engine.State == VMState.NONE) engine.State = VMState.BREAK;
        return engine.State;
    }

    /// <summary>Executes one instruction, running any call it makes to completion.</summary>
    public VMState StepOver()
    {
        if (engine.State is VMState.HALT or VMState.FAULT) return engine.State;
        engine.State = VMState.NONE;
        int depth = engine.InvocationStack.Count;
        do StepAndCheckBreakPoints();
        while (engine.State == VMState.NONE && engine.InvocationStack.Count > depth);
        if (engine.State == VMState.NONE) engine.State = VMState.BREAK;
        return engine.State;
    }

    private void StepAndCheckBreakPoints()
    {
        engine.ExecuteNext();
        if (engine.State == VMState.NONE && engine.InvocationStack.Count > 0 && _breakPoints.Count > 0
            && _breakPoints.TryGetValue(engine.CurrentContext!.Script, out var positions)
            && positions.Contains((uint)engine.CurrentContext.InstructionPointer))
            engine.State = VMState.BREAK;
    }
}
