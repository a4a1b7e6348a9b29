using System.Security.Cryptography;
using System.Text;
using Protocol.Services.Coverage.Reports;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.Coverage.Tests.Support;

/// <summary>Deterministic secp256r1 key pairs: the private key of "name" is SHA-256(name).</summary>
public static class TestKeys
{
    public static KeyPair Pair(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes(name)));

    public static HotspotKey Key(string name) => HotspotKey.From(Pair(name).PublicKey);
}
