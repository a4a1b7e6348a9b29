using System;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>CryptoLib (id -3): hashes and signature checks (BLS12-381 in CryptoLib.BLS12_381.cs). Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0x726cb6e0cd8628a1350a611384688911ab75f51b")]
    public static partial class CryptoLib
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        /// <summary>The 33-byte compressed secp256k1 key that signed a 32-byte hash (65-byte r‖s‖v signature), or null. Echidna+.</summary>
        public static extern ByteString? RecoverSecp256K1(ByteString messageHash, ByteString signature);

        public static extern ByteString Sha256(ByteString value);

        public static extern ByteString Ripemd160(ByteString value);

        /// <summary>Cockatrice+.</summary>
        public static extern ByteString Keccak256(ByteString value);

        public static extern ByteString Murmur32(ByteString value, uint seed);

        [Obsolete("Use the overload taking NamedCurveHash.")]
        public static extern bool VerifyWithECDsa(ByteString message, ECPoint pubkey, ByteString signature, NamedCurve curve);

        public static extern bool VerifyWithECDsa(ByteString message, ECPoint pubkey, ByteString signature, NamedCurveHash curveHash);

        /// <summary>Echidna+.</summary>
        public static extern bool VerifyWithEd25519(ByteString message, ByteString pubkey, ByteString signature);
    }
}
