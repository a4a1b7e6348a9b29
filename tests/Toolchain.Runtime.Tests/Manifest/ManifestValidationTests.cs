using Protocol.Toolchain.Runtime.Manifest;
using static Protocol.Toolchain.Runtime.Tests.Manifest.ManifestParseTests;

namespace Protocol.Toolchain.Runtime.Tests.Manifest;

/// <summary>Every JSON rule of the reference §2.3 raises FormatException.</summary>
public class ManifestValidationTests
{
    private const string Key = "03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c";
    private const string Sig = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQQ==";

    private static string M(string name, string parameters = "[]", string returnType = "\"Void\"", string offset = "0", string safe = "false") =>
        $"{{\"name\":{name},\"parameters\":{parameters},\"returntype\":{returnType},\"offset\":{offset},\"safe\":{safe}}}";

    public static TheoryData<string, string, string> Invalid() => new()
    {
        { "empty name", ManifestJson(name: "\"\""), "name is empty" },
        { "name not a string", ManifestJson(name: "1"), "must be a JSON string" },
        { "features not empty", ManifestJson(features: "{\"a\":1}"), "'features'" },
        { "features not an object", ManifestJson(features: "[]"), "'features'" },
        { "features missing", ManifestJson().Replace("\"features\":{},", ""), "'features'" },
        { "empty standard", ManifestJson(standards: "[\"\"]"), "empty string" },
        { "duplicate standard", ManifestJson(standards: "[\"NEP-17\",\"NEP-17\"]"), "Duplicate supported standard" },
        { "no methods", ManifestJson(methods: "[]"), "no methods" },
        { "abi missing", "{\"name\":\"n\",\"features\":{},\"trusts\":[]}", "'abi'" },
        { "duplicate method and count", ManifestJson(methods: $"[{M("\"a\"")},{M("\"a\"", offset: "1")}]"), "Duplicate ABI method" },
        { "duplicate event", ManifestJson(events: "[{\"name\":\"E\",\"parameters\":[]},{\"name\":\"E\",\"parameters\":[]}]"), "Duplicate ABI event" },
        { "empty event name", ManifestJson(events: "[{\"name\":\"\",\"parameters\":[]}]"), "Event name is empty" },
        { "event without parameters", ManifestJson(events: "[{\"name\":\"E\"}]"), "'parameters'" },
        { "empty method name", ManifestJson(methods: $"[{M("\"\"")}]"), "Method name is empty" },
        { "duplicate parameter", ManifestJson(methods: $"[{M("\"a\"", "[{\"name\":\"x\",\"type\":\"Any\"},{\"name\":\"x\",\"type\":\"Integer\"}]")}]"), "Duplicate parameter name" },
        { "empty parameter name", ManifestJson(methods: $"[{M("\"a\"", "[{\"name\":\"\",\"type\":\"Any\"}]")}]"), "Parameter name is empty" },
        { "void parameter", ManifestJson(methods: $"[{M("\"a\"", "[{\"name\":\"x\",\"type\":\"Void\"}]")}]"), "Void" },
        { "unknown parameter type", ManifestJson(methods: $"[{M("\"a\"", "[{\"name\":\"x\",\"type\":\"Float\"}]")}]"), "not a valid parameter type" },
        { "type name in lower case", ManifestJson(methods: $"[{M("\"a\"", "[{\"name\":\"x\",\"type\":\"integer\"}]")}]"), "not a valid parameter type" },
        { "undefined numeric type", ManifestJson(methods: $"[{M("\"a\"", "[{\"name\":\"x\",\"type\":\"1\"}]")}]"), "not a defined parameter type" },
        { "unknown return type", ManifestJson(methods: $"[{M("\"a\"", returnType: "\"Nothing\"")}]"), "not a valid return type" },
        { "negative offset", ManifestJson(methods: $"[{M("\"a\"", offset: "-1")}]"), "negative offset" },
        { "fractional offset", ManifestJson(methods: $"[{M("\"a\"", offset: "1.5")}]"), "Int32 range" },
        { "offset as string", ManifestJson(methods: $"[{M("\"a\"", offset: "\"1\"")}]"), "JSON number" },
        { "safe as string", ManifestJson(methods: $"[{M("\"a\"", safe: "\"true\"")}]"), "JSON boolean" },
        { "short group signature", ManifestJson(groups: $"[{{\"pubkey\":\"{Key}\",\"signature\":\"QUFB\"}}]"), "64 bytes" },
        { "bad group key", ManifestJson(groups: $"[{{\"pubkey\":\"04{Key[2..]}\",\"signature\":\"{Sig}\"}}]"), "group pubkey" },
        { "duplicate group", ManifestJson(groups: $"[{{\"pubkey\":\"{Key}\",\"signature\":\"{Sig}\"}},{{\"pubkey\":\"{Key}\",\"signature\":\"{Sig}\"}}]"), "Duplicate group public key" },
        { "bad permission contract", ManifestJson(permissions: "[{\"contract\":\"0x00\",\"methods\":\"*\"}]"), "contract descriptor" },
        { "hash without 0x", ManifestJson(permissions: "[{\"contract\":\"000000000000000000000000000000000000000000\",\"methods\":\"*\"}]"), "contract hash" },
        { "methods not a wildcard", ManifestJson(permissions: "[{\"contract\":\"*\",\"methods\":\"all\"}]"), "Invalid wildcard" },
        { "empty permission method", ManifestJson(permissions: "[{\"contract\":\"*\",\"methods\":[\"\"]}]"), "empty method name" },
        { "duplicate permission method", ManifestJson(permissions: "[{\"contract\":\"*\",\"methods\":[\"a\",\"a\"]}]"), "twice" },
        { "duplicate permission", ManifestJson(permissions: "[{\"contract\":\"*\",\"methods\":\"*\"},{\"contract\":\"*\",\"methods\":[\"a\"]}]"), "Duplicate permission contract" },
        { "trusts missing", ManifestJson().Replace("\"trusts\":[],", ""), "'trusts'" },
        { "trusts bad text", ManifestJson(trusts: "\"any\""), "Invalid wildcard" },
        { "duplicate trust", ManifestJson(trusts: "[\"*\",\"*\"]"), "Duplicate trust" },
        { "extra not an object", ManifestJson(extra: "\"x\""), "'extra'" },
        { "duplicate property", ManifestJson().Replace("\"name\":\"testManifest\"", "\"name\":\"a\",\"name\":\"b\""), "Duplicate property" },
        { "duplicate nested property", ManifestJson(extra: "{\"a\":1,\"a\":2}"), "Duplicate property" },
        { "trailing comma", ManifestJson().Replace("\"trusts\":[]", "\"trusts\":[],"), "Invalid JSON" },
        { "not an object", "[]", "JSON object" },
        { "trailing content", ManifestJson() + "{}", "Invalid JSON" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_manifest_is_rejected(string rule, string json, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => ContractManifest.Parse(json));
        Assert.True(ex.Message.Contains(reason, StringComparison.Ordinal), $"{rule}: unexpected message '{ex.Message}'");
    }

    [Fact]
    public void Size_limit_is_65535_bytes()
    {
        var padding = new string('a', ContractManifest.MaxLength);
        var json = ManifestJson(extra: $"{{\"p\":\"{padding}\"}}");
        Assert.Contains("65535", Assert.Throws<FormatException>(() => ContractManifest.Parse(json)).Message);
    }

    [Fact]
    public void Invalid_utf8_is_rejected() =>
        Assert.Throws<FormatException>(() => ContractManifest.Parse(new byte[] { 0x7b, 0x22, 0xff, 0x22, 0x7d }));

    [Fact]
    public void Same_method_name_with_other_arity_is_allowed()
    {
        var json = ManifestJson(methods: $"[{M("\"a\"")},{M("\"a\"", "[{\"name\":\"x\",\"type\":\"Any\"}]", offset: "3")}]");
        Assert.Equal(2, ContractManifest.Parse(json).Abi.Methods.Count);
    }
}
