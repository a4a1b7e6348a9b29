using System.Text.RegularExpressions;
using Protocol.Toolchain.Runtime.Manifest;

namespace Protocol.Toolchain.Runtime.Tests.Manifest;

/// <summary>Vectors of neo tests/Neo.UnitTests/SmartContract/Manifest/UT_ContractManifest.cs (whitespace removed, as there).</summary>
public class ManifestParseTests
{
    internal const string Method = "{\"name\":\"testMethod\",\"parameters\":[],\"returntype\":\"Void\",\"offset\":0,\"safe\":true}";

    internal static string ManifestJson(string groups = "[]", string permissions = "[{\"contract\":\"*\",\"methods\":\"*\"}]",
        string trusts = "[]", string extra = "null", string methods = "[" + Method + "]", string events = "[]",
        string standards = "[]", string features = "{}", string name = "\"testManifest\"") =>
        $"{{\"name\":{name},\"groups\":{groups},\"features\":{features},\"supportedstandards\":{standards},\"abi\":{{\"methods\":{methods},\"events\":{events}}},\"permissions\":{permissions},\"trusts\":{trusts},\"extra\":{extra}}}";

    [Theory]
    [InlineData("default")]
    [InlineData("permissions")]
    [InlineData("trust")]
    [InlineData("groups")]
    [InlineData("extra")]
    public void Neo_vectors_round_trip_exactly(string which)
    {
        var json = which switch
        {
            "permissions" => ManifestJson(permissions: "[{\"contract\":\"0x0000000000000000000000000000000000000000\",\"methods\":[\"method1\",\"method2\"]}]"),
            "trust" => ManifestJson(trusts: "[\"0x0000000000000000000000000000000000000001\",\"*\"]"),
            "groups" => ManifestJson(groups: "[{\"pubkey\":\"03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c\",\"signature\":\"QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQQ==\"}]"),
            "extra" => ManifestJson(extra: "{\"key\":\"value\"}"),
            _ => ManifestJson(),
        };
        var manifest = ContractManifest.Parse(json);
        Assert.Equal(json, manifest.ToJson());
    }

    [Fact]
    public void Parsed_values()
    {
        var manifest = ContractManifest.Parse(ManifestJson(
            permissions: "[{\"contract\":\"0xfe924b7cfe89ddd271abaf7210a80a7e11178758\",\"methods\":\"*\"},{\"contract\":\"*\",\"methods\":[\"a\"]}]",
            trusts: "\"*\"", extra: "{\"key\":\"value\",\"n\":1.0}"));
        Assert.Equal("testManifest", manifest.Name);
        var method = Assert.Single(manifest.Abi.Methods);
        Assert.Equal(("testMethod", ContractParameterType.Void, 0, true), (method.Name, method.ReturnType, method.Offset, method.Safe));
        Assert.True(manifest.Permissions[0].Contract.IsHash);
        Assert.True(manifest.Permissions[0].Methods.IsWildcard);
        Assert.True(manifest.Permissions[1].Contract.IsWildcard);
        Assert.Equal(["a"], manifest.Permissions[1].Methods);
        Assert.True(manifest.Trusts.IsWildcard);
        Assert.Equal("value", (string?)manifest.Extra!["key"]);
        // Neo.Json keeps numbers as doubles: 1.0 is written back as 1.
        Assert.Contains("\"extra\":{\"key\":\"value\",\"n\":1}", manifest.ToJson());
    }

    [Fact]
    public void Comments_are_skipped_and_missing_optional_lists_default_to_empty()
    {
        var json = "{/*c*/\"name\":\"n\",\"features\":{},\"abi\":{\"methods\":[" + Method + "]},\"trusts\":[]}";
        var manifest = ContractManifest.Parse(json);
        Assert.Empty(manifest.Groups);
        Assert.Empty(manifest.Permissions);
        Assert.Empty(manifest.Abi.Events);
        Assert.Null(manifest.Extra);
        Assert.Equal(Regex.Replace(ManifestJson(name: "\"n\"", permissions: "[]"), "testManifest", "n"), manifest.ToJson());
    }

    [Fact]
    public void Parameter_type_values_and_names()
    {
        Assert.Equal(0x00, (byte)ContractParameterType.Any);
        Assert.Equal(0x11, (byte)ContractParameterType.Integer);
        Assert.Equal(0x17, (byte)ContractParameterType.Signature);
        Assert.Equal(0x22, (byte)ContractParameterType.Map);
        Assert.Equal(0x30, (byte)ContractParameterType.InteropInterface);
        Assert.Equal(0xff, (byte)ContractParameterType.Void);
        var methods = "[{\"name\":\"m\",\"parameters\":[{\"name\":\"a\",\"type\":\"Hash160\"},{\"name\":\"b\",\"type\":\"InteropInterface\"}],\"returntype\":\"Array\",\"offset\":7,\"safe\":false}]";
        var abi = ContractManifest.Parse(ManifestJson(methods: methods)).Abi;
        Assert.Equal([ContractParameterType.Hash160, ContractParameterType.InteropInterface], abi.Methods[0].Parameters.Select(p => p.Type));
        Assert.Same(abi.Methods[0], abi.GetMethod("m", 2));
        Assert.Same(abi.Methods[0], abi.GetMethod("m", -1));
        Assert.Null(abi.GetMethod("m", 1));
    }
}
