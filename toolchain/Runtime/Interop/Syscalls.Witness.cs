using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Interop;

/// <summary>System.Runtime syscalls over the script container: witnesses, signers, the container itself and GetRandom.</summary>
public static partial class Syscalls
{
    public static readonly InteropDescriptor RuntimeCheckWitness = Add("System.Runtime.CheckWitness", 1 << 10, CallFlags.None,
        e => e.Push(e.CheckWitness(e.PopBytes())));
    public static readonly InteropDescriptor RuntimeCurrentSigners = Add("System.Runtime.CurrentSigners", 1 << 4, CallFlags.None,
        e => e.Push(e.GetCurrentSigners()));
    public static readonly InteropDescriptor RuntimeGetScriptContainer = Add("System.Runtime.GetScriptContainer", 1 << 3, CallFlags.None,
        e => e.Push(e.GetScriptContainer()));

    /// <summary>Fixed price 0; the handler charges 2^13 units per call.</summary>
    public static readonly InteropDescriptor RuntimeGetRandom = Add("System.Runtime.GetRandom", 0, CallFlags.None,
        e => e.Push(e.GetRandom()));
}
