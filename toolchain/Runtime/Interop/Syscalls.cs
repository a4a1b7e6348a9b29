using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Interop;

/// <summary>
/// Every syscall of reference §2.5 with its fixed price and required call flags. Each family lives in its
/// own partial file (Syscalls.Storage.cs, …); this file holds the registry and the Contract/Runtime basics.
/// </summary>
public static partial class Syscalls
{
    /// <summary>Price of a signature check (2^15), used by CheckSig and the account syscalls.</summary>
    public const long CheckSigPrice = 1 << 15;

    // Created on first use: partial files' field initializers may run before this file's.
    private static Dictionary<uint, InteropDescriptor>? _byId;

    public static readonly InteropDescriptor ContractCall = Add("System.Contract.Call", 1 << 15, CallFlags.ReadStates | CallFlags.AllowCall,
        e => e.CallContract(e.PopHash160(), e.PopString(), (CallFlags)e.PopByte(), e.PopArray()));
    public static readonly InteropDescriptor ContractCallNative = Add("System.Contract.CallNative", 0, CallFlags.None,
        e => Native.NativeContracts.CallNative(e, e.PopByte()));
    public static readonly InteropDescriptor ContractGetCallFlags = Add("System.Contract.GetCallFlags", 1 << 10, CallFlags.None,
        e => e.Push((int)e.CurrentContext!.GetState<ExecutionContextState>().CallFlags));
    public static readonly InteropDescriptor ContractCreateStandardAccount = Add("System.Contract.CreateStandardAccount", 0, CallFlags.None,
        ApplicationEngine.CreateStandardAccount);
    public static readonly InteropDescriptor ContractCreateMultisigAccount = Add("System.Contract.CreateMultisigAccount", 0, CallFlags.None,
        ApplicationEngine.CreateMultisigAccount);
    public static readonly InteropDescriptor ContractNativeOnPersist = Add("System.Contract.NativeOnPersist", 0, CallFlags.States,
        e => e.NativeOnPersist());
    public static readonly InteropDescriptor ContractNativePostPersist = Add("System.Contract.NativePostPersist", 0, CallFlags.States,
        e => e.NativePostPersist());

    public static readonly InteropDescriptor RuntimePlatform = Add("System.Runtime.Platform", 1 << 3, CallFlags.None, e => e.Push("NEO"));
    public static readonly InteropDescriptor RuntimeGetNetwork = Add("System.Runtime.GetNetwork", 1 << 3, CallFlags.None, e => e.Push(e.Settings.Network));
    public static readonly InteropDescriptor RuntimeGetAddressVersion = Add("System.Runtime.GetAddressVersion", 1 << 3, CallFlags.None,
        e => e.Push(e.Settings.AddressVersion));
    public static readonly InteropDescriptor RuntimeGetTrigger = Add("System.Runtime.GetTrigger", 1 << 3, CallFlags.None, e => e.Push((int)e.Trigger));
    public static readonly InteropDescriptor RuntimeGetTime = Add("System.Runtime.GetTime", 1 << 3, CallFlags.None, e => e.GetTime());
    public static readonly InteropDescriptor RuntimeGetExecutingScriptHash = Add("System.Runtime.GetExecutingScriptHash", 1 << 4, CallFlags.None,
        e => e.PushHashOrNull(e.CurrentScriptHash));
    public static readonly InteropDescriptor RuntimeGetCallingScriptHash = Add("System.Runtime.GetCallingScriptHash", 1 << 4, CallFlags.None,
        e => e.PushHashOrNull(e.CallingScriptHash));
    public static readonly InteropDescriptor RuntimeGetEntryScriptHash = Add("System.Runtime.GetEntryScriptHash", 1 << 4, CallFlags.None,
        e => e.PushHashOrNull(e.EntryScriptHash));
    public static readonly InteropDescriptor RuntimeGetInvocationCounter = Add("System.Runtime.GetInvocationCounter", 1 << 4, CallFlags.None,
        e => e.GetInvocationCounterOfCurrent());
    public static readonly InteropDescriptor RuntimeLoadScript = Add("System.Runtime.LoadScript", 1 << 15, CallFlags.AllowCall, e => e.RuntimeLoadScript());
    public static readonly InteropDescriptor RuntimeLog = Add("System.Runtime.Log", 1 << 15, CallFlags.AllowNotify, e => e.RuntimeLog());
    public static readonly InteropDescriptor RuntimeGasLeft = Add("System.Runtime.GasLeft", 1 << 4, CallFlags.None, e => e.Push(e.GasLeft));
    public static readonly InteropDescriptor RuntimeBurnGas = Add("System.Runtime.BurnGas", 1 << 4, CallFlags.None, e => e.BurnGas());

    public static IReadOnlyCollection<InteropDescriptor> All => Registry.Values;

    private static Dictionary<uint, InteropDescriptor> Registry => _byId ??= [];

    /// <summary>The syscall with this id; an unknown id FAULTs.</summary>
    public static InteropDescriptor Get(uint id) =>
        Registry.TryGetValue(id, out var descriptor) ? descriptor : throw new KeyNotFoundException($"Syscall 0x{id:x8} does not exist.");

    private static InteropDescriptor Add(string name, long price, CallFlags flags, Action<ApplicationEngine> handler)
    {
        var descriptor = new InteropDescriptor(name, price, flags, handler);
        Registry.Add(descriptor.Hash, descriptor);
        return descriptor;
    }
}
