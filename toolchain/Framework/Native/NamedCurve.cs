using System;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>The curve-only form of NamedCurveHash (SHA-256 implied).</summary>
    [Obsolete("Use NamedCurveHash.")]
    public enum NamedCurve : byte
    {
        [Obsolete("Use NamedCurveHash.secp256k1SHA256.")]
        secp256k1 = 22,
        [Obsolete("Use NamedCurveHash.secp256r1SHA256.")]
        secp256r1 = 23,
    }
}
