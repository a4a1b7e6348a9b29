using System;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Helpers;

namespace Neo.SmartContract.Framework
{
    /// <summary>A 33-byte compressed secp256r1 public key, a ByteString at run time.</summary>
    public abstract class ECPoint : ByteString
    {
        /// <summary>True for a ByteString of exactly 33 bytes.</summary>
        public extern bool IsValid
        {
            [OpCode(OpCode.DUP)]
            [OpCode(OpCode.ISTYPE, "0x28")]
            [OpCode(OpCode.SWAP)]
            [OpCode(OpCode.SIZE)]
            [OpCode(OpCode.PUSHINT8, "21")]
            [OpCode(OpCode.NUMEQUAL)]
            [OpCode(OpCode.BOOLAND)]
            get;
        }

        /// <summary>Null stays null; any other length than 33 THROWs.</summary>
        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.ISNULL)]
        [OpCode(OpCode.JMPIF, "09")]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.SIZE)]
        [OpCode(OpCode.PUSHINT8, "21")]
        [OpCode(OpCode.JMPEQ, "03")]
        [OpCode(OpCode.THROW)]
        public static extern explicit operator ECPoint(byte[] value);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern explicit operator byte[](ECPoint value);

        /// <summary>A key from 66 hex digits (optional 0x), in the order they are written.</summary>
        public static ECPoint Parse(string value)
        {
            if (value is null) throw new FormatException("Value cannot be null.");
            byte[] bytes = ParseHelper.ParseHex(value.ToByteArray());
            if (bytes.Length != 33) throw new FormatException("ECPoint must be 33 bytes long.");
            return (ECPoint)bytes;
        }

        /// <summary>A constant hex public key, converted by the compiler; runtime strings need Parse.</summary>
        public static extern implicit operator ECPoint(string value);
    }
}
