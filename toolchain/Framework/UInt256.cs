using System;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Helpers;

namespace Neo.SmartContract.Framework
{
    /// <summary>A 32-byte hash (block or transaction), a ByteString at run time.</summary>
    public abstract class UInt256 : ByteString
    {
        public static extern UInt256 Zero { [OpCode(OpCode.PUSHDATA1, "200000000000000000000000000000000000000000000000000000000000000000")] get; }

        public static int Size => 32;

        public extern bool IsZero
        {
            [OpCode(OpCode.PUSH0)]
            [OpCode(OpCode.NUMEQUAL)]
            get;
        }

        /// <summary>True for a ByteString of exactly 32 bytes.</summary>
        public extern bool IsValid
        {
            [OpCode(OpCode.DUP)]
            [OpCode(OpCode.ISTYPE, "0x28")]
            [OpCode(OpCode.JMPIF, "06")]
            [OpCode(OpCode.DROP)]
            [OpCode(OpCode.PUSHF)]
            [OpCode(OpCode.JMP, "06")]
            [OpCode(OpCode.SIZE)]
            [OpCode(OpCode.PUSHINT8, "20")]
            [OpCode(OpCode.NUMEQUAL)]
            get;
        }

        public bool IsValidAndNotZero => IsValid && !IsZero;

        /// <summary>Null stays null; any other length than 32 THROWs.</summary>
        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.ISNULL)]
        [OpCode(OpCode.JMPIF, "09")]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.SIZE)]
        [OpCode(OpCode.PUSHINT8, "20")]
        [OpCode(OpCode.JMPEQ, "03")]
        [OpCode(OpCode.THROW)]
        public static extern explicit operator UInt256(byte[] value);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern explicit operator byte[](UInt256 value);

        /// <summary>A constant hex hash, converted by the compiler; runtime strings need Parse.</summary>
        public static extern implicit operator UInt256(string value);

        /// <summary>A hash from 64 hex digits (optional 0x, big-endian text as Neo prints it).</summary>
        public static UInt256 Parse(string value)
        {
            if (value is null) throw new FormatException("Value cannot be null.");
            byte[] bytes = ParseHelper.ParseHex(value.ToByteArray());
            if (bytes.Length != Size) throw new FormatException("UInt256 must be 32 bytes long.");
            return (UInt256)bytes.Reverse();
        }
    }
}
