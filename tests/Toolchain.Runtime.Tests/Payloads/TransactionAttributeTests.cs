using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Payloads;

public class TransactionAttributeTests
{
    private static TransactionAttribute Parse(string hex)
    {
        var reader = new NeoBinaryReader(FromHex(hex));
        var attribute = TransactionAttribute.Deserialize(reader);
        reader.EnsureEnd();
        return attribute;
    }

    public static TheoryData<TransactionAttribute, string, string> Vectors() => new()
    {
        { new HighPriorityAttribute(), "01", "{\"type\":\"HighPriority\"}" },
        { new NotValidBeforeAttribute(0x01020304), "2004030201", "{\"type\":\"NotValidBefore\",\"height\":16909060}" },
        { new ConflictsAttribute(UInt256.Zero), "21" + new string('0', 64), "{\"type\":\"Conflicts\",\"hash\":\"0x" + new string('0', 64) + "\"}" },
        { new NotaryAssistedAttribute(3), "2203", "{\"type\":\"NotaryAssisted\",\"nkeys\":3}" },
        { new OracleResponseAttribute(1, OracleResponseCode.Success, new byte[] { 0x2a }), "11" + "0100000000000000" + "00" + "012a", "{\"type\":\"OracleResponse\",\"id\":1,\"code\":\"Success\",\"result\":\"Kg==\"}" },
        { new OracleResponseAttribute(2, OracleResponseCode.Timeout, ReadOnlyMemory<byte>.Empty), "11" + "0200000000000000" + "16" + "00", "{\"type\":\"OracleResponse\",\"id\":2,\"code\":\"Timeout\",\"result\":\"\"}" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Binary_and_json_forms(TransactionAttribute attribute, string hex, string json)
    {
        Assert.Equal(hex, ToHex(NeoBinaryWriter.Serialize(attribute)));
        Assert.Equal(hex.Length / 2, attribute.Size);
        Assert.Equal(json, attribute.ToJson());
        var parsed = Parse(hex);
        Assert.Equal(attribute.Type, parsed.Type);
        Assert.Equal(hex, ToHex(NeoBinaryWriter.Serialize(parsed)));
    }

    [Fact]
    public void Type_bytes_and_multiplicity()
    {
        Assert.Equal(0x22, (byte)TransactionAttributeType.NotaryAssisted);
        Assert.True(new ConflictsAttribute(UInt256.Zero).AllowMultiple);
        Assert.False(new HighPriorityAttribute().AllowMultiple);
        Assert.False(new NotaryAssistedAttribute(0).AllowMultiple);
    }

    [Theory]
    [InlineData("02")] // undefined type
    [InlineData("110100000000000000" + "13" + "00")] // undefined oracle code
    [InlineData("110100000000000000" + "16" + "012a")] // result with a non-success code
    [InlineData("2001")] // truncated height
    public void Invalid_attributes_are_rejected(string hex) => Assert.Throws<FormatException>(() => Parse(hex));

    [Fact]
    public void Oracle_result_limit_is_65535()
    {
        var writer = new NeoBinaryWriter();
        writer.WriteByte(0x11);
        writer.WriteUInt64(1);
        writer.WriteByte(0);
        writer.WriteVarBytes(new byte[ushort.MaxValue + 1]);
        Assert.Throws<FormatException>(() => TransactionAttribute.Deserialize(new NeoBinaryReader(writer.ToArray())));
    }
}
