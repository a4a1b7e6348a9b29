using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

public partial class ApplicationEngine
{
    /// <summary>Loads a contract at a method (after its _initialize, if the ABI has one).</summary>
    public ExecutionContext LoadContract(ContractState contract, ContractMethodDescriptor method, CallFlags flags)
    {
        var context = LoadScript(contract.Script,
            rvcount: method.ReturnType == ContractParameterType.Void ? 0 : 1,
            initialPosition: method.Offset,
            configure: state =>
            {
                state.CallFlags = flags;
                state.ScriptHash = contract.Hash;
                state.Contract = contract;
            });
        var initialize = contract.Manifest.Abi.GetMethod(ContractBasicMethod.Initialize, 0);
        if (initialize is not null) LoadContext(context.Clone(initialize.Offset));
        return context;
    }

    /// <summary>System.Contract.Call: a dynamic call, which always leaves exactly one value.</summary>
    internal void CallContract(UInt160 hash, string method, CallFlags flags, Vm.Types.Array args)
    {
        if (method.StartsWith('_')) throw new ArgumentException($"Method name '{method}' cannot start with underscore.", nameof(method));
        if ((flags & ~CallFlags.All) != 0) throw new ArgumentOutOfRangeException(nameof(flags));
        var contract = ContractManagement.GetContract(Snapshot, hash)
            ?? throw new InvalidOperationException($"Called Contract Does Not Exist: {hash}.{method}");
        var descriptor = contract.Manifest.Abi.GetMethod(method, args.Count)
            ?? throw new InvalidOperationException($"Method \"{method}\" with {args.Count} parameter(s) doesn't exist in the contract {hash}.");
        var context = CallContractInternal(contract, descriptor, flags, descriptor.ReturnType != ContractParameterType.Void, args);
        context.GetState<ExecutionContextState>().IsDynamicCall = true;
    }

    /// <summary>CALLT: calls through the current contract's NEF method token.</summary>
    protected override void OnCallT(Instruction instruction)
    {
        ValidateCallFlags(CallFlags.ReadStates | CallFlags.AllowCall);
        var contract = CurrentContext!.GetState<ExecutionContextState>().Contract;
        int tokenId = instruction.TokenU16;
        if (contract is null || tokenId >= contract.Nef.Tokens.Count)
            throw new InvalidOperationException($"Method token {tokenId} does not exist.");
        var token = contract.Nef.Tokens[tokenId];
        if (token.ParametersCount > CurrentContext.EvaluationStack.Count)
            throw new InvalidOperationException($"Method token {tokenId} needs {token.ParametersCount} arguments.");
        var args = new StackItem[token.ParametersCount];
        for (int i = 0; i < args.Length; i++) args[i] = Pop().Item;
        CallContractInternal(token.Hash, token.Method, token.CallFlags, token.HasReturnValue, args);
    }

    internal ExecutionContext CallContractInternal(UInt160 hash, string method, CallFlags flags, bool hasReturnValue, IReadOnlyList<StackItem> args)
    {
        var contract = ContractManagement.GetContract(Snapshot, hash)
            ?? throw new InvalidOperationException($"Called Contract Does Not Exist: {hash}");
        var descriptor = contract.Manifest.Abi.GetMethod(method, args.Count)
            ?? throw new InvalidOperationException($"Method \"{method}\" with {args.Count} parameter(s) doesn't exist in the contract {hash}.");
        return CallContractInternal(contract, descriptor, flags, hasReturnValue, args);
    }

    /// <summary>
    /// The checks of every call: not blocked; the caller's permissions unless the method is safe (a safe
    /// method runs without WriteStates and AllowNotify); argument count; return kind. The callee gets the
    /// requested flags limited by the caller's. A Policy fee-whitelisted method is charged its fixed fee here, and its
    /// context then runs free of fees (neo Faun).
    /// </summary>
    private ExecutionContext CallContractInternal(ContractState contract, ContractMethodDescriptor method, CallFlags flags,
        bool hasReturnValue, IReadOnlyList<StackItem> args)
    {
        if (PolicyContract.IsBlocked(Snapshot, contract.Hash))
            throw new InvalidOperationException($"The contract {contract.Hash} has been blocked.");
        var current = CurrentContext!;
        var state = current.GetState<ExecutionContextState>();
        if (method.Safe)
        {
            flags &= ~(CallFlags.WriteStates | CallFlags.AllowNotify);
        }
        else if (state.Contract is { } executing && !executing.CanCall(contract, method.Name))
        {
            throw new InvalidOperationException($"Cannot Call Method {method.Name} Of Contract {contract.Hash} From Contract {CurrentScriptHash}");
        }
        _invocationCounter[contract.Hash] = _invocationCounter.GetValueOrDefault(contract.Hash) + 1;
        if (args.Count != method.Parameters.Count)
            throw new InvalidOperationException($"Method {method.Name} Expects {method.Parameters.Count} Arguments But Receives {args.Count} Arguments");
        if (hasReturnValue ^ (method.ReturnType != ContractParameterType.Void))
            throw new InvalidOperationException("The return value type does not match.");
        var callee = LoadContract(contract, method, flags & state.CallFlags);
        var calleeState = callee.GetState<ExecutionContextState>();
        calleeState.CallingContext = current;
        if (PolicyContract.IsWhitelistFeeContract(Snapshot, contract.Hash, method.Offset, out var fixedFee))
        {
            AddFee((Int128)fixedFee * FeeFactor);
            calleeState.WhiteListed = true;
        }
        for (int i = args.Count - 1; i >= 0; i--) callee.EvaluationStack.Push(args[i]);
        return callee;
    }
}
