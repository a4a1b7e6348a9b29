using System;
using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework
{
    /// <summary>Conversions and byte/integer helpers that compile to a few inline instructions.</summary>
    public static class Helper
    {
        [OpCode(OpCode.PUSH1)]
        [OpCode(OpCode.LEFT)]
        public static extern byte[] ToByteArray(this byte source);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern byte[] ToByteArray(this sbyte source);

        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public static extern byte[] ToByteArray(this string source);

        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern string ToByteString(this byte[] source);

        [OpCode(OpCode.NUMEQUAL)]
        public static extern bool NumEqual(BigInteger a, BigInteger b);

        [OpCode(OpCode.NUMNOTEQUAL)]
        public static extern bool NumNotEqual(BigInteger a, BigInteger b);

        /// <summary>a ≤ x &lt; b.</summary>
        [OpCode(OpCode.WITHIN)]
        public static extern bool Within(this BigInteger x, BigInteger a, BigInteger b);

        /// <summary>a ≤ x &lt; b.</summary>
        [OpCode(OpCode.WITHIN)]
        public static extern bool Within(this int x, BigInteger a, BigInteger b);

        // As*: reinterpret a one-byte integer; FAULTs unless its minimal encoding is exactly one byte.
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.SIZE)]
        [OpCode(OpCode.PUSH1)]
        [OpCode(OpCode.NUMEQUAL)]
        [OpCode(OpCode.ASSERT)]
        public static extern sbyte AsSbyte(this BigInteger source);

        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.SIZE)]
        [OpCode(OpCode.PUSH1)]
        [OpCode(OpCode.NUMEQUAL)]
        [OpCode(OpCode.ASSERT)]
        public static extern sbyte AsSbyte(this int source);

        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.SIZE)]
        [OpCode(OpCode.PUSH1)]
        [OpCode(OpCode.NUMEQUAL)]
        [OpCode(OpCode.ASSERT)]
        public static extern byte AsByte(this BigInteger source);

        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.SIZE)]
        [OpCode(OpCode.PUSH1)]
        [OpCode(OpCode.NUMEQUAL)]
        [OpCode(OpCode.ASSERT)]
        public static extern byte AsByte(this int source);

        // ToSbyte: 128..255 wrap to -128..-1; anything outside -128..255 FAULTs.
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.PUSHINT8, "7f")]
        [OpCode(OpCode.JMPLE, "06")]
        [OpCode(OpCode.PUSHINT16, "0001")]
        [OpCode(OpCode.SUB)]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.PUSHINT8, "80")]
        [OpCode(OpCode.PUSHINT16, "8000")]
        [OpCode(OpCode.WITHIN)]
        [OpCode(OpCode.ASSERT)]
        public static extern sbyte ToSbyte(this BigInteger source);

        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.PUSHINT8, "7f")]
        [OpCode(OpCode.JMPLE, "06")]
        [OpCode(OpCode.PUSHINT16, "0001")]
        [OpCode(OpCode.SUB)]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.PUSHINT8, "80")]
        [OpCode(OpCode.PUSHINT16, "8000")]
        [OpCode(OpCode.WITHIN)]
        [OpCode(OpCode.ASSERT)]
        public static extern sbyte ToSbyte(this int source);

        // ToByte: FAULTs outside 0..255, then stores 128..255 as the signed byte value.
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.PUSH0)]
        [OpCode(OpCode.PUSHINT16, "0001")]
        [OpCode(OpCode.WITHIN)]
        [OpCode(OpCode.ASSERT)]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.PUSHINT8, "7f")]
        [OpCode(OpCode.JMPLE, "06")]
        [OpCode(OpCode.PUSHINT16, "0001")]
        [OpCode(OpCode.SUB)]
        public static extern byte ToByte(this BigInteger source);

        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.PUSH0)]
        [OpCode(OpCode.PUSHINT16, "0001")]
        [OpCode(OpCode.WITHIN)]
        [OpCode(OpCode.ASSERT)]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.PUSHINT8, "7f")]
        [OpCode(OpCode.JMPLE, "06")]
        [OpCode(OpCode.PUSHINT16, "0001")]
        [OpCode(OpCode.SUB)]
        public static extern byte ToByte(this int source);

        [OpCode(OpCode.CAT)]
        public static extern byte[] Concat(this byte[] first, byte[] second);

        [OpCode(OpCode.CAT)]
        public static extern byte[] Concat(this byte[] first, ByteString second);

        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.CONVERT, StackItemType.ByteString)]
        public static extern ByteString Concat(this ByteString first, ByteString second);

        [OpCode(OpCode.SUBSTR)]
        public static extern byte[] Range(this byte[] source, int index, int count);

        [OpCode(OpCode.LEFT)]
        public static extern byte[] Take(this byte[] source, int count);

        [OpCode(OpCode.RIGHT)]
        public static extern byte[] Last(this byte[] source, int count);

        /// <summary>Reverses the items in place and returns the same array.</summary>
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.REVERSEITEMS)]
        public static extern byte[] Reverse(this Array source);

        [OpCode(OpCode.SQRT)]
        public static extern BigInteger Sqrt(this BigInteger x);

        /// <summary>(x × y) mod modulus.</summary>
        [OpCode(OpCode.MODMUL)]
        public static extern BigInteger ModMultiply(this BigInteger x, BigInteger y, BigInteger modulus);

        /// <summary>The inverse of value modulo modulus (MODPOW with exponent -1).</summary>
        public static BigInteger ModInverse(this BigInteger value, BigInteger modulus) => BigInteger.ModPow(value, -1, modulus);
    }
}
