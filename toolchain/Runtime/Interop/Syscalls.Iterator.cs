using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Interop;

/// <summary>System.Iterator.* (reference §2.5): no call flags needed.</summary>
public static partial class Syscalls
{
    public static readonly InteropDescriptor IteratorNext = Add("System.Iterator.Next", 1 << 15, CallFlags.None, e => e.SysIteratorNext());
    public static readonly InteropDescriptor IteratorValue = Add("System.Iterator.Value", 1 << 4, CallFlags.None, e => e.SysIteratorValue());
}
