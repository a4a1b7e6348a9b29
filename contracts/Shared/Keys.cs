using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.Shared
{
    /// <summary>Storage key parts. Ordinal parts (ids, epochs) are fixed-width big-endian so Storage.Find walks them in order.</summary>
    public static class Keys
    {
        /// <summary>The low <paramref name="size"/> bytes of a non-negative value, most significant first.</summary>
        public static ByteString BigEndian(BigInteger value, int size)
        {
            var bytes = new byte[size];
            for (int i = size - 1; i >= 0; i--)
            {
                bytes[i] = (byte)(value & 0xff);
                value >>= 8;
            }
            return (ByteString)bytes;
        }
    }
}
