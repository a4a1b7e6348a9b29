using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>What the application engine tracks per loaded script (shared by its CALL frames).</summary>
public sealed class ExecutionContextState
{
    public UInt160? ScriptHash { get; set; }

    /// <summary>The frame that called this contract (null for the entry script).</summary>
    public ExecutionContext? CallingContext { get; set; }

    /// <summary>Set when a native contract calls out, so the callee sees the native as its caller.</summary>
    public UInt160? NativeCallingScriptHash { get; set; }

    public ContractState? Contract { get; set; }

    public CallFlags CallFlags { get; set; } = CallFlags.All;

    /// <summary>This script's layer of storage writes.</summary>
    public DataCache? Snapshot { get; set; }

    /// <summary>Notifications raised by this script and the calls it completed.</summary>
    public int NotificationCount { get; set; }

    /// <summary>Called through System.Contract.Call: returns exactly one value (Null for Void).</summary>
    public bool IsDynamicCall { get; set; }

    /// <summary>A Policy fee-whitelisted method: its fixed fee was charged at the call, nothing more is charged in it.</summary>
    public bool WhiteListed { get; set; }
}
