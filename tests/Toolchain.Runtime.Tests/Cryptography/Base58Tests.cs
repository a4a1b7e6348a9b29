using Protocol.Toolchain.Runtime.Cryptography;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Cryptography;

/// <summary>Vectors of neo tests/Neo.UnitTests/Cryptography/UT_Base58.cs (from bitcoin's base58_encode_decode.json).</summary>
public class Base58Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("61", "2g")]
    [InlineData("626262", "a3gV")]
    [InlineData("636363", "aPEr")]
    [InlineData("73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2")]
    [InlineData("00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L")]
    [InlineData("516b6fcd0f", "ABnLTmg")]
    [InlineData("bf4f89001e670274dd", "3SEo3LWLoPntC")]
    [InlineData("572e4794", "3EFU7m")]
    [InlineData("ecac89cad93923c02321", "EJDM8drfXA6uyA")]
    [InlineData("10c8511e", "Rt5zm")]
    [InlineData("00000000000000000000", "1111111111")]
    [InlineData("000111d38e5fc9071ffcd20b4a763cc9ae4f252bb4e48fd66a835e252ada93ff480d6dd43dc62a641155a5", "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")]
    [InlineData("00", "1")]
    [InlineData("00010203040506070809", "1kA3B2yGe2z4")]
    public void Encode_and_decode(string hex, string text)
    {
        Assert.Equal(text, Base58.Encode(FromHex(hex)));
        Assert.Equal(hex, ToHex(Base58.Decode(text)));
    }

    [Fact]
    public void All_bytes_vector()
    {
        var data = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        const string expected =
            "1cWB5HCBdLjAuqGGReWE3R3CguuwSjw6RHn39s2yuDRTS5NsBgNiFpWgAnEx6VQi8csexkgYw3mdYrMHr8x9i7aEw" +
            "P8kZ7vccXWqKDvGv3u1GxFKPuAkn8JCPPGDMf3vMMnbzm6Nh9zh1gcNsMvH3ZNLmP5fSG6DGbbi2tuwMWPthr4boW" +
            "wCxf7ewSgNQeacyozhKDDQQ1qL5fQFUW52QKUZDZ5fw3KXNQJMcNTcaB723LchjeKun7MuGW5qyCBZYzA1KjofN1g" +
            "YBV3NqyhQJ3Ns746GNuf9N2pQPmHz4xpnSrrfCvy6TVVz5d4PdrjeshsWQwpZsZGzvbdAdN8MKV5QsBDY";
        Assert.Equal(expected, Base58.Encode(data));
        Assert.Equal(data, Base58.Decode(expected));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("O")]
    [InlineData("I")]
    [InlineData("l")]
    [InlineData("+")]
    [InlineData("/")]
    [InlineData("中")]
    public void Invalid_characters_are_rejected(string text) => Assert.Throws<FormatException>(() => Base58.Decode(text));

    [Fact]
    public void Check_round_trip_and_checksum_errors()
    {
        var data = FromHex("35" + "00000000000000000000000000000000000000ff");
        var text = Base58.CheckEncode(data);
        Assert.Equal(data, Base58.CheckDecode(text));
        var tampered = text[..^1] + (text[^1] == 'a' ? 'b' : 'a');
        Assert.Throws<FormatException>(() => Base58.CheckDecode(tampered));
        Assert.Throws<FormatException>(() => Base58.CheckDecode("2g"));
    }
}
