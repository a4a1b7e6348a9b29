using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>
/// A transaction signer (neo Payloads/Signer.cs): account, scopes, then — only when their flag is set — up to 16
/// allowed contracts, 16 allowed groups and 16 rules. Global must stand alone.
/// </summary>
public sealed class Signer : INeoSerializable, IEquatable<Signer>
{
    public const int MaxSubitems = 16;

    private const WitnessScope ValidScopes = WitnessScope.CalledByEntry | WitnessScope.CustomContracts
        | WitnessScope.CustomGroups | WitnessScope.WitnessRules | WitnessScope.Global;

    public Signer(UInt160 account, WitnessScope scopes, IReadOnlyList<UInt160>? allowedContracts = null,
        IReadOnlyList<ECPoint>? allowedGroups = null, IReadOnlyList<WitnessRule>? rules = null)
    {
        Account = account ?? throw new ArgumentNullException(nameof(account));
        Scopes = scopes;
        AllowedContracts = allowedContracts ?? [];
        AllowedGroups = allowedGroups ?? [];
        Rules = rules ?? [];
    }

    public UInt160 Account { get; }

    public WitnessScope Scopes { get; }

    public IReadOnlyList<UInt160> AllowedContracts { get; }

    public IReadOnlyList<ECPoint> AllowedGroups { get; }

    public IReadOnlyList<WitnessRule> Rules { get; }

    public int Size =>
        UInt160.Length + 1
        + (Scopes.HasFlag(WitnessScope.CustomContracts) ? VarSize.OfArray(AllowedContracts) : 0)
        + (Scopes.HasFlag(WitnessScope.CustomGroups) ? VarSize.OfArray(AllowedGroups) : 0)
        + (Scopes.HasFlag(WitnessScope.WitnessRules) ? VarSize.OfArray(Rules) : 0);

    /// <summary>Throws unless the scopes are known flags and Global stands alone.</summary>
    public static void ValidateScopes(WitnessScope scopes)
    {
        if ((scopes & ~ValidScopes) != 0)
            throw new FormatException($"Signer scopes 0x{(byte)scopes:x2} contain unknown flags.");
        if (scopes.HasFlag(WitnessScope.Global) && scopes != WitnessScope.Global)
            throw new FormatException($"Signer scope Global cannot be combined with other scopes ({scopes}).");
    }

    public static Signer Deserialize(NeoBinaryReader reader)
    {
        var account = UInt160.Deserialize(reader);
        var scopes = (WitnessScope)reader.ReadByte();
        ValidateScopes(scopes);
        var contracts = scopes.HasFlag(WitnessScope.CustomContracts) ? ReadItems(reader, UInt160.Deserialize) : [];
        var groups = scopes.HasFlag(WitnessScope.CustomGroups) ? ReadItems(reader, r => ECPoint.Deserialize(r)) : [];
        var rules = scopes.HasFlag(WitnessScope.WitnessRules) ? ReadItems(reader, WitnessRule.Deserialize) : [];
        return new Signer(account, scopes, contracts, groups, rules);
    }

    private static T[] ReadItems<T>(NeoBinaryReader reader, Func<NeoBinaryReader, T> read)
    {
        var items = new T[reader.ReadVarInt(MaxSubitems)];
        for (var i = 0; i < items.Length; i++) items[i] = read(reader);
        return items;
    }

    public void Serialize(NeoBinaryWriter writer)
    {
        writer.Write(Account);
        writer.WriteByte((byte)Scopes);
        if (Scopes.HasFlag(WitnessScope.CustomContracts)) writer.WriteArray(AllowedContracts);
        if (Scopes.HasFlag(WitnessScope.CustomGroups)) writer.WriteArray(AllowedGroups);
        if (Scopes.HasFlag(WitnessScope.WitnessRules)) writer.WriteArray(Rules);
    }

    /// <summary>RPC form; the lists are read only when their scope flag is set (at most 16 each).</summary>
    public static Signer FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "signer");
        var account = JsonRead.ParseUInt160(JsonRead.GetString(json, "account"), "signer account");
        var scopes = JsonRead.ParseEnum<WitnessScope>(JsonRead.GetString(json, "scopes"), "witness scope");
        ValidateScopes(scopes);
        var contracts = scopes.HasFlag(WitnessScope.CustomContracts)
            ? ParseItems(json, "allowedcontracts", e => JsonRead.ParseUInt160(JsonRead.AsString(e, "allowed contract"), "allowed contract"))
            : [];
        var groups = scopes.HasFlag(WitnessScope.CustomGroups)
            ? ParseItems(json, "allowedgroups", e => JsonRead.ParseECPoint(JsonRead.AsString(e, "allowed group"), "allowed group"))
            : [];
        var rules = scopes.HasFlag(WitnessScope.WitnessRules) ? ParseItems(json, "rules", WitnessRule.FromJson) : [];
        return new Signer(account, scopes, contracts, groups, rules);
    }

    private static T[] ParseItems<T>(JsonElement json, string name, Func<JsonElement, T> parse)
    {
        var items = JsonRead.GetArray(json, name).Select(parse).ToArray();
        if (items.Length > MaxSubitems)
            throw new FormatException($"Signer '{name}' has {items.Length} items, more than {MaxSubitems}.");
        return items;
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("account", Account.ToString());
        writer.WriteString("scopes", Scopes.ToString());
        if (Scopes.HasFlag(WitnessScope.CustomContracts))
        {
            writer.WriteStartArray("allowedcontracts");
            foreach (var c in AllowedContracts) writer.WriteStringValue(c.ToString());
            writer.WriteEndArray();
        }
        if (Scopes.HasFlag(WitnessScope.CustomGroups))
        {
            writer.WriteStartArray("allowedgroups");
            foreach (var g in AllowedGroups) writer.WriteStringValue(g.ToString());
            writer.WriteEndArray();
        }
        if (Scopes.HasFlag(WitnessScope.WitnessRules))
        {
            writer.WriteStartArray("rules");
            foreach (var r in Rules) r.WriteJson(writer);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    public string ToJson() => JsonWrite.ToText(WriteJson);

    public bool Equals(Signer? other) =>
        other is not null && Account == other.Account && Scopes == other.Scopes
        && (!Scopes.HasFlag(WitnessScope.CustomContracts) || AllowedContracts.SequenceEqual(other.AllowedContracts))
        && (!Scopes.HasFlag(WitnessScope.CustomGroups) || AllowedGroups.SequenceEqual(other.AllowedGroups))
        && (!Scopes.HasFlag(WitnessScope.WitnessRules) || Rules.SequenceEqual(other.Rules));

    public override bool Equals(object? obj) => Equals(obj as Signer);

    public override int GetHashCode() => HashCode.Combine(Account, Scopes);
}
