using System.Text.Json;
using System.Text.Json.Nodes;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Chain.Wallets;

/// <summary>
/// One NEP-6 account: address, label, isDefault, lock, key (NEP-2, or null for a watch-only account), contract, extra —
/// written in that order, as neo's NEP6Account.ToJson does.
/// </summary>
public sealed class Nep6Account
{
    public required UInt160 ScriptHash { get; init; }

    public string? Label { get; set; }

    public bool IsDefault { get; set; }

    public bool Lock { get; set; }

    /// <summary>The NEP-2 encrypted private key; null for a watch-only account.</summary>
    public string? Key { get; init; }

    public Nep6Contract? Contract { get; init; }

    public JsonNode? Extra { get; set; }

    public bool HasKey => Key is not null;

    public string Address(byte addressVersion) => Runtime.Contracts.Address.FromScriptHash(ScriptHash, addressVersion);

    public static Nep6Account FromJson(JsonElement json, byte addressVersion)
    {
        JsonRead.RequireObject(json, "wallet account");
        var address = JsonRead.GetString(json, "address");
        UInt160 hash;
        try
        {
            hash = Runtime.Contracts.Address.ToScriptHash(address, addressVersion);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Wallet account address '{address}' is invalid: {ex.Message}", ex);
        }
        var contract = JsonRead.TryGet(json, "contract", out var c) ? Nep6Contract.FromJson(c) : null;
        if (contract is not null && contract.Script.Length > 0 && UInt160.FromScript(contract.Script) != hash)
            throw new FormatException($"Wallet account {address}: its contract script hashes to {UInt160.FromScript(contract.Script)}, not to the address.");
        return new Nep6Account
        {
            ScriptHash = hash,
            Label = JsonRead.TryGet(json, "label", out var label) ? JsonRead.AsString(label, "label") : null,
            IsDefault = JsonRead.GetBoolean(json, "isDefault"),
            Lock = JsonRead.GetBoolean(json, "lock"),
            Key = JsonRead.TryGet(json, "key", out var key) ? JsonRead.AsString(key, "key") : null,
            Contract = contract,
            Extra = JsonRead.TryGet(json, "extra", out var extra) ? JsonTree.FromElement(extra) : null,
        };
    }

    public void WriteJson(Utf8JsonWriter writer, byte addressVersion)
    {
        writer.WriteStartObject();
        writer.WriteString("address", Address(addressVersion));
        WriteNullable(writer, "label", Label);
        writer.WriteBoolean("isDefault", IsDefault);
        writer.WriteBoolean("lock", Lock);
        WriteNullable(writer, "key", Key);
        writer.WritePropertyName("contract");
        if (Contract is null) writer.WriteNullValue();
        else Contract.WriteJson(writer);
        writer.WritePropertyName("extra");
        JsonTree.Write(writer, Extra);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }
}
