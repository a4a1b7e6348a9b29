using System;
using System.Collections;
using System.Collections.Generic;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework
{
    /// <summary>A growable NeoVM Array; converts to and from T[] without code.</summary>
    public class List<T> : IEnumerable<T>
    {
        [OpCode(OpCode.NEWARRAY0)]
        public extern List();

        public extern int Count { [OpCode(OpCode.SIZE)] get; }

        public extern T this[int key]
        {
            [OpCode(OpCode.PICKITEM)]
            get;
            [OpCode(OpCode.SETITEM)]
            set;
        }

        [OpCode(OpCode.APPEND)]
        public extern void Add(T item);

        [OpCode(OpCode.REMOVE)]
        public extern void RemoveAt(int index);

        [OpCode(OpCode.CLEARITEMS)]
        public extern void Clear();

        /// <summary>A shallow copy (VALUES).</summary>
        [OpCode(OpCode.VALUES)]
        public extern List<T> Clone();

        /// <summary>Removes and returns the last item.</summary>
        [OpCode(OpCode.POPITEM)]
        public extern T PopItem();

        // foreach over a List is compiled to NeoVM; it never runs on .NET.
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => throw new NotSupportedException();

        IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException();

        [OpCode(OpCode.NOP)]
        public static extern implicit operator List<T>(T[] array);

        [OpCode(OpCode.NOP)]
        public static extern implicit operator T[](List<T> array);
    }
}
