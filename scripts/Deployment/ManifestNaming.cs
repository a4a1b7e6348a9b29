using System.Text;
using System.Text.Json.Nodes;
using Protocol.Toolchain.Chain.Deploy;

namespace Protocol.Scripts.Deployment;

/// <summary>
/// Deploys one NEF more than once from the same sender: a contract's hash is fixed by sender, NEF checksum and manifest
/// name, so each subDAO's token and treasury get their own manifest name (SubDaoToken.IOT, Treasury.MOBILE …).
/// </summary>
public static class ManifestNaming
{
    public static ContractArtifact Rename(ContractArtifact artifact, string name)
    {
        var manifest = JsonNode.Parse(artifact.ManifestBytes)!.AsObject();
        manifest["name"] = name;
        return new ContractArtifact(artifact.NefBytes, Encoding.UTF8.GetBytes(manifest.ToJsonString()), name);
    }
}
