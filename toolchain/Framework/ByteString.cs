using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework
{
    /// <summary>An immutable NeoVM ByteString. Strings convert to it for free; byte[] (a Buffer) via CONVERT.</summary>
    public abstract class ByteString : IEnumerable<byte>
    {
        public static extern ByteString Empty { [OpCode(OpCode.PUSHDATA1, "00")] get; }

        public extern byte this[int index] { [OpCode(OpCode.PICKITEM)] get; }

        public extern int Length { [OpCode(OpCode.SIZE)] get; }

        private const string NoEnumeration = "A ByteString cannot be enumerated in a contract; cast it to byte[] first.";

        [Obsolete(NoEnumeration, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        IEnumerator<byte> IEnumerable<byte>.GetEnumerator() => throw new NotSupportedException(NoEnumeration);

        [Obsolete(NoEnumeration, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException(NoEnumeration);

        [OpCode(OpCode.NOP)]
        public static extern implicit operator string(ByteString str);

        [OpCode(OpCode.NOP)]
        public static extern implicit operator ByteString(string str);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern explicit operator byte[](ByteString str);

        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern explicit operator ByteString(byte[] buffer);

        // null -> 0, otherwise the bytes as a little-endian integer.
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.ISNULL)]
        [OpCode(OpCode.JMPIFNOT, "0x06")]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.PUSH0)]
        [OpCode(OpCode.JMP, "0x04")]
        [OpCode(OpCode.CONVERT, StackItemType.Integer)]
        public static extern explicit operator BigInteger(ByteString text);

        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern explicit operator ByteString(BigInteger integer);
    }
}
