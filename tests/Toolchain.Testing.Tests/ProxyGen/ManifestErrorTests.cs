using Protocol.Toolchain.Testing.ProxyGen;

namespace Protocol.Toolchain.Testing.Tests.ProxyGen;

/// <summary>Manifests the generator cannot handle: each error names the JSON path of the field at fault.</summary>
public class ManifestErrorTests
{
    private const string Ok = """{"name":"a","parameters":[],"returntype":"Void","offset":0,"safe":false}""";

    public static TheoryData<string, string, string> BadManifests => new()
    {
        { "oops", "(JSON syntax)", "unexpected character 'o', expected a value at line 1, column 1" },
        { "{\"name\":\"T\",\n \"abi\":{}} x", "(JSON syntax)", "unexpected text after the JSON value at line 2, column 12" },
        { "[]", "(root)", "a manifest must be a JSON object" },
        { "{}", "name", "missing" },
        { """{"name":""}""", "name", "the contract name is empty" },
        { """{"name":7}""", "name", "expected a string, found a number" },
        { """{"name":"T"}""", "abi", "missing" },
        { """{"name":"T","abi":{"methods":[]}}""", "abi.methods", "the ABI has no methods" },
        { """{"name":"T","abi":{"methods":{}}}""", "abi.methods", "expected an array, found an object" },
        { """{"name":"T","abi":{"methods":[1]}}""", "abi.methods[0]", "expected an object, found a number" },
        { """{"name":"T","abi":{"methods":[{"name":"a","parameters":[{"name":"x","type":"Foo"}],"returntype":"Void","offset":0,"safe":false}]}}""",
            "abi.methods[0].parameters[0].type", "unknown ABI type 'Foo' (expected one of Any, Boolean, Integer" },
        { """{"name":"T","abi":{"methods":[{"name":"a","parameters":[],"returntype":"integer","offset":0,"safe":false}]}}""",
            "abi.methods[0].returntype", "unknown ABI type 'integer'" },
        { """{"name":"T","abi":{"methods":[{"name":"a","parameters":[{"name":"x","type":"Void"}],"returntype":"Void","offset":0,"safe":false}]}}""",
            "abi.methods[0].parameters[0].type", "parameter 'x' cannot have type Void" },
        { """{"name":"T","abi":{"methods":[{"name":"a","parameters":[{"name":"x","type":"Any"},{"name":"x","type":"Any"}],"returntype":"Void","offset":0,"safe":false}]}}""",
            "abi.methods[0].parameters[1].name", "duplicate parameter name 'x'" },
        { """{"name":"T","abi":{"methods":[{"name":"a","parameters":[],"returntype":"Void","offset":0,"safe":"yes"}]}}""",
            "abi.methods[0].safe", "expected true or false" },
        { """{"name":"T","abi":{"methods":[{"name":"a","parameters":[],"returntype":"Void","offset":0}]}}""", "abi.methods[0].safe", "missing" },
        { """{"name":"T","abi":{"methods":[{"name":"","parameters":[],"returntype":"Void","offset":0,"safe":false}]}}""",
            "abi.methods[0].name", "the method name is empty" },
        { $$$"""{"name":"T","abi":{"methods":[{{{Ok}}},{{{Ok}}}]}}""", "abi.methods[1]", "duplicate method 'a' with 0 parameter(s)" },
        { """{"name":"T","abi":{"methods":[""" + Ok + """],"events":{}}}""", "abi.events", "expected an array, found an object" },
        { $$$"""{"name":"T","abi":{"methods":[{{{Ok}}}],"events":[{"name":"E","parameters":[]},{"name":"E","parameters":[]}]}}""",
            "abi.events[1]", "duplicate event 'E'" },
        { $$$"""{"name":"T","abi":{"methods":[{{{Ok}}}],"events":[{"name":"E"}]}}""", "abi.events[0].parameters", "missing" },
        { $$$"""{"name":"T","supportedstandards":[17],"abi":{"methods":[{{{Ok}}}]}}""", "supportedstandards[0]", "expected a string, found a number" },
    };

    [Theory]
    [MemberData(nameof(BadManifests))]
    public void A_manifest_the_generator_cannot_handle_is_an_error_naming_the_field(string json, string field, string problem)
    {
        var error = Assert.Throws<ManifestFormatException>(() => ProxySource.Generate(json));
        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + ": ", error.Message);
        Assert.Contains(problem, error.Problem);
    }

    [Theory]
    [InlineData("1Proxies", null)]
    [InlineData("My..Proxies", null)]
    [InlineData("Proxies", "class")]
    [InlineData("Proxies", "Bad-Name")]
    public void An_invalid_namespace_or_class_name_is_refused(string ns, string? className)
    {
        var json = $$$"""{"name":"T","abi":{"methods":[{{{Ok}}}]}}""";
        var error = Assert.Throws<ArgumentException>(() => ProxySource.Generate(json, new ProxyOptions { Namespace = ns, ClassName = className }));
        Assert.Contains("is not a valid C#", error.Message);
    }
}
