using System;
using System.Collections;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>A storage or native iterator; foreach over it compiles to Next/Value.</summary>
    public class Iterator : IApiInterface, IEnumerable
    {
        /// <summary>Moves to the next item; false at the end.</summary>
        [Syscall("System.Iterator.Next")]
        public extern bool Next();

        public extern object Value { [Syscall("System.Iterator.Value")] get; }

        // Enumeration exists for foreach only and is compiled to NeoVM; it never runs on .NET.
        IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException();
    }
}
