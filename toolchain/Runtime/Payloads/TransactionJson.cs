using System.Text.Json;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>The RPC JSON form of a transaction (neo Transaction.ToJson).</summary>
public static class TransactionJson
{
    public static void Write(Utf8JsonWriter writer, Transaction tx, byte addressVersion = Address.DefaultVersion)
    {
        writer.WriteStartObject();
        writer.WriteString("hash", tx.Hash.ToString());
        writer.WriteNumber("size", tx.Size);
        writer.WriteNumber("version", tx.Version);
        writer.WriteNumber("nonce", tx.Nonce);
        writer.WriteString("sender", Address.FromScriptHash(tx.Sender, addressVersion));
        writer.WriteString("sysfee", tx.SystemFee.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("netfee", tx.NetworkFee.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteNumber("validuntilblock", tx.ValidUntilBlock);
        writer.WriteStartArray("signers");
        foreach (var s in tx.Signers) s.WriteJson(writer);
        writer.WriteEndArray();
        writer.WriteStartArray("attributes");
        foreach (var a in tx.Attributes) a.WriteJson(writer);
        writer.WriteEndArray();
        writer.WriteString("script", Convert.ToBase64String(tx.Script.Span));
        writer.WriteStartArray("witnesses");
        foreach (var w in tx.Witnesses) w.WriteJson(writer);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string ToJson(Transaction tx, byte addressVersion = Address.DefaultVersion) =>
        JsonWrite.ToText(w => Write(w, tx, addressVersion));
}
