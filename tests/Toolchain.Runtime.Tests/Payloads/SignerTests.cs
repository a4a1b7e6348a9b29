using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Conditions;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Payloads;

/// <summary>Vectors of neo tests/Neo.UnitTests/Network/P2P/Payloads/UT_Signers.cs.</summary>
public class SignerTests
{
    private static readonly ECPoint Group = ECPoint.Parse("03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c");

    private static Signer Parse(string hex) => Signer.Deserialize(new NeoBinaryReader(FromHex(hex)));

    public static TheoryData<string, string> BinaryVectors() => new()
    {
        { "global", "000000000000000000000000000000000000000080" },
        { "entry", "000000000000000000000000000000000000000001" },
        { "contracts", "000000000000000000000000000000000000000010010000000000000000000000000000000000000000" },
        { "groups", "0000000000000000000000000000000000000000200103b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c" },
    };

    private static Signer Build(string which) => which switch
    {
        "global" => new Signer(UInt160.Zero, WitnessScope.Global),
        "entry" => new Signer(UInt160.Zero, WitnessScope.CalledByEntry),
        "contracts" => new Signer(UInt160.Zero, WitnessScope.CustomContracts, allowedContracts: [UInt160.Zero]),
        _ => new Signer(UInt160.Zero, WitnessScope.CustomGroups, allowedGroups: [Group]),
    };

    [Theory]
    [MemberData(nameof(BinaryVectors))]
    public void Binary_vectors(string which, string hex)
    {
        var signer = Build(which);
        Assert.Equal(hex, ToHex(NeoBinaryWriter.Serialize(signer)));
        Assert.Equal(hex.Length / 2, signer.Size);
        Assert.Equal(signer, Parse(hex));
    }

    [Theory]
    [InlineData("00000000000000000000000000000000000000004001010201020102010001")] // And(And(And(true)))
    [InlineData("00000000000000000000000000000000000000004001010301030103010001")] // Or(Or(Or(true)))
    public void Rules_nested_deeper_than_three_are_rejected(string hex)
    {
        Func<WitnessCondition, WitnessCondition> wrap = hex[46..48] == "02" ? c => new AndCondition([c]) : c => new OrCondition([c]);
        var condition = wrap(wrap(wrap(new BooleanCondition(true))));
        var signer = new Signer(UInt160.Zero, WitnessScope.WitnessRules, rules: [new WitnessRule(WitnessRuleAction.Allow, condition)]);
        Assert.Equal(hex, ToHex(NeoBinaryWriter.Serialize(signer)));
        Assert.Throws<FormatException>(() => Parse(hex));
    }

    [Theory]
    [InlineData("000000000000000000000000000000000000000081")] // Global | CalledByEntry
    [InlineData("000000000000000000000000000000000000000002")] // unknown flag
    [InlineData("000000000000000000000000000000000000000010110000000000000000000000000000000000000000")] // 17 contracts
    public void Invalid_scopes_and_counts_are_rejected(string hex) => Assert.Throws<FormatException>(() => Parse(hex));

    public static TheoryData<string, string> JsonVectors() => new()
    {
        { "global", "{\"account\":\"0x0000000000000000000000000000000000000000\",\"scopes\":\"Global\"}" },
        { "entry", "{\"account\":\"0x0000000000000000000000000000000000000000\",\"scopes\":\"CalledByEntry\"}" },
        { "contracts", "{\"account\":\"0x0000000000000000000000000000000000000000\",\"scopes\":\"CustomContracts\",\"allowedcontracts\":[\"0x0000000000000000000000000000000000000000\"]}" },
        { "groups", "{\"account\":\"0x0000000000000000000000000000000000000000\",\"scopes\":\"CustomGroups\",\"allowedgroups\":[\"03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c\"]}" },
    };

    [Theory]
    [MemberData(nameof(JsonVectors))]
    public void Json_vectors(string which, string json)
    {
        Assert.Equal(json, Build(which).ToJson());
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(Build(which), Signer.FromJson(doc.RootElement));
    }

    [Fact]
    public void Combined_scopes_json_uses_flag_names()
    {
        var signer = new Signer(UInt160.Zero, WitnessScope.CalledByEntry | WitnessScope.CustomContracts | WitnessScope.WitnessRules,
            allowedContracts: [UInt160.Zero], rules: [new WitnessRule(WitnessRuleAction.Deny, new CalledByEntryCondition())]);
        var json = signer.ToJson();
        Assert.Equal("{\"account\":\"0x0000000000000000000000000000000000000000\",\"scopes\":\"CalledByEntry, CustomContracts, WitnessRules\",\"allowedcontracts\":[\"0x0000000000000000000000000000000000000000\"],\"rules\":[{\"action\":\"Deny\",\"condition\":{\"type\":\"CalledByEntry\"}}]}", json);
        using var doc = JsonDocument.Parse(json);
        var parsed = Signer.FromJson(doc.RootElement);
        Assert.Equal(signer, parsed);
        Assert.Equal(NeoBinaryWriter.Serialize(signer), NeoBinaryWriter.Serialize(parsed));
    }

    [Fact]
    public void Json_global_with_other_scopes_is_rejected()
    {
        using var doc = JsonDocument.Parse("{\"account\":\"0x0000000000000000000000000000000000000000\",\"scopes\":\"Global, CalledByEntry\"}");
        Assert.Throws<FormatException>(() => Signer.FromJson(doc.RootElement));
    }
}
