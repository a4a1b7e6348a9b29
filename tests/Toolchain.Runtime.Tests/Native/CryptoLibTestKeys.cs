using NetEcdsa = System.Security.Cryptography.ECDsa;
using NetParameters = System.Security.Cryptography.ECParameters;
using HashAlgorithmName = System.Security.Cryptography.HashAlgorithmName;
using Protocol.Toolchain.Runtime.Cryptography;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Native;

/// <summary>
/// Keys from neo's UT_CryptoLib/UT_Crypto and an ECDSA signer/verifier built the way neo's Crypto.Sign works on
/// Linux (.NET over OpenSSL, secp256k1 through the "secP256k1" named curve). The verifier is the oracle for what
/// neo's CryptoLib computes on secp256k1.
/// </summary>
internal static class CryptoLibTestKeys
{
    // UT_CryptoLib.TestVerifyWithECDsa
    public static readonly byte[] PrivR1 = FromHex("6e63fda41e9e3aba9bb5696d58a75731f044a9bdc48fe546da571543b2fa460e");
    public const string PubR1 = "04cae768e1cf58d50260cab808da8d6d83d5d3ab91eac41cdce577ce5862d736413643bdecd6d21c3b66f122ab080f9219204b10aa8bbceb86c1896974768648f3";
    public static readonly byte[] PrivK1 = FromHex("0b5fb3a050385196b327be7d86cbce6e40a04c8832445af83ad19c82103b3ed9");
    public const string PubK1 = "04b6363b353c3ee1620c5af58594458aa00abf43a6d134d7c4cb2d901dc0f474fd74c94740bd7169aa0b1ef7bc657e824b1d7f4283c547e7ec18c8576acf84418a";

    // UT_CryptoLib.TestVerifyWithECDsa_CustomTxWitness_SingleSig / _MultiSig (secp256k1 + Keccak256 witnesses)
    public static readonly (string Priv, string Pub)[] WitnessKeysK1 =
    [
        ("7177f0d04c79fa0b8c91fe90c1cf1d44772d1fba6e5eb9b281a22cd3aafb51fe", "04fd0a8c1ce5ae5570fdd46e7599c16b175bf0ebdfe9c178f1ab848fb16dac74a5d301b0534c7bcf1b3760881f0c420d17084907edd771e1c9c8e941bbf6ff9108"),
        ("b2dde592bfce654ef03f1ceea452d2b0112e90f9f52099bcd86697a2bd0a2b60", "040486468683c112125978ffe876245b2006bfe739aca8539b67335079262cb27ad0dedc9e5583f99b61c6f46bf80b97eaec3654b87add0e5bd7106c69922a229d"),
        ("b9879e26941872ee6c9e6f01045681496d8170ed2cc4a54ce617b39ae1891b3a", "040d26fc2ad3b1aae20f040b5f83380670f8ef5c2b2ac921ba3bdd79fd0af0525177715fd4370b1012ddd10579698d186ab342c223da3e884ece9cab9b6638c7bb"),
        ("4e1fe2561a6da01ee030589d504d62b23c26bfd56c5e07dfc9b8b74e4602832a", "047b4e72ae854b6a0955b3e02d92651ab7fa641a936066776ad438f95bb674a269a63ff98544691663d91a6cfcd215831f01bfb7a226363a6c5c67ef14541dba07"),
        ("6dfd066bb989d3786043aa5c1f0476215d6f5c44f5fc3392dd15e2599b67a728", "04b62ac4c8a352a892feceb18d7e2e3a62c8c1ecbaae5523d89d747b0219276e225be2556a137e0e806e4915762d816cdb43f572730d23bb1b1cba750011c4edc6"),
    ];

    public static byte[] Compressed(string uncompressedHex, ECCurve curve) => ECPoint.Parse(uncompressedHex, curve).Encode(true);

    /// <summary>r‖s over SHA-256 or Keccak-256 of <paramref name="message"/>, as neo's Crypto.Sign.</summary>
    public static byte[] Sign(byte[] message, byte[] privateKey, bool k1, bool keccak)
    {
        using var ecdsa = NetEcdsa.Create(new NetParameters { Curve = NetCurve(k1), D = privateKey });
        return keccak ? ecdsa.SignHash(Hashes.Keccak256(message)) : ecdsa.SignData(message, HashAlgorithmName.SHA256);
    }

    /// <summary>OpenSSL's verdict on r‖s over a 32-byte digest (neo's secp256k1 path on Linux).</summary>
    public static bool OpenSslVerifyHash(ECPoint key, byte[] digest, byte[] signature)
    {
        var q = key.Encode(false);
        using var ecdsa = NetEcdsa.Create(new NetParameters
        {
            Curve = NetCurve(ReferenceEquals(key.Curve, ECCurve.Secp256k1)),
            Q = new System.Security.Cryptography.ECPoint { X = q[1..33], Y = q[33..] },
        });
        return ecdsa.VerifyHash(digest, signature);
    }

    private static System.Security.Cryptography.ECCurve NetCurve(bool k1) =>
        k1 ? System.Security.Cryptography.ECCurve.CreateFromFriendlyName("secP256k1")
           : System.Security.Cryptography.ECCurve.NamedCurves.nistP256;
}
