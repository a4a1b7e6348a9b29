using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>System.Runtime.* handlers that need no transaction or serializer.</summary>
public partial class ApplicationEngine
{
    /// <summary>Largest Runtime.Log message and serialized notification state, in bytes.</summary>
    public const int MaxNotificationSize = 1024;

    internal void PushHashOrNull(UInt160? hash) => Push(hash is null ? StackItem.Null : new ByteString(hash.ToArray()));

    internal void GetTime() => Push(new Integer(GetPersistingTime()));

    /// <summary>The persisting block's timestamp (neo ApplicationEngine.GetTime); without a block it faults with neo's text.</summary>
    internal ulong GetPersistingTime() =>
        PersistingBlock?.Timestamp ?? throw new InvalidOperationException("GetTime can only be called with Application trigger.");

    internal void GetInvocationCounterOfCurrent()
    {
        var hash = CurrentScriptHash!;
        if (!_invocationCounter.TryGetValue(hash, out int counter))
            throw new InvalidOperationException($"No invocation counter for {hash}.");
        Push(counter);
    }

    /// <summary>System.Runtime.LoadScript: runs a strict script as a dynamic call with at most ReadOnly flags.</summary>
    internal void RuntimeLoadScript()
    {
        var script = PopBytes();
        var flags = (CallFlags)PopByte();
        var args = PopArray();
        if ((flags & ~CallFlags.All) != 0) throw new ArgumentOutOfRangeException(nameof(flags));
        var current = CurrentContext!;
        var callerFlags = current.GetState<ExecutionContextState>().CallFlags;
        var context = LoadScript(new Script(script, strict: true), configure: state =>
        {
            state.CallingContext = current;
            state.CallFlags = flags & callerFlags & CallFlags.ReadOnly;
            state.IsDynamicCall = true;
        });
        for (int i = args.Count - 1; i >= 0; i--) context.EvaluationStack.Push(args[i]);
    }

    internal void RuntimeLog()
    {
        var bytes = PopBytes();
        if (bytes.Length > MaxNotificationSize)
            throw new ArgumentException($"Notification size {bytes.Length} exceeds maximum allowed size of {MaxNotificationSize} bytes");
        if (!StrictUtf8.TryDecode(bytes, out var message))
            throw new ArgumentException("Failed to convert byte array to string: Invalid or non-printable UTF-8 sequence detected.");
        RaiseLog(new LogEventArgs(CurrentScriptHash!, message!));
    }

    internal void BurnGas()
    {
        var datoshi = PopInteger();
        if (datoshi <= 0) throw new InvalidOperationException("GAS must be positive.");
        AddFee((Int128)(long)datoshi * FeeFactor);
    }
}
