using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm.Types;
using Buffer = Protocol.Toolchain.Vm.Types.Buffer;

namespace Protocol.Toolchain.Runtime.Tests.Native;

/// <summary>
/// StdLib's MaxInputLength (1024 bytes, [MaxLength] parameters of neo StdLib.cs → InvalidOperationException),
/// two's complement hex in itoa/atoi, and the bad-input behaviour of the .NET and IdentityModel calls Neo makes.
/// </summary>
public class StdLibFunctionsLimitTests
{
    private static readonly byte[] Max = new byte[1024];
    private static readonly byte[] Over = new byte[1025];
    private static readonly string MaxText = new('1', 1024);
    private static readonly string OverText = new('1', 1025);

    public static TheoryData<string, Action<byte[]>> ByteFunctions => new()
    {
        { "base64Encode", b => StdLibFunctions.Base64Encode(b) },
        { "base58Encode", b => StdLibFunctions.Base58Encode(b) },
        { "base58CheckEncode", b => StdLibFunctions.Base58CheckEncode(b) },
        { "hexEncode", b => StdLibFunctions.HexEncode(b) },
        { "memoryCompare 1", b => StdLibFunctions.MemoryCompare(b, [1]) },
        { "memoryCompare 2", b => StdLibFunctions.MemoryCompare([1], b) },
        { "memorySearch", b => StdLibFunctions.MemorySearch(b, [1], 0, false) },
    };

    public static TheoryData<string, Action<string>> TextFunctions => new()
    {
        { "atoi", s => StdLibFunctions.Atoi(s) },
        { "atoi 16", s => StdLibFunctions.Atoi(s, 16) },
        { "base64Decode", s => StdLibFunctions.Base64Decode(s) },
        { "base64UrlEncode", s => StdLibFunctions.Base64UrlEncode(s) },
        { "base64UrlDecode", s => StdLibFunctions.Base64UrlDecode(s) },
        { "base58Decode", s => StdLibFunctions.Base58Decode(s) },
        { "base58CheckDecode", s => StdLibFunctions.Base58CheckDecode(s) },
        { "hexDecode", s => StdLibFunctions.HexDecode(s) },
        { "stringSplit", s => StdLibFunctions.StringSplit(s, ",") },
        { "stringSplit 3", s => StdLibFunctions.StringSplit(s, ",", true) },
        { "strLen", s => StdLibFunctions.StrLen(s) },
    };

    [Theory]
    [MemberData(nameof(ByteFunctions))]
    public void Byte_inputs_over_1024_bytes_fail(string name, Action<byte[]> call)
    {
        Assert.NotNull(name);
        call(Max);
        Assert.Throws<InvalidOperationException>(() => call(Over));
    }

    [Theory]
    [MemberData(nameof(TextFunctions))]
    public void Text_inputs_over_1024_utf8_bytes_fail(string name, Action<string> call)
    {
        Assert.NotNull(name);
        try { call(MaxText); } catch (FormatException) { } // content may be invalid for the codec; length is fine
        Assert.Throws<InvalidOperationException>(() => call(OverText));
        Assert.Throws<InvalidOperationException>(() => call(string.Concat(Enumerable.Repeat("é", 513))));
    }

    [Fact]
    public void Unchecked_parameters_and_the_raw_item_check()
    {
        Assert.Equal(-1, StdLibFunctions.MemorySearch([1], Over));
        Assert.Equal([MaxText], StdLibFunctions.StringSplit(MaxText, OverText));
        Assert.Equal(1024, StdLibFunctions.StrLen(string.Concat(Enumerable.Repeat("a", 1024))));
        Assert.Equal(512, StdLibFunctions.StrLen(string.Concat(Enumerable.Repeat("é", 512))));
        StdLibFunctions.AssertMaxInputLength(new ByteString(Max));
        StdLibFunctions.AssertMaxInputLength(new Buffer(Max));
        Assert.Throws<InvalidOperationException>(() => StdLibFunctions.AssertMaxInputLength(new ByteString(Over)));
        Assert.Throws<InvalidOperationException>(() => StdLibFunctions.AssertMaxInputLength(new Buffer(Over)));
    }

    [Theory]
    [InlineData(0, "0", "0")]
    [InlineData(255, "255", "0ff")]
    [InlineData(128, "128", "080")]
    [InlineData(127, "127", "7f")]
    [InlineData(-128, "-128", "80")]
    [InlineData(-129, "-129", "f7f")]
    [InlineData(-256, "-256", "f00")]
    [InlineData(4096, "4096", "1000")]
    [InlineData(32768, "32768", "08000")]
    public void Itoa_hex_is_twos_complement_and_atoi_reads_it_back(long value, string dec, string hex)
    {
        Assert.Equal(dec, StdLibFunctions.Itoa(value));
        Assert.Equal(hex, StdLibFunctions.Itoa(value, 16));
        Assert.Equal(value, (long)StdLibFunctions.Atoi(dec));
        Assert.Equal(value, (long)StdLibFunctions.Atoi(hex, 16));
    }

    [Fact]
    public void Itoa_and_atoi_reject_bad_bases_and_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StdLibFunctions.Itoa(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => StdLibFunctions.Itoa(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StdLibFunctions.Atoi("1", 8));
        Assert.Equal(-1, StdLibFunctions.Atoi("f", 16));
        Assert.Equal(15, StdLibFunctions.Atoi("0f", 16));
        Assert.Equal(BigInteger.Parse("-340282366920938463463374607431768211456"), StdLibFunctions.Atoi("-340282366920938463463374607431768211456"));
        Assert.Equal(0, StdLibFunctions.Atoi("-0"));
        foreach (var bad in new[] { "", " 1", "1 ", "1.0", "1e3", "1,000", "0x10", "--1", "+-1", "١" })
            Assert.Throws<FormatException>(() => StdLibFunctions.Atoi(bad));
        foreach (var bad in new[] { "", "-1", "+1", "0x10", " f", "f ", "fg" })
            Assert.Throws<FormatException>(() => StdLibFunctions.Atoi(bad, 16));
    }

    [Fact]
    public void Base64_bad_input()
    {
        Assert.Throws<FormatException>(() => StdLibFunctions.Base64Decode("A"));
        Assert.Throws<FormatException>(() => StdLibFunctions.Base64Decode("AQ="));
        Assert.Throws<FormatException>(() => StdLibFunctions.Base64Decode("AQ-_"));
        Assert.Equal([0xfb, 0xff], StdLibFunctions.Base64Decode("+/8="));
        Assert.Empty(StdLibFunctions.Base64Decode(""));
    }

    [Fact]
    public void Base64Url_alphabet_padding_and_lenient_utf8()
    {
        Assert.Equal("Pz4-", StdLibFunctions.Base64UrlEncode("?>>"));
        Assert.Equal("Pz8_", StdLibFunctions.Base64UrlEncode("???"));
        Assert.Equal("w78", StdLibFunctions.Base64UrlEncode("\u00ff"));
        Assert.Equal("", StdLibFunctions.Base64UrlEncode(""));
        Assert.Equal("?>>", StdLibFunctions.Base64UrlDecode("Pz4-"));
        Assert.Equal("???", StdLibFunctions.Base64UrlDecode("Pz8_"));
        Assert.Equal("\u00ff", StdLibFunctions.Base64UrlDecode("w78"));
        Assert.Equal("\u0001", StdLibFunctions.Base64UrlDecode("AQ"));
        Assert.Equal("\u0001", StdLibFunctions.Base64UrlDecode("AQ="));
        Assert.Equal("\u0001", StdLibFunctions.Base64UrlDecode("AQ=="));
        Assert.Equal("\uFFFD\uFFFD", StdLibFunctions.Base64UrlDecode("_-8"));
        Assert.Equal("", StdLibFunctions.Base64UrlDecode(""));
        Assert.Throws<FormatException>(() => StdLibFunctions.Base64UrlDecode("A"));
        Assert.Throws<FormatException>(() => StdLibFunctions.Base64UrlDecode("AQI!"));
        Assert.Throws<FormatException>(() => StdLibFunctions.Base64UrlDecode("A Q"));
        Assert.Throws<FormatException>(() => StdLibFunctions.Base64UrlDecode("é"));
        Assert.Equal(Encoding.UTF8.GetBytes("\uFFFD"), Encoding.UTF8.GetBytes(StdLibFunctions.Base64UrlDecode("_w")));
    }
}
