using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>A native method invocation in progress on its stub frame.</summary>
internal sealed class NativeCall(NativeContract contract, NativeMethod method, ExecutionContext stub)
{
    public NativeContract Contract { get; } = contract;

    /// <summary>Set when the method called a contract and will complete when that call returns.</summary>
    public bool Deferred { get; set; }

    /// <summary>Pops the method's arguments from its stub frame and pushes its result (unless it returns Void).</summary>
    public void Complete(StackItem? result)
    {
        for (int i = 0; i < method.Parameters.Count; i++) stub.EvaluationStack.Pop();
        if (method.ReturnType != ContractParameterType.Void) stub.EvaluationStack.Push(result ?? StackItem.Null);
    }
}
