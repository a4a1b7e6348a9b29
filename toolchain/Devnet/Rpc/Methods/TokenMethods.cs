using System.Globalization;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Devnet.Rpc.Methods;

/// <summary>
/// neo-node TokensTracker's getnep17balances(address) — {address, balance: [{assethash, name, symbol, decimals, amount,
/// lastupdatedblock}]} with decimals and amount as strings, symbol and decimals read from the token — and
/// getnep17transfers(address[, startTime[, endTime]]) — {address, sent, received}, newest first, the last 7 days by default.
/// </summary>
public static class TokenMethods
{
    public static void Register(RpcDispatcher rpc, DevnetNode node)
    {
        var version = node.Settings.AddressVersion;
        rpc.Register("getnep17balances", (p, w) =>
        {
            var account = p.Address(0, "address");
            node.Tracked((tracker, snapshot) =>
            {
                w.WriteStartObject();
                w.WriteString("address", Address.FromScriptHash(account, version));
                w.WriteStartArray("balance");
                foreach (var balance in tracker.BalancesOf(account))
                {
                    var contract = ContractManagement.GetContract(snapshot, balance.Asset);
                    if (contract is null || ReadToken(snapshot, node.Settings, balance.Asset) is not var (symbol, decimals)) continue;
                    w.WriteStartObject();
                    w.WriteString("assethash", balance.Asset.ToString());
                    w.WriteString("name", contract.Manifest.Name);
                    w.WriteString("symbol", symbol);
                    w.WriteString("decimals", decimals.ToString(CultureInfo.InvariantCulture));
                    w.WriteString("amount", balance.Balance.ToString(CultureInfo.InvariantCulture));
                    w.WriteNumber("lastupdatedblock", balance.LastUpdatedBlock);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
                return 0;
            });
        });
        rpc.Register("getnep17transfers", (p, w) =>
        {
            var account = p.Address(0, "address");
            var now = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var start = (ulong)p.Integer(1, "startTime", 0, long.MaxValue, fallback: 0);
            var end = (ulong)p.Integer(2, "endTime", 0, long.MaxValue, fallback: 0);
            start = start == 0 ? now - (ulong)TimeSpan.FromDays(7).TotalMilliseconds : start;
            end = end == 0 ? now : end;
            if (end < start) throw new RpcServerException(RpcError.InvalidParams);
            var transfers = node.Tracked((tracker, _) => tracker.TransfersOf(account)
                .Where(t => t.Timestamp >= start && t.Timestamp <= end).OrderByDescending(t => t.Timestamp).ToList());
            w.WriteStartObject();
            w.WriteString("address", Address.FromScriptHash(account, version));
            foreach (var (name, sent) in new[] { ("sent", true), ("received", false) })
            {
                w.WriteStartArray(name);
                foreach (var t in transfers.Where(t => sent ? t.From == account : t.To == account))
                {
                    var other = sent ? t.To : t.From;
                    w.WriteStartObject();
                    w.WriteNumber("timestamp", t.Timestamp);
                    w.WriteString("assethash", t.Asset.ToString());
                    if (other == UInt160.Zero) w.WriteNull("transferaddress");
                    else w.WriteString("transferaddress", Address.FromScriptHash(other, version));
                    w.WriteString("amount", t.Amount.ToString(CultureInfo.InvariantCulture));
                    w.WriteNumber("blockindex", t.BlockIndex);
                    w.WriteNumber("transfernotifyindex", t.NotifyIndex);
                    w.WriteString("txhash", t.TxHash.ToString());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        });
    }

    /// <summary>symbol() and decimals() as neo-node reads them (one script, two dynamic calls); null when either fails.</summary>
    private static (string Symbol, System.Numerics.BigInteger Decimals)? ReadToken(Runtime.Storage.DataCache snapshot, ProtocolSettings settings, UInt160 asset)
    {
        var script = new ScriptBuilder();
        ScriptFactory.EmitDynamicCall(script, asset, "decimals", CallFlags.All, []);
        ScriptFactory.EmitDynamicCall(script, asset, "symbol", CallFlags.All, []);
        var engine = new ApplicationEngine(TriggerType.Application, null, snapshot.CloneCache(), settings);
        engine.LoadScript(new Script(script.ToArray()));
        if (engine.Execute() != VMState.HALT || engine.ResultStack.Count != 2) return null;
        try
        {
            return (engine.ResultStack[0].GetString()!, engine.ResultStack[1].GetInteger());
        }
        catch (Exception ex) when (ex is InvalidCastException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
