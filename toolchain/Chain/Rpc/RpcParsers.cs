using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Protocol.Toolchain.Chain.Json;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Chain.Rpc;

/// <summary>Reads Neo's RPC result shapes into the models of RpcModels.cs; a missing or mistyped field raises FormatException.</summary>
internal static class RpcParsers
{
    public static RpcVersion Version(JsonElement json)
    {
        var rpc = JsonRead.Get(json, "rpc");
        var protocol = JsonRead.Get(json, "protocol");
        return new RpcVersion(
            JsonRead.GetInt32(json, "tcpport"),
            (uint)JsonRead.GetNumber(json, "nonce"),
            JsonRead.GetString(json, "useragent"),
            (uint)JsonRead.GetNumber(protocol, "network"),
            (byte)JsonRead.GetInt32(protocol, "addressversion"),
            JsonRead.GetInt32(protocol, "validatorscount"),
            (uint)JsonRead.GetNumber(protocol, "msperblock"),
            (uint)JsonRead.GetNumber(protocol, "maxtraceableblocks"),
            (uint)JsonRead.GetNumber(protocol, "maxvaliduntilblockincrement"),
            JsonRead.GetInt32(protocol, "maxtransactionsperblock"),
            JsonRead.GetInt32(protocol, "memorypoolmaxtransactions"),
            (long)JsonRead.GetNumber(protocol, "initialgasdistribution"),
            JsonRead.GetOptionalArray(protocol, "hardforks")
                .ToDictionary(h => JsonRead.GetString(h, "name"), h => (uint)JsonRead.GetNumber(h, "blockheight")),
            JsonRead.GetOptionalArray(protocol, "standbycommittee").Select(k => JsonRead.AsString(k, "committee key")).ToList(),
            JsonRead.GetBoolean(rpc, "sessionenabled"),
            JsonRead.GetInt32(rpc, "maxiteratorresultitems"));
    }

    public static RpcInvokeResult Invoke(JsonElement json) => new(
        Convert.FromBase64String(JsonRead.GetString(json, "script")),
        JsonRead.GetString(json, "state"),
        ParseLong(JsonRead.GetString(json, "gasconsumed"), "gasconsumed"),
        JsonRead.TryGet(json, "exception", out var e) ? e.GetString() : null,
        JsonRead.GetOptionalArray(json, "notifications").Select(Notification).ToList(),
        JsonRead.GetOptionalArray(json, "stack").Select(StackItem).ToList(),
        JsonRead.TryGet(json, "session", out var s) ? s.GetString() : null);

    /// <summary>A stack entry; neo writes "error: …" as a plain string when an item cannot be serialised.</summary>
    private static Vm.Types.StackItem StackItem(JsonElement json) =>
        json.ValueKind == JsonValueKind.String
            ? throw new FormatException($"The node could not serialise a result stack item: {json.GetString()}")
            : StackItemJson.Parse(json);

    private static RpcNotification Notification(JsonElement json) => new(
        UInt160.Parse(JsonRead.GetString(json, "contract")),
        JsonRead.GetString(json, "eventname"),
        StackItemJson.Parse(JsonRead.Get(json, "state")));

    public static RpcApplicationLog ApplicationLog(JsonElement json) => new(
        JsonRead.TryGet(json, "txid", out var tx) ? UInt256.Parse(tx.GetString()!) : null,
        JsonRead.TryGet(json, "blockhash", out var block) ? UInt256.Parse(block.GetString()!) : null,
        JsonRead.GetArray(json, "executions").Select(e => new RpcExecution(
            JsonRead.GetString(e, "trigger"),
            JsonRead.GetString(e, "vmstate"),
            JsonRead.TryGet(e, "exception", out var ex) ? ex.GetString() : null,
            ParseLong(JsonRead.GetString(e, "gasconsumed"), "gasconsumed"),
            JsonRead.GetOptionalArray(e, "stack").Select(StackItem).ToList(),
            JsonRead.GetOptionalArray(e, "notifications").Select(Notification).ToList())).ToList());

    public static RpcNep17Balances Nep17Balances(JsonElement json) => new(
        JsonRead.GetString(json, "address"),
        JsonRead.GetArray(json, "balance").Select(b => new RpcNep17Balance(
            UInt160.Parse(JsonRead.GetString(b, "assethash")),
            JsonRead.GetString(b, "name"),
            JsonRead.GetString(b, "symbol"),
            int.Parse(JsonRead.GetString(b, "decimals"), CultureInfo.InvariantCulture),
            BigInteger.Parse(JsonRead.GetString(b, "amount"), CultureInfo.InvariantCulture),
            (uint)JsonRead.GetNumber(b, "lastupdatedblock"))).ToList());

    public static RpcNep17Transfers Nep17Transfers(JsonElement json)
    {
        static RpcNep17Transfer Transfer(JsonElement t) => new(
            (ulong)JsonRead.GetNumber(t, "timestamp"),
            UInt160.Parse(JsonRead.GetString(t, "assethash")),
            JsonRead.TryGet(t, "transferaddress", out var a) ? a.GetString() : null,
            BigInteger.Parse(JsonRead.GetString(t, "amount"), CultureInfo.InvariantCulture),
            (uint)JsonRead.GetNumber(t, "blockindex"),
            (uint)JsonRead.GetNumber(t, "transfernotifyindex"),
            UInt256.Parse(JsonRead.GetString(t, "txhash")));
        return new(JsonRead.GetString(json, "address"),
            JsonRead.GetArray(json, "sent").Select(Transfer).ToList(),
            JsonRead.GetArray(json, "received").Select(Transfer).ToList());
    }

    public static RpcFoundStorage FoundStorage(JsonElement json) => new(
        JsonRead.GetBoolean(json, "truncated"),
        JsonRead.GetInt32(json, "next"),
        JsonRead.GetArray(json, "results").Select(r =>
            (Convert.FromBase64String(JsonRead.GetString(r, "key")), Convert.FromBase64String(JsonRead.GetString(r, "value")))).ToList());

    public static RpcTransaction Transaction(JsonElement json, byte addressVersion) => new(
        TransactionJsonReader.Parse(json, addressVersion),
        JsonRead.TryGet(json, "blockhash", out var b) ? UInt256.Parse(b.GetString()!) : null,
        JsonRead.TryGet(json, "confirmations", out var c) ? (uint)c.GetDouble() : null,
        JsonRead.TryGet(json, "blocktime", out var t) ? (ulong)t.GetDouble() : null);

    private static long ParseLong(string text, string what) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{what}' must be a decimal integer string, got '{text}'.");
}
