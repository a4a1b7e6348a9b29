using Protocol.Services.Coverage.Reports;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.Coverage.Tests.Reports;

/// <summary>
/// The README's example reports. The key is secp256r1's generator G (private key 1), so every byte here can be checked
/// by hand; the expected bytes were written out field by field from the README's table, not produced by the encoder.
/// </summary>
public static class EncodingVectors
{
    public static readonly byte[] PrivateKeyOne = Convert.FromHexString("0000000000000000000000000000000000000000000000000000000000000001");

    public static KeyPair Pair => new(PrivateKeyOne);

    /// <summary>G, compressed: y of G is odd, so 0x03.</summary>
    public const string KeyHex = "036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296";

    public static HotspotKey Key => HotspotKey.Parse(KeyHex);

    public static readonly byte[] Remote = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    public static readonly byte[] Local = [0xde, 0xad, 0xbe, 0xef];
    public static readonly byte[] Data = Enumerable.Repeat((byte)0xaa, 32).ToArray();

    public static BeaconReport Beacon => new(Key, 860833102, 1_700_000_060_000, 1_700_000_000_000, Remote, Local, Data, 904_100_000, 27);

    public static WitnessReport Witness => new(Key, 860833102, 1_700_000_060_400, Data, 904_100_000, -1005, -75);

    public static readonly string BeaconHex = string.Concat(
        "11", "424d452d504f432d424541434f4e2d7631",    // u8 17 ‖ "BME-POC-BEACON-v1"
        KeyHex,                                          // hotspot key, 33 bytes
        "4e454f33",                                      // network 860833102 = 0x334f454e, u32 LE
        "6052e6cf8b010000",                              // timestamp 1 700 000 060 000 ms, i64 LE
        "0068e5cf8b010000",                              // entropy start 1 700 000 000 000 ms, i64 LE
        "20", "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", // remote entropy
        "04", "deadbeef",                                // local entropy
        "20", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", // data
        "a078e33500000000",                              // frequency 904 100 000 Hz, u64 LE
        "1b000000");                                     // tx power 27 dBm, i32 LE

    public const string BeaconId = "30af954f788839337f8541569179911ecf00de0b34bbb81cd8a0e8890c9f7625";

    public static readonly string WitnessHex = string.Concat(
        "12", "424d452d504f432d5749544e4553532d7631",  // u8 18 ‖ "BME-POC-WITNESS-v1"
        KeyHex,
        "4e454f33",
        "f053e6cf8b010000",                              // timestamp 1 700 000 060 400 ms
        "20", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", // beacon data
        "a078e33500000000",                              // frequency
        "13fcffff",                                      // signal −1005 deci-dBm, i32 LE
        "b5ffffff");                                     // SNR −75 deci-dB, i32 LE

    public const string WitnessId = "fd18c5408043d533ebfeec72ce299f0ccd6fd03007ec6dd5ab159a2d045003ec";

    /// <summary>SHA-256(0f ‖ "BME-POC-DATA-v1" ‖ i64le(entropy start) ‖ 20 ‖ remote ‖ 04 ‖ local ‖ key).</summary>
    public const string Payload = "f8b098f24bf07de23868523c46b387e174f27e4971b83dee42997b5ae27a3f23";
}
