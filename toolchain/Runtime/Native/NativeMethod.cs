using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// One method of a native contract: ABI shape, CPU fee (× ExecFeeFactor), storage fee (× StoragePrice),
/// required call flags, and a handler that receives the arguments (first parameter first) and returns the
/// result (null for Void).
/// </summary>
public sealed record NativeMethod(
    string Name,
    IReadOnlyList<ContractParameterDefinition> Parameters,
    ContractParameterType ReturnType,
    long CpuFee,
    CallFlags RequiredCallFlags,
    Func<ApplicationEngine, StackItem[], StackItem?> Handler,
    long StorageFee = 0)
{
    /// <summary>A method that needs no more than ReadStates and AllowCall is safe.</summary>
    public bool Safe => (RequiredCallFlags & ~CallFlags.ReadOnly) == 0;

    /// <summary>Shorthand for parameters: ("name", type), …</summary>
    public static IReadOnlyList<ContractParameterDefinition> Params(params (string Name, ContractParameterType Type)[] parameters) =>
        parameters.Select(p => new ContractParameterDefinition(p.Name, p.Type)).ToList();
}
