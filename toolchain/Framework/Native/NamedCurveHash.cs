namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Curve and hash for CryptoLib.VerifyWithECDsa.</summary>
    public enum NamedCurveHash : byte
    {
        secp256k1SHA256 = 22,
        secp256r1SHA256 = 23,
        secp256k1Keccak256 = 122,
        secp256r1Keccak256 = 123,
    }
}
