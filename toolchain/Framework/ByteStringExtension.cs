using System;
using Neo.SmartContract.Framework.Native;

namespace Neo.SmartContract.Framework
{
    /// <summary>Text tests and searches on ByteString (searches run in StdLib).</summary>
    public static class ByteStringExtension
    {
        /// <summary>Every byte is an ASCII digit.</summary>
        public static bool IsNumber(this ByteString byteString) => AllWithin(byteString, (byte)'0', (byte)'9', 0, 0);

        /// <summary>Every byte is an ASCII lower-case letter.</summary>
        public static bool IsLowerAlphabet(this ByteString byteString) => AllWithin(byteString, (byte)'a', (byte)'z', 0, 0);

        /// <summary>Every byte is an ASCII upper-case letter.</summary>
        public static bool IsUpperAlphabet(this ByteString byteString) => AllWithin(byteString, (byte)'A', (byte)'Z', 0, 0);

        /// <summary>Every byte is an ASCII letter.</summary>
        public static bool IsAlphabet(this ByteString byteString) => AllWithin(byteString, (byte)'A', (byte)'Z', (byte)'a', (byte)'z');

        public static int IndexOf(this ByteString byteString, ByteString toFind) => StdLib.MemorySearch(byteString, toFind);

        public static int LastIndexOf(this ByteString byteString, ByteString toFind) =>
            StdLib.MemorySearch(byteString, toFind, byteString.Length, true);

        [Obsolete("Use StartsWith.")]
        public static bool StartWith(this ByteString byteString, ByteString toFind) => byteString.StartsWith(toFind);

        public static bool StartsWith(this ByteString byteString, ByteString toFind) => StdLib.MemorySearch(byteString, toFind) == 0;

        public static bool EndsWith(this ByteString byteString, ByteString toFind)
        {
            int start = byteString.Length - toFind.Length;
            if (start < 0) return false;
            if (toFind.Length == 0) return true;
            return StdLib.MemorySearch(byteString, toFind, start) == start;
        }

        [Obsolete("Use EndsWith.")]
        public static bool EndWith(this ByteString byteString, ByteString toFind) => byteString.EndsWith(toFind);

        public static bool Contains(this ByteString byteString, ByteString toFind) => StdLib.MemorySearch(byteString, toFind) >= 0;

        public static ByteString[] Split(this ByteString byteString, ByteString separator, bool removeEmptyEntries = false) =>
            StdLib.StringSplit(byteString, separator, removeEmptyEntries);

        /// <summary>The number of text elements (StdLib.strLen).</summary>
        public static int TextElementCount(this ByteString byteString) => StdLib.StrLen(byteString);

        // True when each byte lies in [low1, high1] or in [low2, high2] (a second range of 0..0 never matches a byte ≥ 1).
        private static bool AllWithin(ByteString text, byte low1, byte high1, byte low2, byte high2)
        {
            int length = text.Length;
            for (int i = 0; i < length; i++)
            {
                byte b = text[i];
                bool first = b >= low1 && b <= high1;
                bool second = high2 != 0 && b >= low2 && b <= high2;
                if (!first && !second) return false;
            }
            return true;
        }
    }
}
