using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// A native contract (reference §2.10): hash = contract hash with sender Zero, checksum 0 and its name;
/// its NEF (compiler "neo-core-v3.0") holds one stub per method, PUSH0; SYSCALL CallNative; RET, in
/// (name, parameter count) order, and the stub's SYSCALL position selects the method.
/// </summary>
public abstract class NativeContract
{
    private readonly Lazy<(ContractState State, Dictionary<int, NativeMethod> BySyscall)> _compiled;

    protected NativeContract(int id, string name)
    {
        Id = id;
        Name = name;
        Hash = ContractHash.Compute(UInt160.Zero, 0, name);
        _compiled = new(Compile);
    }

    public int Id { get; }

    public string Name { get; }

    public UInt160 Hash { get; }

    public ContractState State => _compiled.Value.State;

    protected abstract IEnumerable<NativeMethod> DefineMethods();

    protected virtual IEnumerable<ContractEventDescriptor> DefineEvents() => [];

    protected virtual IReadOnlyList<string> SupportedStandards => [];

    private (ContractState, Dictionary<int, NativeMethod>) Compile()
    {
        var methods = DefineMethods().OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Parameters.Count).ToList();
        var sb = new ScriptBuilder();
        var bySyscall = new Dictionary<int, NativeMethod>();
        var descriptors = new List<ContractMethodDescriptor>();
        foreach (var method in methods)
        {
            descriptors.Add(new ContractMethodDescriptor(method.Name, method.Parameters, method.ReturnType, sb.Length, method.Safe));
            sb.EmitPush(0); // version
            bySyscall.Add(sb.Length, method);
            sb.EmitSysCall(Interop.Syscalls.ContractCallNative.Hash).Emit(OpCode.RET);
        }
        var nef = NefFile.Create("neo-core-v3.0", "", [], sb.ToArray());
        var manifest = new ContractManifest(Name, [], SupportedStandards, new ContractAbi(descriptors, DefineEvents().ToList()),
            [ContractPermission.Default], WildcardContainer<ContractPermissionDescriptor>.Create(), null);
        return (new ContractState(Id, 0, Hash, nef, manifest), bySyscall);
    }

    /// <summary>
    /// This contract's step of System.Contract.NativeOnPersist, run in id order before the block's transactions (neo
    /// NativeContract.OnPersistAsync; nothing by default). It runs in the OnPersist script's context: storage writes go to
    /// that context and notifications are the OnPersist execution's.
    /// </summary>
    internal virtual void OnPersist(ApplicationEngine engine, Payloads.Block block)
    {
    }

    /// <summary>This contract's step of System.Contract.NativePostPersist, run in id order after the block's transactions.</summary>
    internal virtual void PostPersist(ApplicationEngine engine, Payloads.Block block)
    {
    }

    /// <summary>Runs the method whose stub is executing: checks flags, charges its fees (unless whitelisted), converts and calls.</summary>
    internal void Invoke(ApplicationEngine engine, byte version)
    {
        if (version != 0) throw new InvalidOperationException($"The native contract of version {version} is not active.");
        var context = engine.CurrentContext!;
        if (!_compiled.Value.BySyscall.TryGetValue(context.InstructionPointer, out var method))
            throw new InvalidOperationException($"No native method of {Name} at {context.InstructionPointer}.");
        var flags = context.GetState<ExecutionContextState>().CallFlags;
        if ((flags & method.RequiredCallFlags) != method.RequiredCallFlags)
            throw new InvalidOperationException($"Cannot call this method with the flag {flags}.");
        // A fee-whitelisted method (its stub starts one byte before the SYSCALL) pays no CPU or storage fee.
        if (!PolicyContract.IsWhitelistFeeContract(engine.Snapshot, Hash, context.InstructionPointer - 1, out _))
            engine.AddFee((Int128)method.CpuFee * engine.Fees.ExecPicoFeeFactor
                + (Int128)method.StorageFee * engine.Fees.StoragePrice * ApplicationEngine.FeeFactor);
        var args = new Vm.Types.StackItem[method.Parameters.Count];
        for (int i = 0; i < args.Length; i++) args[i] = context.EvaluationStack.Peek(i).Item;
        var call = new NativeCall(this, method, context);
        engine.ActiveNativeCall = call;
        Vm.Types.StackItem? result;
        try
        {
            result = method.Handler(engine, args);
        }
        finally
        {
            engine.ActiveNativeCall = null;
        }
        if (!call.Deferred) call.Complete(result);
    }
}
