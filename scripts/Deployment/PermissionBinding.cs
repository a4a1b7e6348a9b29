using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Scripts.Deployment;

/// <summary>
/// Turns a contract's wildcard call permissions into permissions on the protocol contracts it actually calls. A contract
/// that calls a sibling whose hash is only known at deployment (Data Credits calls Hnt.burn and PriceFeed.conservativePrice)
/// declares <c>[ContractPermission(Permission.Any, "burn", ...)]</c>; before deploying, each such method is bound to the
/// planned hash of the contract that serves it, so the deployed manifest names exact contracts. The hash of a contract
/// does not depend on its manifest's permissions, so binding changes no planned hash.
/// </summary>
public static class PermissionBinding
{
    /// <summary>Callbacks a token standard makes to whatever contract receives tokens: these stay wildcards.</summary>
    public static readonly IReadOnlySet<string> StandardCallbacks = new HashSet<string>(StringComparer.Ordinal) { "onNEP17Payment", "onNEP11Payment" };

    /// <summary>
    /// A copy of <paramref name="artifact"/> whose wildcard-contract permissions are replaced by one permission per
    /// target in <paramref name="targets"/> (method → the contracts that serve it; an empty list drops the method, for a
    /// sibling this plan does not deploy). Throws when a wildcard method is not in <paramref name="targets"/> and is not a
    /// standard callback, or when a permission allows every method of every contract.
    /// </summary>
    public static ContractArtifact Bind(ContractArtifact artifact, IReadOnlyDictionary<string, UInt160[]> targets)
    {
        var manifest = JsonNode.Parse(artifact.ManifestBytes)!.AsObject();
        var permissions = manifest["permissions"]!.AsArray();
        var bound = new JsonArray();
        var byTarget = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var permission in permissions.Select(p => p!.AsObject()))
        {
            if (permission["contract"]!.GetValue<string>() != "*")
            {
                bound.Add(permission.DeepClone());
                continue;
            }
            if (permission["methods"] is not JsonArray methods)
                throw new InvalidOperationException($"{artifact.Name}: a permission allows every method of every contract; name the methods.");
            var callbacks = new JsonArray();
            foreach (var method in methods.Select(m => m!.GetValue<string>()))
            {
                if (targets.TryGetValue(method, out var served))
                {
                    foreach (var target in served)
                    {
                        var key = target.ToString();
                        if (!byTarget.TryGetValue(key, out var set)) byTarget[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                        set.Add(method);
                    }
                }
                else if (StandardCallbacks.Contains(method))
                    callbacks.Add(method);
                else
                    throw new InvalidOperationException($"{artifact.Name}: the wildcard permission for '{method}' is bound to no protocol contract; add it to the deployment plan's bindings.");
            }
            if (callbacks.Count > 0) bound.Add(new JsonObject { ["contract"] = "*", ["methods"] = callbacks });
        }
        foreach (var (contract, methods) in byTarget)
        {
            var existing = bound.Select(p => p!.AsObject()).FirstOrDefault(p => p["contract"]!.GetValue<string>() == contract);
            if (existing is not null)
                throw new InvalidOperationException($"{artifact.Name}: {contract} already has a declared permission; declare its methods in one place.");
            bound.Add(new JsonObject { ["contract"] = contract, ["methods"] = new JsonArray(methods.Select(m => (JsonNode)m).ToArray()) });
        }
        manifest["permissions"] = bound;
        var bytes = Encoding.UTF8.GetBytes(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        return new ContractArtifact(artifact.NefBytes, bytes, artifact.Name);
    }
}
