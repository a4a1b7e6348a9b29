using System.Numerics;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;
using Array = Protocol.Toolchain.Vm.Types.Array;
using Buffer = Protocol.Toolchain.Vm.Types.Buffer;

namespace Protocol.Toolchain.Runtime.Tests.Serialization;

/// <summary>
/// Byte vectors of neo tests/Neo.UnitTests/SmartContract/UT_BinarySerializer.cs and UT_StdLib.cs
/// (TestRuntime_Serialize/Deserialize), plus the format of reference/neo-n3.md §2.11.
/// </summary>
public class BinarySerializerTests
{
    private static readonly ExecutionEngineLimits Limits = ExecutionEngineLimits.Default;

    private static string Ser(StackItem item) => ToHex(BinarySerializer.Serialize(item, Limits));

    private static ByteString Bs(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    private static StackItem De(string hex) => BinarySerializer.Deserialize(FromHex(hex), Limits);

    [Fact]
    public void UT_BinarySerializer_vectors()
    {
        Assert.Equal("28050000000000", Ser(new ByteString(new byte[5])));
        Assert.Equal("2001", Ser(StackItem.True));
        Assert.Equal("210101", Ser(1));
        Assert.Equal("4001210101", Ser(new Array([1])));
        Assert.Equal("4101210101", Ser(new Struct([1])));
        Assert.Equal("4801210102210101", Ser(new Map { [Integer.From(2)] = 1 }));
    }

    [Fact]
    public void UT_StdLib_serialize_vectors()
    {
        Assert.Equal("210164", Ser(100));
        Assert.Equal("280474657374", Ser("test"));
        Assert.Equal(100, De("210164").GetInteger());
        Assert.Equal("test", De("280474657374").GetString());
    }

    [Theory]
    [InlineData(0, "2100")]
    [InlineData(-1, "2101ff")]
    [InlineData(127, "21017f")]
    [InlineData(128, "21028000")]
    [InlineData(255, "2102ff00")]
    [InlineData(-128, "210180")]
    [InlineData(-129, "21027fff")]
    public void Integers_are_minimal_twos_complement(long value, string hex)
    {
        Assert.Equal(hex, Ser(value));
        Assert.Equal(value, (long)De(hex).GetInteger());
    }

    [Fact]
    public void Other_primitives()
    {
        Assert.Equal("00", Ser(StackItem.Null));
        Assert.Equal("2000", Ser(StackItem.False));
        Assert.Equal("3003010203", Ser(new Buffer([1, 2, 3])));
        Assert.Equal("2800", Ser(ByteString.Empty));
        var max = BigInteger.Pow(2, 255) - 1;
        Assert.Equal("2120" + new string('f', 62) + "7f", Ser(max));
        Assert.IsType<Null>(De("00"));
        Assert.Same(StackItem.False, De("2000"));
        var buffer = Assert.IsType<Buffer>(De("3003010203"));
        Assert.Equal([1, 2, 3], buffer.GetSpan().ToArray());
    }

    [Fact]
    public void Large_lengths_use_varint_prefixes()
    {
        var data = new byte[0xFD];
        Assert.StartsWith("28fdfd00", Ser(new ByteString(data)));
        Assert.StartsWith("28fe00000100", Ser(new ByteString(new byte[0x10000])));
    }

    [Fact]
    public void Map_entries_in_insertion_order_key_then_value()
    {
        var map = new Map { [Bs("b")] = 1, [Integer.From(2)] = StackItem.Null, [StackItem.True] = new Array() };
        Assert.Equal("48" + "03" + "280162" + "210101" + "210102" + "00" + "2001" + "4000", Ser(map));
        var back = Assert.IsType<Map>(De(Ser(map)));
        Assert.Equal(3, back.Count);
        Assert.Equal(Bs("b"), back.GetAt(0).Key);
        Assert.Equal(Integer.From(2), back.GetAt(1).Key);
        Assert.Same(StackItem.True, back.GetAt(2).Key);
        Assert.IsType<Array>(back.GetAt(2).Value);
    }

    [Fact]
    public void Nested_round_trip_keeps_types_and_order()
    {
        var inner = new Struct([1, "x", new Buffer([9])]);
        var root = new Array([inner, new Map { [Integer.From(5)] = new Array([StackItem.False]) }, StackItem.Null]);
        var bytes = BinarySerializer.Serialize(root, Limits);
        var back = Assert.IsType<Array>(BinarySerializer.Deserialize(bytes, Limits));
        Assert.Equal(3, back.Count);
        var s = Assert.IsType<Struct>(back[0]);
        Assert.Equal(1, s[0].GetInteger());
        Assert.Equal("x", s[1].GetString());
        Assert.IsType<Buffer>(s[2]);
        var m = Assert.IsType<Map>(back[1]);
        Assert.IsType<Array>(m[Integer.From(5)]);
        Assert.IsType<Null>(back[2]);
        Assert.Equal(bytes, BinarySerializer.Serialize(back, Limits));
    }

    [Fact]
    public void Deserialize_accepts_non_minimal_forms_and_ignores_trailing_bytes()
    {
        Assert.Equal(1, De("2103010000").GetInteger());
        Assert.Equal(0, De("21020000").GetInteger());
        Assert.Equal(5, De("2101050000ffff").GetInteger());
        Assert.Equal("a", De("28fd010061").GetString());
    }

    [Fact]
    public void Deserialize_duplicate_map_keys_keep_first_position_and_last_value()
    {
        var map = Assert.IsType<Map>(De("48" + "03" + "210101" + "210102" + "210103" + "210104" + "210101" + "210105"));
        Assert.Equal(2, map.Count);
        Assert.Equal(Integer.From(1), map.GetAt(0).Key);
        Assert.Equal(5, map.GetAt(0).Value.GetInteger());
        Assert.Equal(4, map.GetAt(1).Value.GetInteger());
    }
}
