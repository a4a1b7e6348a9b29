using Protocol.Toolchain.Runtime.IO;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.IO;

public class NeoBinaryWriterTests
{
    private static string Write(Action<NeoBinaryWriter> action)
    {
        var writer = new NeoBinaryWriter();
        action(writer);
        return ToHex(writer.ToArray());
    }

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(0xFCL, "fc")]
    [InlineData(0xFDL, "fdfd00")]
    [InlineData(0xFFFFL, "fdffff")]
    [InlineData(0x10000L, "fe00000100")]
    [InlineData(0xFFFFFFFFL, "feffffffff")]
    [InlineData(0x100000000L, "ff0000000001000000")]
    public void VarInt_uses_the_shortest_form(long value, string hex)
    {
        Assert.Equal(hex, Write(w => w.WriteVarInt(value)));
        Assert.Equal(hex.Length / 2, VarSize.OfVarInt(value));
    }

    [Fact]
    public void Negative_VarInt_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NeoBinaryWriter().WriteVarInt(-1));

    [Fact]
    public void Integers_and_strings()
    {
        Assert.Equal("3412", Write(w => w.WriteUInt16(0x1234)));
        Assert.Equal("efcdab8967452301", Write(w => w.WriteInt64(0x0123456789abcdef)));
        Assert.Equal("0100", Write(w => { w.WriteBoolean(true); w.WriteBoolean(false); }));
        Assert.Equal("06e4b8ade69687", Write(w => w.WriteVarString("中文")));
        Assert.Equal("6162000000", Write(w => w.WriteFixedString("ab", 5)));
    }

    [Fact]
    public void Fixed_string_longer_than_its_field_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new NeoBinaryWriter().WriteFixedString("abcdef", 5));

    [Fact]
    public void Lone_surrogate_cannot_be_written() =>
        Assert.Throws<FormatException>(() => new NeoBinaryWriter().WriteVarString("\ud800"));

    [Fact]
    public void Round_trip_through_reader()
    {
        var bytes = new NeoBinaryWriter();
        bytes.WriteVarBytes(new byte[300]);
        bytes.WriteVarString("neo");
        bytes.WriteUInt32(7);
        var reader = new NeoBinaryReader(bytes.ToArray());
        Assert.Equal(300, reader.ReadVarBytes().Length);
        Assert.Equal("neo", reader.ReadVarString());
        Assert.Equal(7u, reader.ReadUInt32());
        reader.EnsureEnd();
    }
}
