using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// Native methods that call a contract (ContractManagement's _deploy, NEP-17 onNEP17Payment) finish only
/// when that callee returns: the callee runs on top of the native stub, and its return resumes the native
/// method, which then pops its arguments and pushes its result. An exception escaping the callee FAULTs.
/// </summary>
public partial class ApplicationEngine
{
    private readonly Dictionary<ExecutionContext, Action> _resumeWhenUnloaded = new(ReferenceEqualityComparer.Instance);

    /// <summary>The native method running now (set by <see cref="NativeContract"/> while its handler runs).</summary>
    internal NativeCall? ActiveNativeCall { get; set; }

    /// <summary>
    /// From inside a native method: calls <paramref name="method"/> of <paramref name="hash"/> with all call flags
    /// (limited by the stub's) and the native as caller; <paramref name="onReturn"/> gets the callee's return value
    /// (or null) and produces the native method's own result. <paramref name="onReturn"/> runs as part of the native
    /// method, so it may call another contract in turn (chained calls, e.g. NEO's GAS rewards after onNEP17Payment).
    /// <paramref name="caller"/> is the calling script hash the callee sees (default: the running native contract).
    /// </summary>
    internal void CallFromNative(UInt160 hash, string method, bool hasReturnValue, StackItem[] args, Func<StackItem?, StackItem?> onReturn,
        UInt160? caller = null)
    {
        var call = ActiveNativeCall ?? throw new InvalidOperationException("Only a running native method can call a contract.");
        call.Deferred = true;
        var callee = CallContractInternal(hash, method, CallFlags.All, hasReturnValue, args);
        callee.GetState<ExecutionContextState>().NativeCallingScriptHash = caller ?? call.Contract.Hash;
        _resumeWhenUnloaded[callee] = () =>
        {
            call.Deferred = false;
            var previous = ActiveNativeCall;
            ActiveNativeCall = call;
            StackItem? result;
            try
            {
                result = onReturn(hasReturnValue ? Pop().Item : null);
            }
            finally
            {
                ActiveNativeCall = previous;
            }
            if (!call.Deferred) call.Complete(result);
        };
    }

    /// <summary>Resumes a native method waiting for <paramref name="context"/>, if any.</summary>
    private void ResumeNativeCall(ExecutionContext context)
    {
        if (!_resumeWhenUnloaded.Remove(context, out var resume)) return;
        if (UncaughtException is not null) throw new VMUnhandledException(UncaughtException);
        resume();
    }
}
