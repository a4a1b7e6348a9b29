using System.Text.Json;
using System.Text.Json.Nodes;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>
/// A contract manifest (neo SmartContract/Manifest/ContractManifest.cs). <see cref="Parse(string)"/> applies the
/// JSON rules and <see cref="ToJson"/> writes Neo's exact compact JSON (name, groups, features, supportedstandards,
/// abi, permissions, trusts, extra).
/// </summary>
public sealed class ContractManifest
{
    /// <summary>Maximum UTF-8 size of the manifest JSON.</summary>
    public const int MaxLength = ushort.MaxValue;

    public ContractManifest(string name, IReadOnlyList<ContractGroup> groups, IReadOnlyList<string> supportedStandards,
        ContractAbi abi, IReadOnlyList<ContractPermission> permissions,
        WildcardContainer<ContractPermissionDescriptor> trusts, JsonObject? extra)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Groups = groups ?? throw new ArgumentNullException(nameof(groups));
        SupportedStandards = supportedStandards ?? throw new ArgumentNullException(nameof(supportedStandards));
        Abi = abi ?? throw new ArgumentNullException(nameof(abi));
        Permissions = permissions ?? throw new ArgumentNullException(nameof(permissions));
        Trusts = trusts ?? throw new ArgumentNullException(nameof(trusts));
        Extra = extra;
    }

    public string Name { get; }

    public IReadOnlyList<ContractGroup> Groups { get; }

    public IReadOnlyList<string> SupportedStandards { get; }

    public ContractAbi Abi { get; }

    public IReadOnlyList<ContractPermission> Permissions { get; }

    public WildcardContainer<ContractPermissionDescriptor> Trusts { get; }

    /// <summary>Free-form object, or null.</summary>
    public JsonObject? Extra { get; }

    public static ContractManifest Parse(string json) => Parse(StrictUtf8.GetBytes(json));

    /// <summary>Parses manifest JSON (≤65535 bytes of strict UTF-8); any rule violation raises <see cref="FormatException"/>.</summary>
    public static ContractManifest Parse(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Length > MaxLength)
            throw new FormatException($"Manifest JSON is {utf8.Length} bytes, more than {MaxLength}.");
        using var document = JsonRead.Parse(utf8);
        return FromJson(document.RootElement);
    }

    /// <summary>
    /// The JSON rules of ContractManifest.FromJson: name non-empty; features exactly {}; supported standards
    /// non-empty and unique; groups unique by key; permissions unique by contract; trusts unique; extra an object
    /// or null; plus the ABI rules of <see cref="ContractAbi.FromJson"/>.
    /// </summary>
    public static ContractManifest FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "manifest");
        var name = JsonRead.GetString(json, "name");
        var groups = JsonRead.GetOptionalArray(json, "groups").Select(ContractGroup.FromJson).ToArray();
        var standards = JsonRead.GetOptionalArray(json, "supportedstandards").Select(e => JsonRead.AsString(e, "supported standard")).ToArray();
        var abi = ContractAbi.FromJson(JsonRead.Get(json, "abi"));
        var permissions = JsonRead.GetOptionalArray(json, "permissions").Select(ContractPermission.FromJson).ToArray();
        var trusts = WildcardContainer<ContractPermissionDescriptor>.FromJson(JsonRead.Get(json, "trusts"), "trusts",
            e => ContractPermissionDescriptor.Parse(JsonRead.AsString(e, "trust")));
        JsonObject? extra = null;
        if (JsonRead.TryGet(json, "extra", out var extraElement))
        {
            if (extraElement.ValueKind != JsonValueKind.Object)
                throw new FormatException($"'extra' must be an object or null, got {extraElement.ValueKind}.");
            extra = JsonTree.ToObject(extraElement);
        }

        if (string.IsNullOrEmpty(name))
            throw new FormatException("Manifest name is empty.");
        RequireUnique(groups.Select(g => g.PublicKey), "group public key");
        if (!JsonRead.TryGet(json, "features", out var features) || features.ValueKind != JsonValueKind.Object
            || features.EnumerateObject().Any())
            throw new FormatException("Manifest 'features' must be an empty object.");
        if (standards.Any(string.IsNullOrEmpty))
            throw new FormatException("A supported standard is an empty string.");
        RequireUnique(standards, "supported standard");
        RequireUnique(permissions.Select(p => p.Contract), "permission contract");
        RequireUnique(trusts, "trust");
        return new ContractManifest(name, groups, standards, abi, permissions, trusts, extra);
    }

    private static void RequireUnique<T>(IEnumerable<T> items, string what)
    {
        var seen = new HashSet<T>();
        foreach (var item in items)
        {
            if (!seen.Add(item))
                throw new FormatException($"Duplicate {what} '{item}'.");
        }
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        writer.WriteStartArray("groups");
        foreach (var g in Groups) g.WriteJson(writer);
        writer.WriteEndArray();
        writer.WriteStartObject("features");
        writer.WriteEndObject();
        writer.WriteStartArray("supportedstandards");
        foreach (var s in SupportedStandards) writer.WriteStringValue(s);
        writer.WriteEndArray();
        writer.WritePropertyName("abi");
        Abi.WriteJson(writer);
        writer.WriteStartArray("permissions");
        foreach (var p in Permissions) p.WriteJson(writer);
        writer.WriteEndArray();
        Trusts.WriteJson(writer, "trusts", (w, t) => w.WriteStringValue(t.ToString()));
        writer.WritePropertyName("extra");
        JsonTree.Write(writer, Extra);
        writer.WriteEndObject();
    }

    /// <summary>Neo's compact JSON text (what ContractManagement stores and deploy sends).</summary>
    public string ToJson() => JsonWrite.ToText(WriteJson);

    public byte[] ToJsonUtf8() => JsonWrite.ToUtf8(WriteJson);

    /// <summary>
    /// ContractState.CanCall: some permission allows calling <paramref name="method"/> on the contract with this
    /// hash and these manifest groups. (A callee's safe methods are callable regardless; the engine checks that.)
    /// </summary>
    public bool CanCall(UInt160 targetHash, IEnumerable<ECPoint> targetGroups, string method)
    {
        var groups = targetGroups as IReadOnlyCollection<ECPoint> ?? targetGroups.ToArray();
        return Permissions.Any(p => p.IsAllowed(targetHash, groups, method));
    }

    /// <summary>CanCall against a target manifest.</summary>
    public bool CanCall(UInt160 targetHash, ContractManifest target, string method) =>
        CanCall(targetHash, target.Groups.Select(g => g.PublicKey), method);

    /// <summary>True when every group signature verifies over <paramref name="contractHash"/>.</summary>
    public bool GroupsAreValid(UInt160 contractHash) => Groups.All(g => g.IsValid(contractHash));

    /// <summary>ContractManifest.IsValid: the stack-item form fits the VM limits (VM check) and every group verifies.</summary>
    public bool IsValid(UInt160 contractHash, IManifestVmChecks vm) =>
        vm.FitsStackItemLimits(this) && GroupsAreValid(contractHash);

    /// <summary>Helper.Check: every method offset lies on an instruction boundary (VM check) and the ABI names are unique.</summary>
    public void CheckAgainstScript(ReadOnlyMemory<byte> script, IManifestVmChecks vm)
    {
        foreach (var method in Abi.Methods)
        {
            if (!vm.IsInstructionBoundary(script, method.Offset))
                throw new FormatException($"Method '{method.Name}' offset {method.Offset} is not an instruction boundary of the script.");
        }
        Abi.CheckUniqueness();
    }
}
