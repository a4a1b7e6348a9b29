using Protocol.Toolchain.Runtime.IO;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.IO;

/// <summary>Reader rules of neo's MemoryReader (§2.1 of the reference).</summary>
public class NeoBinaryReaderTests
{
    private static NeoBinaryReader Reader(string hex) => new(FromHex(hex));

    [Fact]
    public void Integers_are_little_endian()
    {
        var r = Reader("3412" + "78563412" + "efcdab8967452301" + "ffff" + "feffffff");
        Assert.Equal(0x1234, r.ReadUInt16());
        Assert.Equal(0x12345678u, r.ReadUInt32());
        Assert.Equal(0x0123456789abcdefUL, r.ReadUInt64());
        Assert.Equal(-1, r.ReadInt16());
        Assert.Equal(-2, r.ReadInt32());
        Assert.True(r.IsAtEnd);
    }

    [Theory]
    [InlineData("00", 0UL)]
    [InlineData("fc", 0xFCUL)]
    [InlineData("fdfd00", 0xFDUL)]
    [InlineData("fdffff", 0xFFFFUL)]
    [InlineData("fe00000100", 0x10000UL)]
    [InlineData("ff0000000001000000", 0x100000000UL)]
    [InlineData("fd0100", 1UL)] // non-canonical forms are accepted, as in neo
    public void VarInt_prefixes(string hex, ulong expected)
    {
        var r = Reader(hex);
        Assert.Equal(expected, r.ReadVarInt());
        Assert.True(r.IsAtEnd);
    }

    [Fact]
    public void VarInt_above_max_is_rejected()
    {
        var ex = Assert.Throws<FormatException>(() => Reader("fd0001").ReadVarInt(0xFF));
        Assert.Contains("exceeds the maximum", ex.Message);
    }

    [Theory]
    [InlineData("00", false)]
    [InlineData("01", true)]
    public void Booleans_zero_or_one(string hex, bool expected) => Assert.Equal(expected, Reader(hex).ReadBoolean());

    [Theory]
    [InlineData("02")]
    [InlineData("ff")]
    public void Other_boolean_bytes_are_rejected(string hex) =>
        Assert.Throws<FormatException>(() => Reader(hex).ReadBoolean());

    [Fact]
    public void Truncated_input_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => Reader("0102").ReadUInt32());
        Assert.Throws<FormatException>(() => Reader("fd01").ReadVarInt());
        Assert.Throws<FormatException>(() => Reader("05010203").ReadVarBytes());
        Assert.Throws<FormatException>(() => Reader("").ReadByte());
    }

    [Fact]
    public void VarBytes_and_VarString_respect_max()
    {
        Assert.Equal([1, 2, 3], Reader("03010203").ReadVarBytes(3));
        Assert.Throws<FormatException>(() => Reader("03010203").ReadVarBytes(2));
        Assert.Equal("abc", Reader("03616263").ReadVarString(3));
        Assert.Throws<FormatException>(() => Reader("03616263").ReadVarString(2));
    }

    [Theory]
    [InlineData("01ff")] // invalid byte
    [InlineData("02c080")] // overlong encoding
    [InlineData("03eda080")] // UTF-16 surrogate encoded in UTF-8
    [InlineData("02e282")] // truncated sequence
    public void VarString_is_strict_utf8(string hex) =>
        Assert.Throws<FormatException>(() => Reader(hex).ReadVarString());

    [Fact]
    public void VarString_decodes_multibyte_utf8() =>
        Assert.Equal("中文", Reader("06e4b8ade69687").ReadVarString());

    [Fact]
    public void Fixed_string_stops_at_zero_and_requires_zero_tail()
    {
        Assert.Equal("ab", Reader("61620000").ReadFixedString(4));
        Assert.Equal("abcd", Reader("61626364").ReadFixedString(4));
        Assert.Equal("", Reader("00000000").ReadFixedString(4));
        var ex = Assert.Throws<FormatException>(() => Reader("61620063").ReadFixedString(4));
        Assert.Contains("padding", ex.Message);
        Assert.Throws<FormatException>(() => Reader("ff000000").ReadFixedString(4));
    }

    [Fact]
    public void EnsureEnd_reports_trailing_data()
    {
        var r = Reader("0102");
        r.ReadByte();
        Assert.Throws<FormatException>(r.EnsureEnd);
        r.ReadByte();
        r.EnsureEnd();
    }

    [Fact]
    public void Peek_does_not_consume()
    {
        var r = Reader("2a");
        Assert.Equal(0x2a, r.Peek());
        Assert.Equal(0, r.Position);
        Assert.Equal(0x2a, r.ReadByte());
    }
}
