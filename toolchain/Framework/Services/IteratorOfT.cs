using System;
using System.Collections.Generic;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>An iterator whose values have a known type.</summary>
    public class Iterator<T> : Iterator, IEnumerable<T>
    {
        public extern new T Value { [Syscall("System.Iterator.Value")] get; }

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => throw new NotSupportedException();
    }
}
