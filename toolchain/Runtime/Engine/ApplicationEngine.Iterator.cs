using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>System.Iterator.Next / Value over any <see cref="IIterator"/> a syscall handed out.</summary>
public partial class ApplicationEngine
{
    internal void SysIteratorNext() => Push(PopInteropArgument<IIterator>("iterator").Next());

    internal void SysIteratorValue() => Push(PopInteropArgument<IIterator>("iterator").Value());
}
