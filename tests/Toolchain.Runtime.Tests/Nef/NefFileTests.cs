using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Nef;

public class NefFileTests
{
    // The verified vector of the reference §2.2 (neo UT_NefFile / UT_Helper): compiler "test", script 010203.
    internal static NefFile Reference() => NefFile.Create("test", "", [], new byte[] { 1, 2, 3 });

    internal static byte[] Build(Action<NeoBinaryWriter> body, bool fixChecksum = true)
    {
        var writer = new NeoBinaryWriter();
        body(writer);
        var bytes = writer.ToArray();
        if (fixChecksum)
        {
            var checksum = Runtime.Cryptography.Hashes.Hash256(bytes);
            bytes = [.. bytes, .. checksum[..4]];
        }
        return bytes;
    }

    private static void Header(NeoBinaryWriter w, string source = "")
    {
        w.WriteUInt32(NefFile.Magic);
        w.WriteFixedString("test", 64);
        w.WriteVarString(source);
        w.WriteByte(0);
    }

    [Fact]
    public void Reference_vector_is_81_bytes_with_checksum_73FB47A7()
    {
        var nef = Reference();
        var bytes = nef.ToArray();
        Assert.Equal(81, bytes.Length);
        Assert.Equal(81, nef.Size);
        Assert.Equal(0x73FB47A7u, nef.CheckSum);
        Assert.Equal("4e454633" + "74657374" + new string('0', 120) + "00" + "00" + "00" + "0000" + "03010203" + "a747fb73", ToHex(bytes));
        var parsed = NefFile.Parse(bytes);
        Assert.Equal("test", parsed.Compiler);
        Assert.Equal(0x73FB47A7u, parsed.CheckSum);
        Assert.Equal(bytes, parsed.ToArray());
    }

    [Fact]
    public void Wrong_magic_checksum_and_reserved_bytes_are_rejected()
    {
        var bytes = Reference().ToArray();
        Assert.Contains("magic", Assert.Throws<FormatException>(() => NefFile.Parse(Mutate(bytes, 0, 0))).Message);
        Assert.Contains("checksum", Assert.Throws<FormatException>(() => NefFile.Parse(Mutate(bytes, 80, 0))).Message);
        Assert.Contains("reserved", Assert.Throws<FormatException>(() => NefFile.Parse(Mutate(bytes, 69, 1))).Message);
        Assert.Contains("reserved", Assert.Throws<FormatException>(() => NefFile.Parse(Mutate(bytes, 72, 1))).Message);
        Assert.Contains("padding", Assert.Throws<FormatException>(() => NefFile.Parse(Mutate(bytes, 20, 1))).Message);
        // Without verification a bad checksum is kept.
        Assert.Equal(0u, NefFile.Parse(Mutate(bytes, 77, 0).AsSpan(..77).ToArray().Concat(new byte[4]).ToArray(), verify: false).CheckSum);
    }

    private static byte[] Mutate(byte[] bytes, int index, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[index] = copy[index] == value ? (byte)(value + 1) : value;
        return copy;
    }

    [Fact]
    public void Empty_script_and_long_source_are_rejected()
    {
        var empty = Build(w => { Header(w); w.WriteVarInt(0); w.WriteUInt16(0); w.WriteVarBytes([]); });
        Assert.Contains("empty", Assert.Throws<FormatException>(() => NefFile.Parse(empty)).Message);
        var longSource = Build(w => { Header(w, new string('s', 257)); w.WriteVarInt(0); w.WriteUInt16(0); w.WriteVarBytes([1]); });
        Assert.Throws<FormatException>(() => NefFile.Parse(longSource));
        var maxSource = Build(w => { Header(w, new string('s', 256)); w.WriteVarInt(0); w.WriteUInt16(0); w.WriteVarBytes([1]); });
        Assert.Equal(256, NefFile.Parse(maxSource).Source.Length);
    }

    [Fact]
    public void Script_and_file_size_limits()
    {
        var tooLong = Build(w => { Header(w); w.WriteVarInt(0); w.WriteUInt16(0); w.WriteVarBytes(new byte[NefFile.MaxItemSize + 1]); });
        Assert.Throws<FormatException>(() => NefFile.Parse(tooLong));
        // A maximal script fits the script limit but the whole file then exceeds 131070 bytes.
        var tooBig = Build(w => { Header(w); w.WriteVarInt(0); w.WriteUInt16(0); w.WriteVarBytes(new byte[NefFile.MaxItemSize]); });
        Assert.Contains("more than", Assert.Throws<FormatException>(() => NefFile.Parse(tooBig)).Message);
    }

    [Fact]
    public void Trailing_bytes_are_ignored_like_neo()
    {
        var bytes = Reference().ToArray().Concat(new byte[] { 0xAA }).ToArray();
        Assert.Equal(0x73FB47A7u, NefFile.Parse(bytes).CheckSum);
    }

    [Fact]
    public void Json_form()
    {
        var json = Reference().ToJson();
        Assert.Equal("{\"magic\":860243278,\"compiler\":\"test\",\"source\":\"\",\"tokens\":[],\"script\":\"AQID\",\"checksum\":1945847719}", json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(Reference().ToArray(), NefFile.FromJson(doc.RootElement).ToArray());
    }

    [Fact]
    public void Json_with_tokens()
    {
        var token = new MethodToken(UInt160.Parse("0xfffdc93764dbaddd97c48f252a53ea4643faa3fd"), "getContract", 1, true, CallFlags.ReadStates | CallFlags.AllowCall);
        var nef = NefFile.Create("c", "src", [token], new byte[] { 0x40 });
        Assert.Contains("{\"hash\":\"0xfffdc93764dbaddd97c48f252a53ea4643faa3fd\",\"method\":\"getContract\",\"paramcount\":1,\"hasreturnvalue\":true,\"callflags\":\"ReadOnly\"}", nef.ToJson());
        using var doc = System.Text.Json.JsonDocument.Parse(nef.ToJson());
        Assert.Equal(nef.ToArray(), NefFile.FromJson(doc.RootElement).ToArray());
    }
}
