using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Models;

public class UIntTests
{
    [Fact]
    public void UInt160_text_is_reversed_little_endian_bytes()
    {
        var hash = UInt160.Parse("0xd2a4cff31913016155e38e474a2c06d08be276cf");
        Assert.Equal("cf76e28bd0062c4a478ee35561011319f3cfa4d2", ToHex(hash.ToArray()));
        Assert.Equal("0xd2a4cff31913016155e38e474a2c06d08be276cf", hash.ToString());
        Assert.Equal(hash, UInt160.Parse("D2A4CFF31913016155E38E474A2C06D08BE276CF"));
        Assert.Equal(hash, UInt160.Parse("0Xd2a4cff31913016155e38e474a2c06d08be276cf"));
        Assert.Equal(hash, UInt160.Deserialize(new NeoBinaryReader(hash.ToArray())));
        Assert.Equal(hash.ToArray(), NeoBinaryWriter.Serialize(hash));
    }

    [Theory]
    [InlineData("0xd2a4cff31913016155e38e474a2c06d08be276")]
    [InlineData("0xd2a4cff31913016155e38e474a2c06d08be276cf00")]
    [InlineData("0xz2a4cff31913016155e38e474a2c06d08be276cf")]
    [InlineData("")]
    public void UInt160_bad_text_is_rejected(string text)
    {
        Assert.Throws<FormatException>(() => UInt160.Parse(text));
        Assert.False(UInt160.TryParse(text, out _));
    }

    [Fact]
    public void Wrong_byte_lengths_are_rejected()
    {
        Assert.Throws<FormatException>(() => new UInt160(new byte[19]));
        Assert.Throws<FormatException>(() => new UInt256(new byte[33]));
        Assert.Throws<FormatException>(() => UInt160.Deserialize(new NeoBinaryReader(new byte[19])));
    }

    [Fact]
    public void Zero_and_equality()
    {
        Assert.Equal("0x0000000000000000000000000000000000000000", UInt160.Zero.ToString());
        Assert.Equal("0x" + new string('0', 64), UInt256.Zero.ToString());
        Assert.True(UInt160.Zero == new UInt160(new byte[20]));
        Assert.False(UInt160.Zero != new UInt160(new byte[20]));
        Assert.NotEqual(UInt160.Zero, UInt160.Parse("0x0000000000000000000000000000000000000001"));
    }

    [Fact]
    public void Ordering_compares_as_little_endian_numbers()
    {
        // The most significant byte is the last stored byte (the first in the text form).
        var a = UInt160.Parse("0x0100000000000000000000000000000000000000");
        var b = UInt160.Parse("0x00000000000000000000000000000000000000ff");
        Assert.True(a > b);
        Assert.True(b < a);
        Assert.Equal(0, a.CompareTo(UInt160.Parse(a.ToString())));
        var c = UInt256.Parse("0x01" + new string('0', 62));
        var d = UInt256.Parse(new string('0', 62) + "ff");
        Assert.True(c.CompareTo(d) > 0);
    }

    [Fact]
    public void UInt256_round_trip()
    {
        const string text = "0x0ab073429086d9e48fc87386122917989705d1c81fe4a60bf90e2fc228de3146";
        var hash = UInt256.Parse(text);
        Assert.Equal(text, hash.ToString());
        Assert.Equal(0x46, hash.ToArray()[0]);
        Assert.Equal(32, hash.Size);
    }
}
