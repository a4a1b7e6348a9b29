using System.Globalization;
using System.Text.Json;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Devnet.Rpc.Methods;

/// <summary>neo-node RpcServer.Node.cs and .Utilities.cs: getversion, sendrawtransaction, calculatenetworkfee and peers.</summary>
public static class NodeMethods
{
    private static readonly string[] Hardforks = ["Aspidochelone", "Basilisk", "Cockatrice", "Domovoi", "Echidna", "Faun", "Gorgon"];
    private static readonly uint Nonce = (uint)Random.Shared.Next();

    public static void Register(RpcDispatcher rpc, DevnetNode node)
    {
        rpc.Register("getversion", (_, w) => GetVersion(node, w));
        rpc.Register("getconnectioncount", (_, w) => w.WriteNumberValue(0));
        rpc.Register("getpeers", (_, w) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("unconnected"); w.WriteEndArray();
            w.WriteStartArray("bad"); w.WriteEndArray();
            w.WriteStartArray("connected"); w.WriteEndArray();
            w.WriteEndObject();
        });
        rpc.Register("sendrawtransaction", (p, w) => SendRawTransaction(node, p, w));
        rpc.Register("calculatenetworkfee", (p, w) =>
        {
            var tx = ParseTransaction(p.Base64(0, "tx"), "Invalid tx.");
            var fee = node.Read(s => NetworkFeeCalculator.Calculate(tx, s, node.Settings));
            w.WriteStartObject();
            w.WriteString("networkfee", fee.ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
        });
        rpc.Register("validateaddress", (p, w) =>
        {
            var address = p.String(0, "address");
            bool valid;
            try
            {
                Address.ToScriptHash(address, node.Settings.AddressVersion);
                valid = true;
            }
            catch (FormatException)
            {
                valid = false;
            }
            w.WriteStartObject();
            w.WriteString("address", address);
            w.WriteBoolean("isvalid", valid);
            w.WriteEndObject();
        });
        rpc.Register("listplugins", (_, w) =>
        {
            w.WriteStartArray();
            foreach (var (name, iface) in new[] { ("ApplicationLogs", "IPlugin"), ("RpcServer", "IPlugin"), ("TokensTracker", "IPlugin") })
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("version", "3.9.1");
                w.WriteStartArray("interfaces"); w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
        // Not a Neo method: moves the clock of the next blocks on (ms), so epochs and lockups pass without waiting.
        rpc.Register("devnet_advancetime", (p, w) =>
        {
            var ms = (ulong)p.Integer(0, "milliseconds", 1, 10L * 365 * 86_400_000);
            w.WriteStartObject();
            w.WriteNumber("offset", node.AdvanceClock(ms));
            w.WriteEndObject();
        });
        // Not a Neo method: makes blocks now (the devnet's "on demand"), e.g. with a block time of 0.
        rpc.Register("devnet_produceblocks", (p, w) =>
        {
            var count = (int)p.Integer(0, "count", 1, 1000, fallback: 1);
            w.WriteStartObject();
            w.WriteNumber("height", node.ProduceBlocks(count));
            w.WriteEndObject();
        });
    }

    private static void GetVersion(DevnetNode node, Utf8JsonWriter w)
    {
        var s = node.Settings;
        var (msPerBlock, maxTraceable, maxIncrement) = node.Read(snapshot => (PolicyContract.GetMillisecondsPerBlock(snapshot, s),
            PolicyContract.GetMaxTraceableBlocks(snapshot, s), PolicyContract.GetMaxValidUntilBlockIncrement(snapshot, s)));
        w.WriteStartObject();
        w.WriteNumber("tcpport", 0);
        w.WriteNumber("nonce", Nonce);
        w.WriteString("useragent", "/Protocol.Devnet:1.0/");
        w.WriteStartObject("rpc");
        w.WriteNumber("maxiteratorresultitems", node.Options.MaxIteratorResultItems);
        w.WriteBoolean("sessionenabled", false);
        w.WriteEndObject();
        w.WriteStartObject("protocol");
        w.WriteNumber("addressversion", s.AddressVersion);
        w.WriteNumber("network", s.Network);
        w.WriteNumber("validatorscount", s.ValidatorsCount);
        w.WriteNumber("msperblock", msPerBlock);
        w.WriteNumber("maxtraceableblocks", maxTraceable);
        w.WriteNumber("maxvaliduntilblockincrement", maxIncrement);
        w.WriteNumber("maxtransactionsperblock", node.Options.MaxTransactionsPerBlock);
        w.WriteNumber("memorypoolmaxtransactions", node.Options.MemoryPoolMaxTransactions);
        w.WriteNumber("initialgasdistribution", s.InitialGasDistribution);
        w.WriteStartArray("hardforks");
        foreach (var name in Hardforks)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteNumber("blockheight", 0);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("standbycommittee");
        foreach (var key in s.StandbyCommittee) w.WriteStringValue(key.ToString());
        w.WriteEndArray();
        w.WriteStartArray("seedlist"); w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void SendRawTransaction(DevnetNode node, RpcParams p, Utf8JsonWriter w)
    {
        var text = p.String(0, "base64Tx");
        byte[] data;
        try
        {
            data = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new RpcServerException(RpcError.InvalidParams.WithData("Invalid Transaction Format: Expected Base64-encoded string"));
        }
        if (data.Length > Transaction.MaxTransactionSize)
            throw new RpcServerException(RpcError.InvalidSize.WithData("Transaction size exceeds the maximum allowed."));
        var tx = ParseTransaction(data, "Invalid Transaction Format");
        var outcome = node.Submit(tx);
        if (!outcome.Succeeded) throw new RpcServerException(RelayError(outcome));
        w.WriteStartObject();
        w.WriteString("hash", tx.Hash.ToString());
        w.WriteEndObject();
    }

    /// <summary>neo-node GetRelayResult: each VerifyResult's code; the data is the reason's name, then the devnet's detail.</summary>
    public static RpcError RelayError(Verification outcome)
    {
        var error = outcome.Result switch
        {
            VerifyResult.AlreadyExists => RpcError.AlreadyExists,
            VerifyResult.AlreadyInPool => RpcError.AlreadyInPool,
            VerifyResult.OutOfMemory => RpcError.MempoolCapReached,
            VerifyResult.InvalidScript => RpcError.InvalidScript,
            VerifyResult.InvalidAttribute => RpcError.InvalidAttribute,
            VerifyResult.InvalidSignature => RpcError.InvalidSignature,
            VerifyResult.OverSize => RpcError.InvalidSize,
            VerifyResult.Expired => RpcError.ExpiredTransaction,
            VerifyResult.InsufficientFunds => RpcError.InsufficientFunds,
            VerifyResult.PolicyFail => RpcError.PolicyFailed,
            _ => RpcError.VerificationFailed,
        };
        return error.WithData(outcome.Detail.Length == 0 ? outcome.Result.ToString() : $"{outcome.Result}: {outcome.Detail}");
    }

    private static Transaction ParseTransaction(byte[] data, string message)
    {
        try
        {
            return Transaction.Parse(data);
        }
        catch (FormatException ex)
        {
            throw new RpcServerException(RpcError.InvalidParams.WithData($"{message} {ex.Message}"));
        }
    }
}
