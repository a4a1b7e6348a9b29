using System;
using Neo.SmartContract.Framework.Native;

namespace Neo.SmartContract.Framework.Helpers
{
    /// <summary>Text parsing for UInt160/UInt256/ECPoint.Parse, written with contract-safe constructs only.</summary>
    internal static class ParseHelper
    {
        /// <summary>Hex digits (an optional 0x/0X first) to bytes in written order; throws FormatException otherwise.</summary>
        internal static byte[] ParseHex(byte[] text)
        {
            byte[]? bytes = TryParseHex(text);
            if (bytes is null) throw new FormatException("Invalid hex string.");
            return bytes;
        }

        /// <summary>As ParseHex, but null when the text is not an even run of hex digits.</summary>
        internal static byte[]? TryParseHex(byte[] text)
        {
            int start = text.Length >= 2 && text[0] == (byte)'0' && (text[1] == (byte)'x' || text[1] == (byte)'X') ? 2 : 0;
            int digits = text.Length - start;
            if (digits % 2 != 0) return null;
            byte[] result = new byte[digits / 2];
            for (int i = 0; i < result.Length; i++)
            {
                int high = Nibble(text[start + 2 * i]);
                int low = Nibble(text[start + 2 * i + 1]);
                if (high < 0 || low < 0) return null;
                result[i] = (byte)(high * 16 + low);
            }
            return result;
        }

        /// <summary>The 20-byte hash of a Base58Check address whose version byte must equal <paramref name="version"/>.</summary>
        internal static byte[] ParseAddress(string address, byte version)
        {
            byte[] decoded = (byte[])StdLib.Base58CheckDecode(address);
            if (decoded.Length != 21) throw new FormatException("Invalid address length.");
            if (decoded[0] != version) throw new FormatException("Invalid address version.");
            return Helper.Last(decoded, 20);
        }

        private static int Nibble(byte c)
        {
            if (c >= (byte)'0' && c <= (byte)'9') return c - (byte)'0';
            if (c >= (byte)'a' && c <= (byte)'f') return c - (byte)'a' + 10;
            if (c >= (byte)'A' && c <= (byte)'F') return c - (byte)'A' + 10;
            return -1;
        }
    }
}
