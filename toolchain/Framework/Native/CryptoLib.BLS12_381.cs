namespace Neo.SmartContract.Framework.Native
{
    /// <summary>The BLS12-381 methods of CryptoLib; points are opaque interop items.</summary>
    public static partial class CryptoLib
    {
        public static extern byte[] Bls12381Serialize(object data);

        public static extern object Bls12381Deserialize(byte[] data);

        public static extern bool Bls12381Equal(object x, object y);

        public static extern object Bls12381Add(object x, object y);

        public static extern object Bls12381Mul(object x, byte[] multiplier, bool multiplierIsNegative);

        public static extern object Bls12381Pairing(object g1, object g2);
    }
}
