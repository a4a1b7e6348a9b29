using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;
using Array = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Runtime.Tests.Serialization;

/// <summary>
/// JSON → stack item as StdLib.jsonDeserialize (Neo.Json JToken.Parse at depth 10, then
/// neo SmartContract/JsonSerializer.Deserialize); vectors of neo UT_JsonSerializer and UT_StdLib.Json_Deserialize.
/// </summary>
public class JsonDeserializerTests
{
    private static ByteString Bs(string text) => new(Encoding.UTF8.GetBytes(text));

    private static StackItem De(string json, bool basilisk = true) =>
        JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), ExecutionEngineLimits.Default, basilisk);

    [Fact]
    public void UT_StdLib_Json_Deserialize_vectors()
    {
        Assert.Equal(123, De("123").GetInteger());
        Assert.IsType<Null>(De("null"));
        Assert.Throws<FormatException>(() => De("***"));
        Assert.Throws<FormatException>(() => De("123.45"));
    }

    [Fact]
    public void UT_JsonSerializer_deserialize_vectors()
    {
        Assert.Throws<FormatException>(() => De("x"));
        Assert.Empty(Assert.IsType<Map>(De("{}")));
        Assert.Empty(Assert.IsType<Array>(De("[]")));

        var map = Assert.IsType<Map>(De("{\"test1\":123,\"test2\":321}"));
        Assert.Equal(2, map.Count);
        Assert.Equal(123, map[Bs("test1")].GetInteger());
        Assert.Equal(321, map[Bs("test2")].GetInteger());
        Assert.Equal([123, 321], map.Values.Select(v => (int)v.GetInteger()));

        var array = Assert.IsType<Array>(De("[true,\"test\",123,9.05E+28]"));
        Assert.Equal(4, array.Count);
        Assert.True(array[0].GetBoolean());
        Assert.Equal("test", array[1].GetString());
        Assert.Equal(123, array[2].GetInteger());
        Assert.Equal(BigInteger.Parse("90500000000000000000000000000"), array[3].GetInteger());

        var nested = Assert.IsType<Array>(De("[[true,\"test1\",123],[true,\"test2\",321]]"));
        Assert.Equal(2, nested.Count);
        var second = Assert.IsType<Array>(nested[1]);
        Assert.Equal("test2", second[1].GetString());
        Assert.Equal(321, second[2].GetInteger());
    }

    [Theory]
    [InlineData("[    ]XXXXXXX")]
    [InlineData("{   }XXXXXXX")]
    [InlineData("[,,,,]")]
    [InlineData("false,X")]
    [InlineData("false@@@")]
    [InlineData("[True,FALSE] ")]
    [InlineData("[-]")]
    [InlineData("[1.]")]
    [InlineData("[.123]")]
    [InlineData("[--1.123]")]
    [InlineData("[+1.123]")]
    [InlineData("[1.12.3]")]
    [InlineData("[e--1]")]
    [InlineData("[e++1]")]
    [InlineData("[E- 1]")]
    [InlineData("[3e--1]")]
    [InlineData("[2e++1]")]
    [InlineData("[1E- 1]")]
    [InlineData("[\"]")]
    [InlineData("[\"\\uaaa\"]")]
    [InlineData("[\"\\uaa\"]")]
    [InlineData("[\"\\ua\"]")]
    [InlineData("[\"\\u\"]")]
    [InlineData("{\"a\":}")]
    [InlineData("{NULL}")]
    [InlineData("[\"a\":]")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("[1] [2]")]
    [InlineData("'a'")]
    public void UT_JsonSerializer_malformed_json(string json) => Assert.Throws<FormatException>(() => De(json));

    [Fact]
    public void Numbers_too_large_for_a_double_fail_to_parse()
    {
        var longNumber = new string('9', 974);
        Assert.Throws<FormatException>(() => De($"{{\"length\":{longNumber}}}"));
    }

    [Fact]
    public void Strings_become_utf8_byte_strings()
    {
        var array = Assert.IsType<Array>(De(" [\"\" ,  \"\\b\\f\\t\\n\\r\\/\\\\\" ]"));
        Assert.Equal(0, array[0].GetSpan().Length);
        Assert.Equal("080c090a0d2f5c", ToHex(array[1].GetSpan()));
        Assert.Equal("f09d849e", ToHex(De("\"\\uD834\\uDD1E\"").GetSpan()));
        Assert.Equal("5c783030", ToHex(De("\"\\\\x00\"").GetSpan()));
        Assert.Equal("c3a9", ToHex(De("\"é\"").GetSpan()));
        Assert.Equal("eaaaaa", ToHex(Assert.IsType<Map>(De("{\"\\uAAAA\":true}")).GetAt(0).Key.GetSpan()));
    }

    [Fact]
    public void Invalid_text_in_strings_fails()
    {
        Assert.Throws<FormatException>(() => De("\"\\uD800\""));
        Assert.Throws<FormatException>(() =>
            JsonSerializer.Deserialize(FromHex("22ff22"), ExecutionEngineLimits.Default));
    }

    [Theory]
    [InlineData("[200.500000E+005,200.500000e+5]", 20050000)]
    [InlineData("[123.0,123.0]", 123)]
    [InlineData("[1.5e1,15]", 15)]
    public void Integral_numbers_in_any_notation_are_accepted(string json, long expected)
    {
        var array = Assert.IsType<Array>(De(json));
        Assert.All(array, item => Assert.Equal(expected, (long)item.GetInteger()));
    }

    [Fact]
    public void Fractions_and_oversized_integers_fail()
    {
        Assert.Throws<FormatException>(() => De("[-1.1234e-100]"));
        Assert.Throws<FormatException>(() => De("0.5"));
        Assert.Equal(BigInteger.Pow(10, 76), De("1e76").GetInteger());
        Assert.Throws<ArgumentException>(() => De("1e77"));
        Assert.Equal(0, De("-0").GetInteger());
    }

    [Fact]
    public void Basilisk_reads_the_shortest_decimal_text_of_the_double()
    {
        Assert.Equal(BigInteger.Parse("1234567890123456800000000000000"), De("1234567890123456789012345678901").GetInteger());
        var exact = new BigInteger(1234567890123456789012345678901d);
        Assert.Equal(exact, De("1234567890123456789012345678901", basilisk: false).GetInteger());
        Assert.NotEqual(exact, De("1234567890123456789012345678901").GetInteger());
        Assert.Equal(BigInteger.Parse("9007199254740992"), De("9007199254740993").GetInteger());
    }

    [Fact]
    public void Depth_is_limited_to_10()
    {
        Assert.IsType<Array>(De(new string('[', 10) + new string(']', 10)));
        Assert.Throws<FormatException>(() => De(new string('[', 11) + new string(']', 11)));
        Assert.IsType<Map>(De(string.Concat(Enumerable.Repeat("{\"a\":", 9)) + "{}" + new string('}', 9)));
        Assert.Throws<FormatException>(() => De(string.Concat(Enumerable.Repeat("{\"a\":", 10)) + "{}" + new string('}', 10)));
    }

    [Fact]
    public void Items_and_properties_count_against_MaxStackSize()
    {
        Assert.Equal(2047, Assert.IsType<Array>(De("[" + string.Join(",", Enumerable.Repeat("0", 2047)) + "]")).Count);
        Assert.Throws<FormatException>(() => De("[" + string.Join(",", Enumerable.Repeat("0", 2048)) + "]"));
        string Obj(int n) => "{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"k{i}\":0")) + "}";
        Assert.Equal(1023, Assert.IsType<Map>(De(Obj(1023))).Count);
        Assert.Throws<FormatException>(() => De(Obj(1024)));
    }

    [Fact]
    public void Keys_over_64_bytes_fail_and_comments_are_skipped()
    {
        Assert.Single(Assert.IsType<Map>(De("{\"" + new string('k', 64) + "\":1}")));
        Assert.Throws<ArgumentException>(() => De("{\"" + new string('k', 65) + "\":1}"));
        Assert.Equal(1, Assert.Single(Assert.IsType<Array>(De("/* c */ [1] // end"))).GetInteger());
    }

    [Fact]
    public void Parse_errors_come_before_conversion_errors()
    {
        Assert.Throws<FormatException>(() => De("[1e77, ***]"));
        Assert.Throws<ArgumentException>(() => De("[1e77, 0.5]"));
    }
}
