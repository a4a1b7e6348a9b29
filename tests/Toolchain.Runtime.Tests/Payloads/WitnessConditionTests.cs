using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Conditions;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Payloads;

/// <summary>Vectors and limits of neo UT_WitnessCondition.cs / UT_WitnessRule.cs.</summary>
public class WitnessConditionTests
{
    private static readonly ECPoint Point = ECPoint.Parse("03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c");

    private static WitnessCondition RoundTrip(WitnessCondition condition)
    {
        var reader = new NeoBinaryReader(NeoBinaryWriter.Serialize(condition));
        var parsed = WitnessCondition.Deserialize(reader);
        reader.EnsureEnd();
        return parsed;
    }

    private static WitnessCondition FromJson(string json, int depth = WitnessCondition.MaxNestingDepth)
    {
        using var doc = JsonDocument.Parse(json);
        return WitnessCondition.FromJson(doc.RootElement, depth);
    }

    [Fact]
    public void Neo_TestFromJson2_round_trips_exactly()
    {
        const string json = "{\"type\":\"Or\",\"expressions\":[{\"type\":\"And\",\"expressions\":[{\"type\":\"CalledByContract\",\"hash\":\"0x0000000000000000000000000000000000000000\"},{\"type\":\"ScriptHash\",\"hash\":\"0xd2a4cff31913016155e38e474a2c06d08be276cf\"}]},{\"type\":\"Or\",\"expressions\":[{\"type\":\"CalledByGroup\",\"group\":\"03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c\"},{\"type\":\"Boolean\",\"expression\":true}]}]}";
        var condition = FromJson(json);
        var or = Assert.IsType<OrCondition>(condition);
        var and = Assert.IsType<AndCondition>(or.Expressions[0]);
        Assert.Equal(UInt160.Zero, Assert.IsType<CalledByContractCondition>(and.Expressions[0]).Hash);
        Assert.Equal("0xd2a4cff31913016155e38e474a2c06d08be276cf", Assert.IsType<ScriptHashCondition>(and.Expressions[1]).Hash.ToString());
        Assert.Equal(Point, Assert.IsType<CalledByGroupCondition>(((OrCondition)or.Expressions[1]).Expressions[0]).Group);
        Assert.Equal(json, condition.ToJson());
        Assert.Equal(condition, RoundTrip(condition));
    }

    public static TheoryData<WitnessCondition, string> Leaves() => new()
    {
        { new BooleanCondition(false), "0000" },
        { new CalledByEntryCondition(), "20" },
        { new ScriptHashCondition(UInt160.Zero), "18" + new string('0', 40) },
        { new CalledByContractCondition(UInt160.Zero), "28" + new string('0', 40) },
        { new GroupCondition(Point), "19" + Point },
        { new CalledByGroupCondition(Point), "29" + Point },
        { new NotCondition(new BooleanCondition(true)), "010001" },
    };

    [Theory]
    [MemberData(nameof(Leaves))]
    public void Binary_form_and_json_round_trip(WitnessCondition condition, string hex)
    {
        Assert.Equal(hex, ToHex(NeoBinaryWriter.Serialize(condition)));
        Assert.Equal(hex.Length / 2, condition.Size);
        Assert.Equal(condition, RoundTrip(condition));
        Assert.Equal(condition, FromJson(condition.ToJson()));
    }

    [Fact]
    public void Nesting_limit_is_three()
    {
        WitnessCondition True = new BooleanCondition(true);
        Assert.Equal(new OrCondition([new OrCondition([True])]), RoundTrip(new OrCondition([new OrCondition([True])])));
        Assert.Equal(new NotCondition(new NotCondition(True)), RoundTrip(new NotCondition(new NotCondition(True))));
        var tooDeep = new AndCondition([new AndCondition([new AndCondition([True])])]);
        Assert.Throws<FormatException>(() => RoundTrip(tooDeep));
        Assert.Throws<FormatException>(() => RoundTrip(new NotCondition(new NotCondition(new NotCondition(True)))));
        Assert.Throws<FormatException>(() => FromJson(tooDeep.ToJson()));
        // neo TestFromJson1 parses Or(CalledByContract, CalledByGroup) with depth 2.
        Assert.IsType<OrCondition>(FromJson(new OrCondition([new CalledByContractCondition(UInt160.Zero), new CalledByGroupCondition(Point)]).ToJson(), 2));
    }

    [Fact]
    public void Sub_item_limits()
    {
        var sixteen = new AndCondition(Enumerable.Repeat<WitnessCondition>(new BooleanCondition(true), 16).ToArray());
        Assert.Equal(16, ((AndCondition)RoundTrip(sixteen)).Expressions.Count);
        var seventeen = new OrCondition(Enumerable.Repeat<WitnessCondition>(new BooleanCondition(true), 17).ToArray());
        Assert.Throws<FormatException>(() => RoundTrip(seventeen));
        Assert.Throws<FormatException>(() => FromJson(seventeen.ToJson()));
        Assert.Throws<FormatException>(() => RoundTrip(new AndCondition([])));
        Assert.Throws<FormatException>(() => FromJson("{\"type\":\"Or\",\"expressions\":[]}"));
    }

    [Theory]
    [InlineData("04")] // undefined type
    [InlineData("0002")] // boolean byte 2
    [InlineData("18000000")] // truncated hash
    [InlineData("1904" + "00")] // bad group encoding
    public void Invalid_binary_is_rejected(string hex) =>
        Assert.Throws<FormatException>(() => WitnessCondition.Deserialize(new NeoBinaryReader(FromHex(hex))));

    [Theory]
    [InlineData("{\"type\":\"Nope\"}")]
    [InlineData("{\"type\":\"Boolean\",\"expression\":\"true\"}")]
    [InlineData("{\"type\":\"ScriptHash\",\"hash\":\"0x00\"}")]
    [InlineData("{\"type\":\"Not\"}")]
    public void Invalid_json_is_rejected(string json) => Assert.Throws<FormatException>(() => FromJson(json));

    [Fact]
    public void Witness_rule_forms()
    {
        var rule = new WitnessRule(WitnessRuleAction.Allow, new CalledByEntryCondition());
        Assert.Equal("0120", ToHex(NeoBinaryWriter.Serialize(rule)));
        Assert.Equal("{\"action\":\"Allow\",\"condition\":{\"type\":\"CalledByEntry\"}}", JsonWrite(rule));
        Assert.Throws<FormatException>(() => WitnessRule.Deserialize(new NeoBinaryReader(FromHex("0220"))));
        using var doc = JsonDocument.Parse("{\"action\":\"Maybe\",\"condition\":{\"type\":\"CalledByEntry\"}}");
        Assert.Throws<FormatException>(() => WitnessRule.FromJson(doc.RootElement));
    }

    private static string JsonWrite(WitnessRule rule) => Runtime.Json.JsonWrite.ToText(rule.WriteJson);
}
