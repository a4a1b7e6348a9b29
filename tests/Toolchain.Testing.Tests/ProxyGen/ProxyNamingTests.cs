using Protocol.Toolchain.Testing.ProxyGen;

namespace Protocol.Toolchain.Testing.Tests.ProxyGen;

/// <summary>How ABI names become C# names: sanitising, keywords, properties, and deterministic collision handling.</summary>
public class ProxyNamingTests
{
    [Theory]
    [InlineData("symbol", "Symbol")]
    [InlineData("tokenURI", "TokenURI")]
    [InlineData("token-uri v2", "TokenUriV2")]
    [InlineData("1st", "_1st")]
    [InlineData("my_method", "MyMethod")]
    [InlineData("jeton\u20acx", "JetonX")]
    public void Pascal_names_keep_ASCII_words_and_capitalise_them(string abi, string expected) =>
        Assert.Equal(expected, CSharpNames.Pascal(abi));

    [Theory]
    [InlineData("newOwner", "newOwner")]
    [InlineData("Token Id", "tokenId")]
    [InlineData("class", "@class")]
    [InlineData("params", "@params")]
    [InlineData("from", "from")]
    public void Parameter_names_are_camel_case_and_keywords_get_an_at_sign(string abi, string expected) =>
        Assert.Equal(expected, CSharpNames.Camel(abi));

    [Fact]
    public void Names_nothing_can_be_made_of_fall_back_to_numbered_ones()
    {
        Assert.Null(CSharpNames.Pascal("-+-"));
        var plan = Plan("\u20ac", Method("-", parameters: ("?", "Integer")), Event("!", ("%", "Any")));
        Assert.Equal("Contract", plan.ClassName);
        Assert.Equal("Method1", plan.Methods[0].Name);
        Assert.Equal(["arg1"], plan.Methods[0].ParameterNames);
        Assert.Equal(("Event1Event", "OnEvent1", "LastEvent1Events"), (plan.Events[0].RecordName, plan.Events[0].EventName, plan.Events[0].ListName));
        Assert.Equal(["Field1"], plan.Events[0].FieldNames);
    }

    [Fact]
    public void Collisions_are_resolved_in_ABI_order()
    {
        var plan = Plan("Token",
            Method("getOwner", safe: true, returns: "Hash160"),
            Method("owner", safe: true, returns: "Hash160"),
            Method("symbol", safe: true, returns: "String"),
            Method("Symbol"),
            Method("call"),
            Method("token"),
            Method("onTransfer"),
            Event("Transfer", ("from", "Hash160"), ("From", "Hash160"), ("decode", "Any")));
        Assert.Equal(["Owner", "Owner2", "Symbol", "Symbol2", "CallMethod", "Token2", "OnTransfer"], plan.Methods.Select(m => m.Name));
        Assert.Equal([true, true, true, false, false, false, false], plan.Methods.Select(m => m.IsProperty));
        var e = Assert.Single(plan.Events);
        Assert.Equal(("Transfer2Event", "OnTransfer2", "LastTransfer2Events"), (e.RecordName, e.EventName, e.ListName));
        Assert.Equal(["From", "From2", "Decode2"], e.FieldNames);
    }

    [Fact]
    public void Overloads_share_a_name_never_become_properties_and_get_no_default_arguments()
    {
        var plan = Plan("T",
            Method("balanceOf", safe: true, returns: "Integer"),
            Method("balanceOf", safe: true, returns: "Integer", parameters: ("owner", "Hash160")),
            Method("transfer", returns: "Boolean", parameters: [("to", "Hash160"), ("data", "Any")]),
            Method("verify", safe: true, returns: "Boolean"),
            Method("tokens", safe: true, returns: "InteropInterface"),
            Method("_deploy", parameters: [("data", "Any"), ("update", "Boolean")]));
        Assert.Equal(["BalanceOf", "BalanceOf", "Transfer", "Verify", "Tokens"], plan.Methods.Select(m => m.Name));
        Assert.All(plan.Methods, m => Assert.False(m.IsProperty));
        Assert.Equal([false, false, true, false, false], plan.Methods.Select(m => m.NullDefaultOnLast));
    }

    private static ProxyPlan Plan(string name, params string[] members)
    {
        var methods = string.Join(",", members.Where(m => m.StartsWith("M")).Select(m => m[1..]));
        var events = string.Join(",", members.Where(m => m.StartsWith("E")).Select(m => m[1..]));
        var manifest = ManifestReader.Read($$$"""{"name":{{{Json(name)}}},"abi":{"methods":[{{{methods}}}],"events":[{{{events}}}]}}""");
        return ProxyPlan.Create(manifest, ProxyPlan.ClassNameFor(manifest.Name));
    }

    private static string Method(string name, bool safe = false, string returns = "Void", params (string Name, string Type)[] parameters) =>
        "M" + $$"""{"name":{{Json(name)}},"parameters":[{{Params(parameters)}}],"returntype":"{{returns}}","offset":0,"safe":""" + (safe ? "true" : "false") + "}";

    private static string Event(string name, params (string Name, string Type)[] parameters) =>
        $$"""E{"name":{{Json(name)}},"parameters":[{{Params(parameters)}}]}""";

    private static string Params((string Name, string Type)[] parameters) =>
        string.Join(",", parameters.Select(p => $$"""{"name":{{Json(p.Name)}},"type":"{{p.Type}}"}"""));

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
