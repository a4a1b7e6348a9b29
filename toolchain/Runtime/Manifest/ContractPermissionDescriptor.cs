using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>Which contracts a permission or trust names: "*", a contract hash ("0x" + 40 hex) or a group key (66 hex).</summary>
public sealed class ContractPermissionDescriptor : IEquatable<ContractPermissionDescriptor>
{
    public static readonly ContractPermissionDescriptor Wildcard = new(null, null);

    private ContractPermissionDescriptor(UInt160? hash, ECPoint? group)
    {
        Hash = hash;
        Group = group;
    }

    public UInt160? Hash { get; }

    public ECPoint? Group { get; }

    public bool IsHash => Hash is not null;

    public bool IsGroup => Group is not null;

    public bool IsWildcard => Hash is null && Group is null;

    public static ContractPermissionDescriptor Create(UInt160 hash) => new(hash ?? throw new ArgumentNullException(nameof(hash)), null);

    public static ContractPermissionDescriptor Create(ECPoint group) => new(null, group ?? throw new ArgumentNullException(nameof(group)));

    /// <summary>By text length as neo: 42 → hash, 66 → public key, "*" → wildcard; anything else is an error.</summary>
    public static ContractPermissionDescriptor Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length switch
        {
            42 => Create(JsonRead.ParseUInt160(text, "contract hash")),
            66 => Create(JsonRead.ParseECPoint(text, "group public key")),
            _ when text == "*" => Wildcard,
            _ => throw new FormatException($"Invalid contract descriptor '{text}': expected \"*\", a 0x-prefixed hash or a public key."),
        };
    }

    /// <summary>True when the descriptor covers a contract with this hash and these manifest groups.</summary>
    public bool Matches(UInt160 contractHash, IEnumerable<ECPoint> contractGroups)
    {
        if (IsHash) return Hash == contractHash;
        if (IsGroup) return contractGroups.Any(g => g == Group);
        return true;
    }

    public override string ToString() => Hash?.ToString() ?? Group?.ToString() ?? "*";

    public bool Equals(ContractPermissionDescriptor? other) =>
        other is not null && Hash == other.Hash && Group == other.Group;

    public override bool Equals(object? obj) => Equals(obj as ContractPermissionDescriptor);

    public override int GetHashCode() => HashCode.Combine(Hash, Group);
}
