using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>A permission: which contracts ("contract") and which of their methods ("methods") may be called.</summary>
public sealed class ContractPermission
{
    /// <summary>{"contract":"*","methods":"*"}.</summary>
    public static readonly ContractPermission Default = new(ContractPermissionDescriptor.Wildcard, WildcardContainer<string>.CreateWildcard());

    public ContractPermission(ContractPermissionDescriptor contract, WildcardContainer<string> methods)
    {
        Contract = contract ?? throw new ArgumentNullException(nameof(contract));
        Methods = methods ?? throw new ArgumentNullException(nameof(methods));
    }

    public ContractPermissionDescriptor Contract { get; }

    public WildcardContainer<string> Methods { get; }

    /// <summary>Method names must be non-empty and unique.</summary>
    public static ContractPermission FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "permission");
        var contract = ContractPermissionDescriptor.Parse(JsonRead.GetString(json, "contract"));
        var methods = WildcardContainer<string>.FromJson(JsonRead.Get(json, "methods"), "permission methods",
            e => JsonRead.AsString(e, "permission method"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in methods)
        {
            if (string.IsNullOrEmpty(method))
                throw new FormatException("A permission lists an empty method name.");
            if (!seen.Add(method))
                throw new FormatException($"A permission lists method '{method}' twice.");
        }
        return new ContractPermission(contract, methods);
    }

    /// <summary>
    /// ContractPermission.IsAllowed: the descriptor covers the target (hash match, or the target's manifest has
    /// the group, or wildcard) and the method list is "*" or contains <paramref name="method"/>.
    /// </summary>
    public bool IsAllowed(UInt160 targetHash, IEnumerable<ECPoint> targetGroups, string method)
    {
        ArgumentNullException.ThrowIfNull(targetHash);
        ArgumentNullException.ThrowIfNull(targetGroups);
        if (!Contract.Matches(targetHash, targetGroups)) return false;
        return Methods.IsWildcard || Methods.Contains(method);
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("contract", Contract.ToString());
        Methods.WriteJson(writer, "methods", (w, m) => w.WriteStringValue(m));
        writer.WriteEndObject();
    }
}
