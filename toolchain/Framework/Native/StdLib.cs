using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>StdLib (id -2): serialisation, encodings, number text and memory helpers. Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0xacce6fd80d44e1796aa0c2c625e9e4e0ce39efc0")]
    public static class StdLib
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        /// <summary>Binary serialisation (reference §2.11).</summary>
        public static extern ByteString Serialize(object source);

        public static extern object Deserialize(ByteString source);

        public static extern string JsonSerialize(object? obj);

        public static extern object JsonDeserialize(string json);

        public static extern ByteString Base64Decode(string input);

        public static extern string Base64Encode(ByteString input);

        /// <summary>Echidna+.</summary>
        public static extern ByteString Base64UrlDecode(string input);

        /// <summary>Echidna+.</summary>
        public static extern string Base64UrlEncode(ByteString input);

        public static extern ByteString Base58Decode(string input);

        public static extern string Base58Encode(ByteString input);

        public static extern string Base58CheckEncode(ByteString input);

        public static extern ByteString Base58CheckDecode(string input);

        /// <summary>Faun+.</summary>
        public static extern string HexEncode(ByteString input);

        /// <summary>Faun+.</summary>
        public static extern ByteString HexDecode(string input);

        /// <summary>The value as text in base 10 or 16.</summary>
        public static extern string Itoa(BigInteger value, int @base = 10);

        public static extern string Itoa(int value, int @base = 10);

        public static extern string Itoa(uint value, int @base = 10);

        public static extern string Itoa(long value, int @base = 10);

        public static extern string Itoa(ulong value, int @base = 10);

        public static extern string Itoa(short value, int @base = 10);

        public static extern string Itoa(ushort value, int @base = 10);

        public static extern string Itoa(byte value, int @base = 10);

        public static extern string Itoa(sbyte value, int @base = 10);

        /// <summary>Parses base-10 or base-16 text.</summary>
        public static extern BigInteger Atoi(string value, int @base = 10);

        /// <summary>Negative, zero or positive as str1 sorts before, equal to or after str2 (bytewise).</summary>
        public static extern int MemoryCompare(ByteString str1, ByteString str2);

        /// <summary>The index of the first occurrence of value in mem, or -1.</summary>
        public static extern int MemorySearch(ByteString mem, ByteString value);

        public static extern int MemorySearch(ByteString mem, ByteString value, int start);

        /// <summary>Searches forward from start, or backward ending before start.</summary>
        public static extern int MemorySearch(ByteString mem, ByteString value, int start, bool backward);

        public static extern string[] StringSplit(string str, string separator);

        public static extern string[] StringSplit(string str, string separator, bool removeEmptyEntries);

        public static extern ByteString[] StringSplit(ByteString str, ByteString separator, bool removeEmptyEntries = false);

        /// <summary>The number of text elements (grapheme clusters).</summary>
        public static extern int StrLen(string str);
    }
}
