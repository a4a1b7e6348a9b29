using Protocol.Toolchain.Runtime.Manifest;

namespace Protocol.Toolchain.Testing.Proxies;

/// <summary>
/// Whether a proxy still fits the contract being deployed: same contract name, and every method (name, parameter
/// types, return type, safe flag) and event (name, parameter types) the same on both sides. Offsets and parameter
/// names do not matter to a caller and are not compared.
/// </summary>
public static class ProxyAbiCheck
{
    /// <summary>Throws <see cref="InvalidOperationException"/> listing every difference.</summary>
    public static void Check(ContractManifest deployed, ContractManifest proxy)
    {
        var problems = Differences(deployed, proxy);
        if (problems.Count > 0)
            throw new InvalidOperationException(
                $"The proxy of '{proxy.Name}' was generated from another manifest than the one deployed; regenerate it. " + string.Join("; ", problems) + ".");
    }

    public static IReadOnlyList<string> Differences(ContractManifest deployed, ContractManifest proxy)
    {
        var problems = new List<string>();
        if (deployed.Name != proxy.Name) problems.Add($"the deployed contract is named '{deployed.Name}'");
        var have = deployed.Abi.Methods.Select(Describe).ToHashSet();
        var want = proxy.Abi.Methods.Select(Describe).ToHashSet();
        problems.AddRange(want.Except(have).Order(StringComparer.Ordinal).Select(m => $"method {m} is not deployed"));
        problems.AddRange(have.Except(want).Order(StringComparer.Ordinal).Select(m => $"method {m} is not in the proxy"));
        var haveEvents = deployed.Abi.Events.Select(Describe).ToHashSet();
        var wantEvents = proxy.Abi.Events.Select(Describe).ToHashSet();
        problems.AddRange(wantEvents.Except(haveEvents).Order(StringComparer.Ordinal).Select(e => $"event {e} is not deployed"));
        problems.AddRange(haveEvents.Except(wantEvents).Order(StringComparer.Ordinal).Select(e => $"event {e} is not in the proxy"));
        return problems;
    }

    private static string Describe(ContractMethodDescriptor m) =>
        $"{m.Name}({string.Join(",", m.Parameters.Select(p => p.Type))}):{m.ReturnType}{(m.Safe ? " safe" : "")}";

    private static string Describe(ContractEventDescriptor e) => $"{e.Name}({string.Join(",", e.Parameters.Select(p => p.Type))})";
}
