namespace Protocol.Toolchain.Vm;

/// <summary>
/// One frame of the invocation stack. Frames created by CALL/CALLA share the script, evaluation
/// stack, static fields and host states of their caller; LoadScript creates a fresh set.
/// </summary>
public sealed class ExecutionContext
{
    private sealed class Shared(Script script, ReferenceCounter references)
    {
        public readonly Script Script = script;
        public readonly EvaluationStack EvaluationStack = new(references);
        public Slot? StaticFields;
        public Dictionary<Type, object>? States;
    }

    private readonly Shared _shared;
    private int _instructionPointer;

    internal ExecutionContext(Script script, int rvcount, ReferenceCounter references)
        : this(new Shared(script, references), rvcount, 0)
    {
    }

    private ExecutionContext(Shared shared, int rvcount, int position)
    {
        if (rvcount < -1 || rvcount > ushort.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(rvcount), $"Out of range: {rvcount}");
        _shared = shared;
        RVCount = rvcount;
        InstructionPointer = position;
    }

    /// <summary>Values this frame must leave when it returns to a different stack (-1: any number).</summary>
    public int RVCount { get; }

    public Script Script => _shared.Script;

    public EvaluationStack EvaluationStack => _shared.EvaluationStack;

    public Slot? StaticFields
    {
        get => _shared.StaticFields;
        internal set => _shared.StaticFields = value;
    }

    public Slot? LocalVariables { get; internal set; }

    public Slot? Arguments { get; internal set; }

    public Stack<ExceptionHandlingContext>? TryStack { get; internal set; }

    public int InstructionPointer
    {
        get => _instructionPointer;
        set
        {
            if (value < 0 || value > Script.Length)
                throw new ArgumentOutOfRangeException(nameof(value), $"Out of script bounds: {value}/{Script.Length}");
            _instructionPointer = value;
        }
    }

    /// <summary>The instruction at the pointer, or null at the end of the script (an implicit RET).</summary>
    public Instruction? CurrentInstruction =>
        _instructionPointer >= Script.Length ? null : Script.GetInstruction(_instructionPointer);

    public Instruction? NextInstruction
    {
        get
        {
            var current = CurrentInstruction;
            if (current is null) return null;
            int next = _instructionPointer + current.Size;
            return next >= Script.Length ? null : Script.GetInstruction(next);
        }
    }

    /// <summary>A frame sharing this one's script, stack and statics, starting at <paramref name="position"/>.</summary>
    public ExecutionContext Clone(int position) => new(_shared, 0, position);

    /// <summary>Host state attached to this frame's script load (shared with its CALL clones).</summary>
    public T GetState<T>(Func<T>? factory = null) where T : class, new()
    {
        var states = _shared.States ??= [];
        if (!states.TryGetValue(typeof(T), out var value))
        {
            value = factory is null ? new T() : factory();
            states[typeof(T)] = value;
        }
        return (T)value;
    }
}
