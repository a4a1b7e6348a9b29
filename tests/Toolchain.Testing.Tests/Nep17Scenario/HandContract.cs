using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Nef;

namespace Protocol.Toolchain.Testing.Tests.Nep17Scenario;

/// <summary>An ABI method of a hand-assembled contract: parameters as (name, ABI type) pairs.</summary>
internal sealed record AbiMethod(string Name, (string Name, string Type)[] Parameters, string Returns, bool Safe = false);

/// <summary>A hand-assembled contract ready for <see cref="TestEngine.Deploy(NefFile, ContractManifest, object?)"/>.</summary>
internal sealed record HandContract(NefFile Nef, ContractManifest Manifest, string ManifestJson, byte[] Script)
{
    /// <summary>
    /// Builds the NEF (compiler "hand") and the manifest: every ABI method's offset is the <see cref="Assembler"/>
    /// method of the same name, so a missing entry point fails here rather than at deploy.
    /// </summary>
    public static HandContract Create(string name, Assembler asm, IEnumerable<AbiMethod> methods, string[] standards,
        string eventsJson, string permissionsJson)
    {
        var script = asm.Build();
        var methodsJson = string.Join(",", methods.Select(m =>
            $$"""{"name":"{{m.Name}}","parameters":[{{Params(m.Parameters)}}],"returntype":"{{m.Returns}}","offset":{{asm.MethodOffset(m.Name)}},"safe":{{(m.Safe ? "true" : "false")}}}"""));
        var standardsJson = string.Join(",", standards.Select(s => $"\"{s}\""));
        var json = $$"""{"name":"{{name}}","groups":[],"features":{},"supportedstandards":[{{standardsJson}}],"abi":{"methods":[{{methodsJson}}],"events":[{{eventsJson}}]},"permissions":[{{permissionsJson}}],"trusts":[],"extra":null}""";
        return new HandContract(NefFile.Create("hand", "", [], script), ContractManifest.Parse(json), json, script);
    }

    /// <summary>An ABI parameter list in manifest JSON.</summary>
    public static string Params((string Name, string Type)[] parameters) =>
        string.Join(",", parameters.Select(p => $$"""{"name":"{{p.Name}}","type":"{{p.Type}}"}"""));
}
