using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// Neo N3's application engine on our VM: gas in picoGAS, syscalls with prices and call flags,
/// contract calls with per-context storage layers and notifications, all hardforks active.
/// </summary>
public partial class ApplicationEngine : ExecutionEngine
{
    /// <summary>Gas given to test invocations (20 GAS), as Neo's RPC uses.</summary>
    public const long TestModeGas = 20_00000000;

    /// <summary>picoGAS per datoshi: fees are counted ×10^4 and rounded up when reported.</summary>
    public const long FeeFactor = 10_000;

    private readonly Int128 _feeAmount;
    private Int128 _feeConsumed;
    private readonly DataCache _rootSnapshot;
    private readonly List<NotifyEventArgs> _notifications = [];
    private readonly Dictionary<UInt160, int> _invocationCounter = [];

    public ApplicationEngine(TriggerType trigger, object? container, DataCache snapshot, ProtocolSettings? settings = null,
        long gas = TestModeGas, FeeSettings? fees = null, BlockInfo? persistingBlock = null)
    {
        Trigger = trigger;
        PersistingBlock = persistingBlock;
        ScriptContainer = container;
        _rootSnapshot = snapshot;
        Settings = settings ?? ProtocolSettings.Default;
        Fees = fees ?? PolicyContract.ReadFees(snapshot, persistingBlock);
        _feeAmount = (Int128)gas * FeeFactor;
    }

    /// <summary>An engine running while <paramref name="persistingBlock"/> is persisted (neo's persistingBlock argument).</summary>
    public ApplicationEngine(TriggerType trigger, object? container, DataCache snapshot, Payloads.Block persistingBlock,
        ProtocolSettings? settings = null, long gas = TestModeGas, FeeSettings? fees = null)
        : this(trigger, container, snapshot, settings, gas, fees, persistingBlock.Info)
    {
    }

    public TriggerType Trigger { get; }

    /// <summary>The transaction being executed, or the block or header being verified, if any.</summary>
    public object? ScriptContainer { get; }

    public ProtocolSettings Settings { get; }

    /// <summary>The block being persisted (or the block a test invocation pretends to run in).</summary>
    public BlockInfo? PersistingBlock { get; }

    /// <summary>
    /// The fee parameters of this execution: the ones given, or else Policy's stored values read at construction (as neo
    /// does), so a committee change takes effect from the next execution.
    /// </summary>
    public FeeSettings Fees { get; }

    /// <summary>The current context's storage layer (the engine's root snapshot outside any context).</summary>
    public DataCache Snapshot => CurrentContext?.GetState<ExecutionContextState>().Snapshot ?? _rootSnapshot;

    /// <summary>Datoshi consumed, rounded up from picoGAS.</summary>
    public long FeeConsumed => (long)((_feeConsumed + FeeFactor - 1) / FeeFactor);

    /// <summary>Datoshi left, rounded down.</summary>
    public long GasLeft => (long)((_feeAmount - _feeConsumed) / FeeFactor);

    public IReadOnlyList<NotifyEventArgs> Notifications => _notifications;

    public event Action<LogEventArgs>? Log;

    public UInt160? CurrentScriptHash => CurrentContext?.GetState<ExecutionContextState>().ScriptHash;

    public UInt160? CallingScriptHash
    {
        get
        {
            if (CurrentContext is null) return null;
            var state = CurrentContext.GetState<ExecutionContextState>();
            return state.NativeCallingScriptHash ?? state.CallingContext?.GetState<ExecutionContextState>().ScriptHash;
        }
    }

    public UInt160? EntryScriptHash => EntryContext?.GetState<ExecutionContextState>().ScriptHash;

    /// <summary>
    /// Charges <paramref name="picoGas"/>; running out FAULTs with "Insufficient GAS.". Nothing is charged while a
    /// fee-whitelisted method's context runs (its fixed fee was charged when it was called).
    /// </summary>
    public void AddFee(Int128 picoGas)
    {
        if (CurrentContext?.GetState<ExecutionContextState>().WhiteListed == true) return;
        _feeConsumed += picoGas;
        if (_feeConsumed > _feeAmount) throw new InvalidOperationException("Insufficient GAS.");
    }

    /// <summary>Charges <paramref name="units"/> × the execution fee factor.</summary>
    public void AddExecFee(long units) => AddFee((Int128)units * Fees.ExecPicoFeeFactor);

    /// <summary>Observes each instruction before it runs (coverage, tracing); null costs nothing.</summary>
    public Action<ExecutionContext, Instruction>? InstructionObserver { get; set; }

    protected override void PreExecuteInstruction(Instruction instruction)
    {
        InstructionObserver?.Invoke(CurrentContext!, instruction);
        AddExecFee(OpCodeInfo.Price(instruction.OpCode));
    }

    protected override void OnSysCall(Instruction instruction)
    {
        var descriptor = Syscalls.Get(instruction.TokenU32);
        ValidateCallFlags(descriptor.RequiredCallFlags);
        AddExecFee(descriptor.FixedPrice);
        descriptor.Handler(this);
    }

    public void ValidateCallFlags(CallFlags required)
    {
        var flags = CurrentContext!.GetState<ExecutionContextState>().CallFlags;
        if ((flags & required) != required)
            throw new InvalidOperationException($"Cannot call this SYSCALL with the flag {flags}.");
    }

    protected override void OnFault(Exception exception) => _notifications.Clear();

    internal void AddNotification(NotifyEventArgs notification)
    {
        _notifications.Add(notification);
        CurrentContext!.GetState<ExecutionContextState>().NotificationCount++;
    }

    internal void RaiseLog(LogEventArgs args) => Log?.Invoke(args);

    /// <summary>How many times the contract has been called in this execution (0 if never).</summary>
    public int GetInvocationCounter(UInt160 hash) => _invocationCounter.GetValueOrDefault(hash);

    public override void LoadContext(ExecutionContext context)
    {
        var state = context.GetState<ExecutionContextState>();
        state.ScriptHash ??= UInt160.FromScript(context.Script.Memory.Span);
        _invocationCounter.TryAdd(state.ScriptHash, 1);
        base.LoadContext(context);
    }

    /// <summary>Loads a script with its own storage layer over the current one.</summary>
    public ExecutionContext LoadScript(Script script, int rvcount = -1, int initialPosition = 0, Action<ExecutionContextState>? configure = null)
    {
        var context = CreateContext(script, rvcount, initialPosition);
        var state = context.GetState<ExecutionContextState>();
        state.Snapshot = Snapshot.CloneCache();
        configure?.Invoke(state);
        LoadContext(context);
        return context;
    }

    /// <summary>
    /// When a contract's frame goes (not a CALL within the same script): on a normal return its storage
    /// layer is committed and its notifications kept, and a dynamic call leaves exactly one value; when an
    /// exception unwinds it, both are dropped.
    /// </summary>
    protected override void ContextUnloaded(ExecutionContext context)
    {
        base.ContextUnloaded(context);
        if (!ReferenceEquals(context.Script, CurrentContext?.Script)) SettleContract(context);
        ResumeNativeCall(context);
    }

    private void SettleContract(ExecutionContext context)
    {
        var state = context.GetState<ExecutionContextState>();
        if (UncaughtException is null)
        {
            state.Snapshot?.Commit();
            if (CurrentContext is null) return;
            CurrentContext.GetState<ExecutionContextState>().NotificationCount += state.NotificationCount;
            if (!state.IsDynamicCall) return;
            if (context.EvaluationStack.Count == 0) Push(StackItem.Null);
            else if (context.EvaluationStack.Count > 1)
                throw new NotSupportedException("Multiple return values are not allowed in cross-contract calls.");
        }
        else if (state.NotificationCount > 0)
        {
            _notifications.RemoveRange(_notifications.Count - state.NotificationCount, state.NotificationCount);
        }
    }
}
