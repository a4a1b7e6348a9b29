using System.Globalization;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads.Attributes;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>Reads the RPC JSON form of a transaction (as getrawtransaction returns it), checking hash and sender when given.</summary>
public static class TransactionJsonReader
{
    public static Transaction Parse(string json, byte addressVersion = Address.DefaultVersion)
    {
        using var doc = JsonDocument.Parse(json);
        return Parse(doc.RootElement, addressVersion);
    }

    public static Transaction Parse(JsonElement json, byte addressVersion = Address.DefaultVersion)
    {
        JsonRead.RequireObject(json, "transaction");
        var tx = new Transaction
        {
            Version = checked((byte)JsonRead.GetInt32(json, "version")),
            Nonce = checked((uint)JsonRead.GetNumber(json, "nonce")),
            SystemFee = long.Parse(JsonRead.GetString(json, "sysfee"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            NetworkFee = long.Parse(JsonRead.GetString(json, "netfee"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            ValidUntilBlock = checked((uint)JsonRead.GetNumber(json, "validuntilblock")),
            Signers = JsonRead.GetArray(json, "signers").Select(Signer.FromJson).ToList(),
            Attributes = JsonRead.GetArray(json, "attributes").Select(Attribute).ToList(),
            Script = Convert.FromBase64String(JsonRead.GetString(json, "script")),
            Witnesses = JsonRead.GetOptionalArray(json, "witnesses").Select(Witness.FromJson).ToList(),
        };
        if (JsonRead.TryGet(json, "hash", out var hash) && UInt256.Parse(hash.GetString()!) != tx.Hash)
            throw new FormatException($"The transaction JSON says hash {hash.GetString()}, but its fields hash to {tx.Hash}.");
        if (JsonRead.TryGet(json, "sender", out var sender) && Address.ToScriptHash(sender.GetString()!, addressVersion) != tx.Sender)
            throw new FormatException($"The transaction JSON says sender {sender.GetString()}, but its first signer is {tx.Sender}.");
        return tx;
    }

    /// <summary>An attribute: {"type": name, …payload} with HighPriority {}, OracleResponse {id, code, result},
    /// NotValidBefore {height}, Conflicts {hash}, NotaryAssisted {nkeys}.</summary>
    public static TransactionAttribute Attribute(JsonElement json)
    {
        var type = JsonRead.ParseDefinedEnum<TransactionAttributeType>(JsonRead.GetString(json, "type"), "attribute type");
        return type switch
        {
            TransactionAttributeType.HighPriority => new HighPriorityAttribute(),
            TransactionAttributeType.OracleResponse => new OracleResponseAttribute(checked((ulong)JsonRead.GetNumber(json, "id")),
                JsonRead.ParseDefinedEnum<OracleResponseCode>(JsonRead.GetString(json, "code"), "oracle response code"),
                Convert.FromBase64String(JsonRead.GetString(json, "result"))),
            TransactionAttributeType.NotValidBefore => new NotValidBeforeAttribute(checked((uint)JsonRead.GetNumber(json, "height"))),
            TransactionAttributeType.Conflicts => new ConflictsAttribute(UInt256.Parse(JsonRead.GetString(json, "hash"))),
            TransactionAttributeType.NotaryAssisted => new NotaryAssistedAttribute(checked((byte)JsonRead.GetInt32(json, "nkeys"))),
            _ => throw new FormatException($"Unknown attribute type {type}."),
        };
    }
}
