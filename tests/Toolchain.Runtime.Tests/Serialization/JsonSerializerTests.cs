using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;
using Buffer = Protocol.Toolchain.Vm.Types.Buffer;

namespace Protocol.Toolchain.Runtime.Tests.Serialization;

/// <summary>
/// Stack item → JSON as neo SmartContract/JsonSerializer.SerializeToByteArray; vectors of neo UT_StdLib.Json_Serialize
/// and the rules of reference/neo-n3.md §2.11 (safe integers, ByteString keys, System.Text.Json escaping).
/// </summary>
public class JsonSerializerTests
{
    private const uint MaxItemSize = 131070;

    private static ByteString Bs(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Json(StackItem item, uint maxSize = MaxItemSize) =>
        Encoding.UTF8.GetString(JsonSerializer.Serialize(item, maxSize));

    [Fact]
    public void UT_StdLib_Json_Serialize_vectors()
    {
        Assert.Equal("5", Json(5));
        Assert.Equal("true", Json(StackItem.True));
        Assert.Equal("\"test\"", Json("test"));
        Assert.Equal("null", Json(StackItem.Null));
        Assert.Equal("{\"key\":\"value\"}", Json(new Map { [Bs("key")] = "value" }));
    }

    [Fact]
    public void Compounds_and_primitives()
    {
        Assert.Equal("[1,\"a\",null,true,false,[]]", Json(new Array([1, "a", StackItem.Null, true, false, new Array()])));
        Assert.Equal("[-7,{}]", Json(new Struct([-7, new Map()])));
        Assert.Equal("\"xyz\"", Json(new Buffer("xyz"u8)));
        Assert.Equal("\"\"", Json(ByteString.Empty));
        Assert.Equal("0", Json(0));
        var map = new Map { [Bs("b")] = new Array([1, 2]), [Bs("a")] = new Map { [Bs("c")] = StackItem.Null } };
        Assert.Equal("{\"b\":[1,2],\"a\":{\"c\":null}}", Json(map));
    }

    [Fact]
    public void Integers_must_be_within_the_safe_range()
    {
        Assert.Equal("9007199254740991", Json(9007199254740991));
        Assert.Equal("-9007199254740991", Json(-9007199254740991));
        Assert.Throws<InvalidOperationException>(() => Json(9007199254740992));
        Assert.Throws<InvalidOperationException>(() => Json(-9007199254740992));
        Assert.Throws<InvalidOperationException>(() => Json(BigInteger.Pow(2, 200)));
    }

    [Theory]
    [InlineData(1000000000000000, "1000000000000000")]
    [InlineData(123456789012345, "123456789012345")]
    [InlineData(100000000000000, "100000000000000")]
    [InlineData(-1000000000000000, "-1000000000000000")]
    [InlineData(4503599627370496, "4503599627370496")]
    public void Numbers_use_the_double_writer_format(long value, string expected) => Assert.Equal(expected, Json(value));

    [Fact]
    public void Strings_use_System_Text_Json_default_escaping()
    {
        Assert.Equal("\"\\u00E9\\u003C\\u003E\\u0026\\u0027\\u002B\\u0022\\\\\\n\"", Json("é<>&'+\"\\\n"));
        Assert.Equal("\"\\uD83E\\uDD86\"", Json("🦆"));
        Assert.Equal("{\"\\u00E9\":1}", Json(new Map { [Bs("é")] = 1 }));
    }

    [Fact]
    public void Map_keys_must_be_byte_strings()
    {
        Assert.Throws<FormatException>(() => Json(new Map { [Integer.From(1)] = 1 }));
        Assert.Throws<FormatException>(() => Json(new Map { [StackItem.True] = 1 }));
        Assert.Throws<FormatException>(() => Json(new Map { [Bs("a")] = 1, [Integer.From(1)] = 1 }));
    }

    [Fact]
    public void Pointer_interop_and_invalid_utf8_fail()
    {
        Assert.Throws<InvalidOperationException>(() => Json(new InteropInterface(new object())));
        Assert.Throws<InvalidOperationException>(() => Json(new Array([new Pointer(new Script(new byte[] { 0x40 }), 0)])));
        Assert.Throws<DecoderFallbackException>(() => Json(new ByteString(new byte[] { 0xff })));
        Assert.Throws<DecoderFallbackException>(() => Json(new Map { [new ByteString(new byte[] { 0xc3 })] = 1 }));
    }

    [Fact]
    public void Output_is_bounded_by_maxSize()
    {
        Assert.Equal("\"ab\"", Json("ab", 4));
        Assert.Throws<InvalidOperationException>(() => Json("abc", 4));
        Assert.Equal("[1,2]", Json(new Array([1, 2]), 5));
        Assert.Throws<InvalidOperationException>(() => Json(new Array([1, 2]), 4));
        var big = new ByteString(new byte[MaxItemSize - 1]);
        Assert.Throws<InvalidOperationException>(() => Json(big));
    }

    [Fact]
    public void Cycles_run_into_the_writer_depth_limit()
    {
        var array = new Array();
        array.Add(array);
        Assert.Throws<InvalidOperationException>(() => Json(array));
        var map = new Map();
        map[Bs("a")] = map;
        Assert.Throws<InvalidOperationException>(() => Json(map));
    }

    [Fact]
    public void Shared_references_are_written_twice()
    {
        var shared = new Array([1]);
        Assert.Equal("[[1],[1]]", Json(new Array([shared, shared])));
    }
}
