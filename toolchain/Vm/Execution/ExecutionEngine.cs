using System.Numerics;
using System.Runtime.CompilerServices;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

/// <summary>
/// The NeoVM: runs scripts with Neo N3's semantics, limits and reference counting. Hosts (the
/// application engine) extend it through SYSCALL/CALLT dispatch, context load/unload and the
/// pre/post instruction hooks where gas is charged.
/// </summary>
public partial class ExecutionEngine : IDisposable
{
    private VMState _state = VMState.BREAK;
    private bool _jumping;

    public ExecutionEngine() : this(ExecutionEngineLimits.Default) { }

    public ExecutionEngine(ExecutionEngineLimits limits)
    {
        Limits = limits;
        ReferenceCounter = new ReferenceCounter(limits);
        ResultStack = new EvaluationStack(ReferenceCounter);
    }

    public ExecutionEngineLimits Limits { get; }

    public ReferenceCounter ReferenceCounter { get; }

    /// <summary>Frames, top first when enumerated.</summary>
    public Stack<ExecutionContext> InvocationStack { get; } = new();

    public ExecutionContext? CurrentContext { get; private set; }

    public ExecutionContext? EntryContext { get; private set; }

    /// <summary>What the last frame returned.</summary>
    public EvaluationStack ResultStack { get; }

    /// <summary>The item being thrown while a FINALLY block runs, or null.</summary>
    public StackItem? UncaughtException { get; internal set; }

    /// <summary>Why the engine faulted, if it did.</summary>
    public Exception? FaultException { get; private set; }

    public VMState State
    {
        get => _state;
        protected internal set
        {
            if (_state == value) return;
            _state = value;
            OnStateChanged();
        }
    }

    /// <summary>Runs until HALT or FAULT.</summary>
    public virtual VMState Execute()
    {
        if (State == VMState.BREAK) State = VMState.NONE;
        while (State != VMState.HALT && State != VMState.FAULT) ExecuteNext();
        return State;
    }

    /// <summary>Executes one instruction of the current frame (HALT when no frame is left).</summary>
    protected internal void ExecuteNext()
    {
        if (InvocationStack.Count == 0)
        {
            State = VMState.HALT;
            return;
        }
        try
        {
            var context = CurrentContext!;
            var current = context.CurrentInstruction;
            var instruction = current ?? Instruction.Ret;
            PreExecuteInstruction(instruction);
            try
            {
                ExecuteInstruction(context, instruction);
            }
            finally
            {
                ReferenceCounter.CheckPostExecution();
                PostExecuteInstruction(current);
            }
            if (!_jumping && current is not null) context.InstructionPointer += instruction.Size;
            _jumping = false;
        }
        catch (Exception e)
        {
            FaultException = e;
            OnFault(e);
            State = VMState.FAULT;
        }
    }

    public ExecutionContext LoadScript(Script script, int rvcount = -1, int initialPosition = 0)
    {
        var context = CreateContext(script, rvcount, initialPosition);
        LoadContext(context);
        return context;
    }

    /// <summary>A new frame with its own evaluation stack, not yet loaded (hosts configure its state first).</summary>
    protected ExecutionContext CreateContext(Script script, int rvcount, int initialPosition) =>
        new(script, rvcount, ReferenceCounter) { InstructionPointer = initialPosition };

    public virtual void LoadContext(ExecutionContext context)
    {
        if (InvocationStack.Count >= Limits.MaxInvocationStackSize)
            throw new InvalidOperationException($"MaxInvocationStackSize exceed: {InvocationStack.Count}");
        InvocationStack.Push(context);
        EntryContext ??= context;
        CurrentContext = context;
    }

    /// <summary>Called after a frame left the invocation stack; releases its slots' references.</summary>
    protected virtual void ContextUnloaded(ExecutionContext context)
    {
        if (InvocationStack.Count == 0)
        {
            CurrentContext = null;
            EntryContext = null;
        }
        else
        {
            CurrentContext = InvocationStack.Peek();
        }
        if (context.StaticFields is not null && context.StaticFields != CurrentContext?.StaticFields)
            context.StaticFields.ClearReferences();
        context.LocalVariables?.ClearReferences();
        context.Arguments?.ClearReferences();
    }

    protected virtual void PreExecuteInstruction(Instruction instruction) { }

    /// <summary>After each instruction (also one that threw); <paramref name="instruction"/> is null for an implicit RET.</summary>
    protected virtual void PostExecuteInstruction(Instruction? instruction) { }

    protected virtual void OnFault(Exception exception) { }

    protected virtual void OnStateChanged() { }

    /// <summary>SYSCALL: hosts dispatch on <see cref="Instruction.TokenU32"/>.</summary>
    protected virtual void OnSysCall(Instruction instruction) =>
        throw new InvalidOperationException($"Syscall not found: {instruction.TokenU32}");

    /// <summary>CALLT: hosts resolve <see cref="Instruction.TokenU16"/> against the NEF's method tokens.</summary>
    protected virtual void OnCallT(Instruction instruction) =>
        throw new InvalidOperationException($"Token not found: {instruction.TokenU16}");

    /// <summary>Marks the current instruction as having moved the instruction pointer itself.</summary>
    protected void SetJumping() => _jumping = true;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing) InvocationStack.Clear();
    }

    // Stack helpers for hosts (syscalls) and opcode implementations.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(StackValue value) => CurrentContext!.EvaluationStack.Push(value);

    public void Push(StackItem item) => CurrentContext!.EvaluationStack.Push(item);

    public void Push(BigInteger value) => CurrentContext!.EvaluationStack.Push(StackValue.FromInteger(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StackValue Pop() => CurrentContext!.EvaluationStack.Pop();

    public T Pop<T>() where T : StackItem => CurrentContext!.EvaluationStack.Pop<T>();

    public StackValue Peek(int index = 0) => CurrentContext!.EvaluationStack.Peek(index);
}
