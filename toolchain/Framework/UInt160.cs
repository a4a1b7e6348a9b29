using System;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Helpers;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Neo.SmartContract.Framework
{
    /// <summary>A 20-byte script hash (account or contract), a ByteString at run time.</summary>
    public abstract class UInt160 : ByteString
    {
        public static extern UInt160 Zero { [OpCode(OpCode.PUSHDATA1, "140000000000000000000000000000000000000000")] get; }

        public static int Size => 20;

        public extern bool IsZero
        {
            [OpCode(OpCode.PUSH0)]
            [OpCode(OpCode.NUMEQUAL)]
            get;
        }

        /// <summary>True for a ByteString of exactly 20 bytes.</summary>
        public extern bool IsValid
        {
            [OpCode(OpCode.DUP)]
            [OpCode(OpCode.ISTYPE, "0x28")]
            [OpCode(OpCode.JMPIF, "06")]
            [OpCode(OpCode.DROP)]
            [OpCode(OpCode.PUSHF)]
            [OpCode(OpCode.JMP, "06")]
            [OpCode(OpCode.SIZE)]
            [OpCode(OpCode.PUSHINT8, "14")]
            [OpCode(OpCode.NUMEQUAL)]
            get;
        }

        public bool IsValidAndNotZero => IsValid && !IsZero;

        /// <summary>Null stays null; any other length than 20 THROWs.</summary>
        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.ISNULL)]
        [OpCode(OpCode.JMPIF, "09")]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.SIZE)]
        [OpCode(OpCode.PUSHINT8, "14")]
        [OpCode(OpCode.JMPEQ, "03")]
        [OpCode(OpCode.THROW)]
        public static extern explicit operator UInt160(byte[] value);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern explicit operator byte[](UInt160 value);

        /// <summary>The Base58Check address of this hash under the chain's address version.</summary>
        public string ToAddress() => ToAddress(Runtime.AddressVersion);

        /// <summary>The Base58Check address of version byte ‖ hash.</summary>
        public string ToAddress(byte version)
        {
            byte[] prefixed = Helper.Concat(new byte[] { version }, this);
            return StdLib.Base58CheckEncode((ByteString)prefixed);
        }

        /// <summary>
        /// A hash from 40 hex digits (optional 0x, big-endian text as Neo prints it) or from a 34-character address
        /// of the chain's version. Malformed Base58Check FAULTs inside StdLib and cannot be caught.
        /// </summary>
        public static UInt160 Parse(string value)
        {
            if (value is null) throw new FormatException("Value cannot be null.");
            byte[]? hex = ParseHelper.TryParseHex(value.ToByteArray());
            if (hex is not null)
            {
                if (hex.Length == Size) return (UInt160)hex.Reverse();
            }
            else if (value.Length == 34)
            {
                return (UInt160)ParseHelper.ParseAddress(value, Runtime.AddressVersion);
            }
            throw new FormatException("Invalid UInt160 string format.");
        }

        /// <summary>A constant hex hash or address, converted by the compiler; runtime strings need Parse.</summary>
        public static extern implicit operator UInt160(string value);
    }
}
