using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;
using Array = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Runtime.Tests.Native;

/// <summary>
/// Vectors of neo tests/Neo.UnitTests/SmartContract/Native/UT_StdLib.cs (TestBinary, TestItoaAtoi, MemoryCompare,
/// CheckDecodeEncode, MemorySearch, StringSplit, StringElementLength, TestInvalidUtf8Sequence, Json_*,
/// TestRuntime_*, TestBase64Url, TestHexEncodeDecode, TestMemorySearch) against the pure StdLib functions.
/// </summary>
public class StdLibFunctionsTests
{
    private static readonly ExecutionEngineLimits Limits = ExecutionEngineLimits.Default;

    [Fact]
    public void TestBinary()
    {
        byte[] empty = [];
        Assert.Equal(empty, StdLibFunctions.Base64Decode(StdLibFunctions.Base64Encode(empty)));
        Assert.Equal(empty, StdLibFunctions.Base58Decode(StdLibFunctions.Base58Encode(empty)));
        byte[] data = [1, 2, 3];
        Assert.Equal(data, StdLibFunctions.Base64Decode(StdLibFunctions.Base64Encode(data)));
        Assert.Equal(data, StdLibFunctions.Base64Decode("A \r Q \t I \n D"));
        Assert.Equal(data, StdLibFunctions.Base58Decode(StdLibFunctions.Base58Encode(data)));
        Assert.Equal("AQIDBA==", StdLibFunctions.Base64Encode([1, 2, 3, 4]));
        Assert.Equal("2VfUX", StdLibFunctions.Base58Encode([1, 2, 3, 4]));
    }

    [Fact]
    public void TestItoaAtoi()
    {
        Assert.Equal("1", StdLibFunctions.Itoa(BigInteger.One, 10));
        Assert.Equal("1", StdLibFunctions.Itoa(BigInteger.One, 16));
        Assert.Equal("-1", StdLibFunctions.Itoa(BigInteger.MinusOne, 10));
        Assert.Equal("f", StdLibFunctions.Itoa(BigInteger.MinusOne, 16));
        Assert.Equal("3b9aca00", StdLibFunctions.Itoa(1_000_000_000, 16));
        Assert.Equal(-1, StdLibFunctions.Atoi("-1", 10));
        Assert.Equal(1, StdLibFunctions.Atoi("+1", 10));
        Assert.Equal(-1, StdLibFunctions.Atoi("ff", 16));
        Assert.Equal(-1, StdLibFunctions.Atoi("FF", 16));
        Assert.Throws<FormatException>(() => StdLibFunctions.Atoi("a", 10));
        Assert.Throws<FormatException>(() => StdLibFunctions.Atoi("g", 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => StdLibFunctions.Atoi("a", 11));
        Assert.Equal(BigInteger.One, StdLibFunctions.Atoi(StdLibFunctions.Itoa(BigInteger.One)));
        Assert.Equal(BigInteger.MinusOne, StdLibFunctions.Atoi(StdLibFunctions.Itoa(BigInteger.MinusOne)));
    }

    [Fact]
    public void MemoryCompare()
    {
        byte[] Ab(string s) => Encoding.UTF8.GetBytes(s);
        Assert.Equal(-1, StdLibFunctions.MemoryCompare(Ab("abc"), Ab("c")));
        Assert.Equal(-1, StdLibFunctions.MemoryCompare(Ab("abc"), Ab("d")));
        Assert.Equal(0, StdLibFunctions.MemoryCompare(Ab("abc"), Ab("abc")));
        Assert.Equal(-1, StdLibFunctions.MemoryCompare(Ab("abc"), Ab("abcd")));
        Assert.Equal(1, StdLibFunctions.MemoryCompare(Ab("b"), Ab("abcd")));
        Assert.Equal(1, StdLibFunctions.MemoryCompare([0xff], [0x01, 0x02]));
    }

    [Fact]
    public void CheckDecodeEncode()
    {
        Assert.Equal("3DUz7ncyT", StdLibFunctions.Base58CheckEncode([1, 2, 3]));
        Assert.Equal([1, 2, 3], StdLibFunctions.Base58CheckDecode("3DUz7ncyT"));
        Assert.Throws<FormatException>(() => StdLibFunctions.Base58CheckDecode("AA"));
        Assert.Throws<FormatException>(() => StdLibFunctions.Base58CheckDecode("3DUz7ncyU"));
        Assert.Throws<FormatException>(() => StdLibFunctions.Base58Decode("0OIl"));
        Assert.ThrowsAny<ArgumentException>(() => StdLibFunctions.Base58CheckDecode(null!));
    }

    [Theory]
    [InlineData(0, false, 2)]
    [InlineData(1, false, 2)]
    [InlineData(2, false, 2)]
    [InlineData(3, false, -1)]
    [InlineData(0, true, -1)]
    [InlineData(1, true, -1)]
    [InlineData(2, true, -1)]
    [InlineData(3, true, 2)]
    public void MemorySearch(int start, bool backward, int expected)
    {
        var abc = Encoding.UTF8.GetBytes("abc");
        Assert.Equal(expected, StdLibFunctions.MemorySearch(abc, "c"u8.ToArray(), start, backward));
        Assert.Equal(-1, StdLibFunctions.MemorySearch(abc, "d"u8.ToArray(), 0, backward));
        if (!backward) Assert.Equal(expected, StdLibFunctions.MemorySearch(abc, "c"u8.ToArray(), start));
    }

    [Fact]
    public void TestMemorySearch()
    {
        byte[] bytes = [0x00, 0x01, 0x02, 0x03];
        byte[] value = [0x03];
        Assert.Equal(3, StdLibFunctions.MemorySearch(bytes, value, 0, false));
        Assert.Equal(3, StdLibFunctions.MemorySearch(bytes, value, bytes.Length - 1, false));
        Assert.Equal(3, StdLibFunctions.MemorySearch(bytes, value, bytes.Length, true));
        Assert.Equal(3, StdLibFunctions.MemorySearch(bytes, value));
    }

    [Fact]
    public void MemorySearch_edge_cases()
    {
        byte[] mem = [1, 2, 1, 2];
        Assert.Equal(2, StdLibFunctions.MemorySearch(mem, [1, 2], 1));
        Assert.Equal(0, StdLibFunctions.MemorySearch(mem, [1, 2], 3, true));
        Assert.Equal(2, StdLibFunctions.MemorySearch(mem, [1, 2], 4, true));
        Assert.Equal(1, StdLibFunctions.MemorySearch(mem, [], 1));
        Assert.Equal(3, StdLibFunctions.MemorySearch(mem, [], 3, true));
        Assert.Equal(4, StdLibFunctions.MemorySearch(mem, [], 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => StdLibFunctions.MemorySearch(mem, [1], 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => StdLibFunctions.MemorySearch(mem, [1], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StdLibFunctions.MemorySearch(mem, [1], 5, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => StdLibFunctions.MemorySearch(mem, [1], -1, true));
    }

    [Fact]
    public void StringSplit()
    {
        Assert.Equal(["a", "b"], StdLibFunctions.StringSplit("a,b", ","));
        Assert.Equal(["a", "", "b", ""], StdLibFunctions.StringSplit("a,,b,", ","));
        Assert.Equal(["a", "b"], StdLibFunctions.StringSplit("a,,b,", ",", true));
        Assert.Equal(["a", "b"], StdLibFunctions.StringSplit("a::b", "::"));
        Assert.Equal(["a,b"], StdLibFunctions.StringSplit("a,b", ""));
        Assert.Equal([""], StdLibFunctions.StringSplit("", ","));
        Assert.Empty(StdLibFunctions.StringSplit("", ",", true));
    }

    [Fact]
    public void StringElementLength_and_InvalidUtf8Sequence()
    {
        Assert.Equal(1, StdLibFunctions.StrLen("🦆"));
        Assert.Equal(1, StdLibFunctions.StrLen("ã"));
        Assert.Equal(1, StdLibFunctions.StrLen("a"));
        Assert.Equal(1, StdLibFunctions.StrLen("a\u0303"));
        Assert.Equal(1, StdLibFunctions.StrLen("👨‍👩‍👧"));
        Assert.Equal(0, StdLibFunctions.StrLen(""));
        var bad = ((char)0xff).ToString();
        Assert.Equal(1, StdLibFunctions.StrLen(bad));
        Assert.Equal(3, StdLibFunctions.StrLen(bad + "ab"));
    }

    [Fact]
    public void Json_and_binary_serialization()
    {
        Assert.Equal(123, StdLibFunctions.JsonDeserialize("123"u8.ToArray(), Limits).GetInteger());
        Assert.IsType<Null>(StdLibFunctions.JsonDeserialize("null"u8.ToArray(), Limits));
        Assert.Throws<FormatException>(() => StdLibFunctions.JsonDeserialize("***"u8.ToArray(), Limits));
        Assert.Throws<FormatException>(() => StdLibFunctions.JsonDeserialize("123.45"u8.ToArray(), Limits));
        Assert.Equal("5"u8.ToArray(), StdLibFunctions.JsonSerialize(5, Limits));
        Assert.Equal("[null]"u8.ToArray(), StdLibFunctions.JsonSerialize(new Array([StackItem.Null]), Limits));
        Assert.Equal("210164", ToHex(StdLibFunctions.Serialize(100, Limits)));
        Assert.Equal("280474657374", ToHex(StdLibFunctions.Serialize("test", Limits)));
        Assert.Equal(100, StdLibFunctions.Deserialize(FromHex("210164"), Limits).GetInteger());
        Assert.Equal("test", StdLibFunctions.Deserialize(FromHex("280474657374"), Limits).GetString());
    }

    [Fact]
    public void TestBase64Url()
    {
        const string text = "Subject=test@example.com&Issuer=https://example.com";
        const string encoded = "U3ViamVjdD10ZXN0QGV4YW1wbGUuY29tJklzc3Vlcj1odHRwczovL2V4YW1wbGUuY29t";
        Assert.Equal(encoded, StdLibFunctions.Base64UrlEncode(text));
        Assert.Equal(text, StdLibFunctions.Base64UrlDecode(encoded));
        Assert.Equal(text, StdLibFunctions.Base64UrlDecode("U 3 \t V \n \riamVjdD10ZXN0QGV4YW1wbGUuY29tJklzc3Vlcj1odHRwczovL2V4YW1wbGUuY29t"));
    }

    [Fact]
    public void TestHexEncodeDecode()
    {
        Assert.Equal("00010203", StdLibFunctions.HexEncode([0x00, 0x01, 0x02, 0x03]));
        Assert.Equal([0x00, 0x01, 0x02, 0x03], StdLibFunctions.HexDecode("00010203"));
        Assert.Equal([0xab, 0xcd], StdLibFunctions.HexDecode("AbCd"));
        Assert.Equal("abcd", StdLibFunctions.HexEncode([0xab, 0xcd]));
        Assert.Empty(StdLibFunctions.HexDecode(""));
        Assert.Throws<FormatException>(() => StdLibFunctions.HexDecode("abc"));
        Assert.Throws<FormatException>(() => StdLibFunctions.HexDecode("0x00"));
        Assert.Throws<FormatException>(() => StdLibFunctions.HexDecode("zz"));
    }
}
