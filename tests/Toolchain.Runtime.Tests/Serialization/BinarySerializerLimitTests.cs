using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;
using Array = Protocol.Toolchain.Vm.Types.Array;
using Buffer = Protocol.Toolchain.Vm.Types.Buffer;

namespace Protocol.Toolchain.Runtime.Tests.Serialization;

/// <summary>
/// Failure cases of neo SmartContract/BinarySerializer.cs (the UT_BinarySerializer cycle/interop/bad-type vectors)
/// and its limits: maxItems = MaxStackSize counted per item, maxSize = MaxItemSize checked after each item.
/// </summary>
public class BinarySerializerLimitTests
{
    private static readonly ExecutionEngineLimits Limits = ExecutionEngineLimits.Default;

    private static byte[] Ser(StackItem item) => BinarySerializer.Serialize(item, Limits);

    private static StackItem De(string hex) => BinarySerializer.Deserialize(FromHex(hex), Limits);

    private static Array Nulls(int count) => new(Enumerable.Repeat<StackItem>(StackItem.Null, count));

    [Fact]
    public void Serialize_rejects_interop_pointer_cycles_and_shared_references()
    {
        Assert.Throws<NotSupportedException>(() => Ser(new InteropInterface(new object())));
        Assert.Throws<NotSupportedException>(() => Ser(new Pointer(new Script(new byte[] { 0x40 }), 0)));
        var map = new Map();
        map[Integer.From(1)] = map;
        Assert.Throws<NotSupportedException>(() => Ser(map));
        var array = new Array();
        array.Add(array);
        Assert.Throws<NotSupportedException>(() => Ser(array));
        var shared = new Array();
        Assert.Throws<NotSupportedException>(() => Ser(new Array([shared, shared])));
        var sharedStruct = new Struct();
        Assert.Throws<NotSupportedException>(() => Ser(new Struct([sharedStruct, sharedStruct])));
        var sharedBytes = new ByteString(new byte[] { 1 });
        Assert.Equal("4002280101280101", ToHex(Ser(new Array([sharedBytes, sharedBytes]))));
    }

    [Fact]
    public void Serialize_counts_every_item_against_MaxStackSize()
    {
        Assert.Equal(1 + 3 + 2047, Ser(Nulls(2047)).Length);
        Assert.Throws<FormatException>(() => Ser(Nulls(2048)));
        var fits = new Map();
        for (var i = 0; i < 1023; i++) fits[Integer.From(i)] = StackItem.Null;
        Ser(fits);
        fits[Integer.From(1023)] = StackItem.Null;
        Assert.Throws<FormatException>(() => Ser(fits));
    }

    [Fact]
    public void Serialize_bounds_the_output_by_MaxItemSize()
    {
        // 1 type byte + 5-byte VarInt + payload.
        Assert.Equal(131070, Ser(new ByteString(new byte[131064])).Length);
        Assert.Throws<InvalidOperationException>(() => Ser(new ByteString(new byte[131065])));
        Assert.Throws<InvalidOperationException>(() => Ser(new Array([new Buffer(70000), new Buffer(70000)])));
        Assert.Equal("210164", ToHex(BinarySerializer.Serialize(100, maxSize: 3, maxItems: 1)));
        Assert.Throws<InvalidOperationException>(() => BinarySerializer.Serialize(256, maxSize: 3, maxItems: 1));
        Assert.Throws<FormatException>(() => BinarySerializer.Serialize(new Array([1]), maxSize: 100, maxItems: 1));
    }

    [Theory]
    [InlineData("")] // nothing to read
    [InlineData("400101")] // UT_BinarySerializer: array whose item has type 0x01
    [InlineData("01")]
    [InlineData("10")] // Pointer
    [InlineData("60")] // InteropInterface
    [InlineData("2002")] // boolean byte other than 0/1
    [InlineData("20")]
    [InlineData("2802aa")] // truncated
    [InlineData("21")]
    [InlineData("4002280100")] // second item missing
    [InlineData("48012801aa")] // value missing
    [InlineData("40fd0108")] // count 2049 > MaxStackSize
    [InlineData("48fd0108")]
    public void Deserialize_rejects_malformed_data(string hex) => Assert.Throws<FormatException>(() => De(hex));

    [Fact]
    public void Deserialize_limits_integers_to_32_bytes()
    {
        Assert.Equal(-1, De("2120" + string.Concat(Enumerable.Repeat("ff", 32))).GetInteger());
        Assert.Throws<FormatException>(() => De("2121" + string.Concat(Enumerable.Repeat("00", 33))));
    }

    [Fact]
    public void Deserialize_counts_all_items_against_MaxStackSize()
    {
        Assert.Equal(2047, Assert.IsType<Array>(De("40fdff07" + string.Concat(Enumerable.Repeat("00", 2047)))).Count);
        Assert.Throws<FormatException>(() => De("40fd0008" + string.Concat(Enumerable.Repeat("00", 2048))));
        Assert.Throws<FormatException>(() => De("48fd0004" + string.Concat(Enumerable.Repeat("0000", 1024))));
    }

    [Fact]
    public void Deserialize_bounds_byte_strings_by_the_input_length_or_maxSize()
    {
        Assert.Throws<FormatException>(() => De("2805616263"));
        var reader = new NeoBinaryReader(FromHex("2803616263"));
        Assert.Throws<FormatException>(() => BinarySerializer.Deserialize(reader, maxSize: 2, maxItems: 10));
        var ok = new NeoBinaryReader(FromHex("2803616263ff"));
        Assert.Equal("abc", BinarySerializer.Deserialize(ok, Limits).GetString());
        Assert.Equal(5, ok.Position);
    }

    [Theory]
    [InlineData("4801" + "4000" + "00")] // array key
    [InlineData("4801" + "4800" + "00")] // map key
    [InlineData("4801" + "00" + "00")] // null key
    [InlineData("4801" + "300100" + "00")] // buffer key
    public void Deserialize_rejects_non_primitive_map_keys(string hex) =>
        Assert.Throws<InvalidCastException>(() => De(hex));

    [Fact]
    public void Deserialize_rejects_map_keys_over_64_bytes()
    {
        var key64 = "2840" + string.Concat(Enumerable.Repeat("61", 64));
        Assert.Single(Assert.IsType<Map>(De("4801" + key64 + "00")));
        var key65 = "2841" + string.Concat(Enumerable.Repeat("61", 65));
        Assert.Throws<ArgumentException>(() => De("4801" + key65 + "00"));
    }

    [Fact]
    public void Deserialize_reads_everything_before_building()
    {
        // An array holding a map with an array key, then an item of unknown type: the format error wins.
        Assert.Throws<FormatException>(() => De("4002" + "4801" + "4000" + "00" + "01"));
    }
}
