using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>A notification raised by a contract: its hash, event name and state (an immutable array).</summary>
public sealed record NotifyEventArgs(UInt160 ScriptHash, string EventName, Vm.Types.Array State);

/// <summary>A Runtime.Log message.</summary>
public sealed record LogEventArgs(UInt160 ScriptHash, string Message);
