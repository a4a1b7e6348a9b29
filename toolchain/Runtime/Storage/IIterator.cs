using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Storage;

/// <summary>
/// An iterator handed to scripts as an InteropInterface and driven by System.Iterator.Next / Value.
/// </summary>
public interface IIterator
{
    /// <summary>Advances to the next element; false once the collection is exhausted.</summary>
    bool Next();

    /// <summary>The element at the current position.</summary>
    StackItem Value();
}
