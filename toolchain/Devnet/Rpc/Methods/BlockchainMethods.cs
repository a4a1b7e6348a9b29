using System.Text.Json;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Devnet.Rpc.Methods;

/// <summary>neo-node RpcServer.Blockchain.cs: blocks, transactions, contracts, storage and the natives.</summary>
public static class BlockchainMethods
{
    public static void Register(RpcDispatcher rpc, DevnetNode node)
    {
        var version = node.Settings.AddressVersion;
        rpc.Register("getblockcount", (_, w) => w.WriteNumberValue(node.Height + 1));
        rpc.Register("getbestblockhash", (_, w) => w.WriteStringValue(node.Read(LedgerContract.CurrentHash).ToString()));
        rpc.Register("getblockhash", (p, w) =>
        {
            var height = (uint)p.Integer(0, "height", 0, uint.MaxValue);
            var hash = node.Read(s => LedgerContract.GetBlockHash(s, height)) ?? throw new RpcServerException(RpcError.UnknownHeight);
            w.WriteStringValue(hash.ToString());
        });
        rpc.Register("getblock", (p, w) => node.Read(s =>
        {
            var block = FullBlock(s, BlockHash(s, p)) ?? throw new RpcServerException(RpcError.UnknownBlock);
            if (p.Boolean(1, "verbose", false))
                BlockJson.WriteBlock(w, block, version, LedgerContract.CurrentIndex(s), LedgerContract.GetBlockHash(s, block.Index + 1));
            else w.WriteStringValue(Convert.ToBase64String(block.ToArray()));
            return 0;
        }));
        rpc.Register("getblockheader", (p, w) => node.Read(s =>
        {
            var hash = BlockHash(s, p);
            var block = hash is null ? null : LedgerContract.GetTrimmedBlock(s, hash) ?? throw new RpcServerException(RpcError.UnknownBlock);
            if (block is null) throw new RpcServerException(RpcError.UnknownBlock);
            if (p.Boolean(1, "verbose", false))
                BlockJson.WriteHeader(w, block.Header, version, LedgerContract.CurrentIndex(s), LedgerContract.GetBlockHash(s, block.Index + 1));
            else w.WriteStringValue(Convert.ToBase64String(block.Header.ToArray()));
            return 0;
        }));
        rpc.Register("getrawtransaction", (p, w) => GetRawTransaction(node, p, w));
        rpc.Register("gettransactionheight", (p, w) =>
        {
            var hash = p.Hash256(0, "hash");
            var state = node.Read(s => LedgerContract.GetTransactionState(s, hash)) ?? throw new RpcServerException(RpcError.UnknownTransaction);
            w.WriteNumberValue(state.BlockIndex);
        });
        rpc.Register("getrawmempool", (p, w) =>
        {
            var hashes = node.PooledHashes();
            if (!p.Boolean(0, "shouldGetUnverified", false))
            {
                w.WriteStartArray();
                foreach (var h in hashes) w.WriteStringValue(h.ToString());
                w.WriteEndArray();
                return;
            }
            w.WriteStartObject();
            w.WriteNumber("height", node.Height);
            w.WriteStartArray("verified");
            foreach (var h in hashes) w.WriteStringValue(h.ToString());
            w.WriteEndArray();
            w.WriteStartArray("unverified"); w.WriteEndArray();
            w.WriteEndObject();
        });
        rpc.Register("getcontractstate", (p, w) =>
        {
            var key = p.String(0, "contractNameOrHashOrId");
            var contract = node.Read(s => ContractLookup.Find(s, key)) ?? throw new RpcServerException(RpcError.UnknownContract);
            ContractStateJson.Write(w, contract);
        });
        rpc.Register("getnativecontracts", (_, w) =>
        {
            w.WriteStartArray();
            foreach (var native in NativeContracts.All) ContractStateJson.Write(w, native.State);
            w.WriteEndArray();
        });
        rpc.Register("getstorage", (p, w) => node.Read(s =>
        {
            var id = ContractLookup.Id(s, p.String(0, "contractNameOrHashOrId"));
            var key = p.Base64(1, "base64Key");
            var value = s.TryGet(StorageKeys.Create(id, key)) ?? throw new RpcServerException(RpcError.UnknownStorageItem);
            w.WriteStringValue(Convert.ToBase64String(value));
            return 0;
        }));
        rpc.Register("findstorage", (p, w) => node.Read(s =>
        {
            var id = ContractLookup.Id(s, p.String(0, "contractNameOrHashOrId"));
            var prefix = p.Base64(1, "base64KeyPrefix");
            var start = (int)p.Integer(2, "start", 0, int.MaxValue, fallback: 0);
            var page = node.Options.FindStoragePageSize;
            var entries = s.Seek(StorageKeys.Create(id, prefix), backward: false).Skip(start).Take(page + 1).ToList();
            w.WriteStartObject();
            w.WriteBoolean("truncated", entries.Count > page);
            var shown = entries.Take(page).ToList();
            w.WriteNumber("next", start + shown.Count);
            w.WriteStartArray("results");
            foreach (var (key, value) in shown)
            {
                w.WriteStartObject();
                w.WriteString("key", Convert.ToBase64String(key.AsSpan(4)));
                w.WriteString("value", Convert.ToBase64String(value));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            return 0;
        }));
        rpc.Register("getcommittee", (_, w) =>
        {
            w.WriteStartArray();
            foreach (var key in node.Read(s => NativeContracts.Neo.GetCommittee(s))) w.WriteStringValue(key.ToString());
            w.WriteEndArray();
        });
    }

    private static UInt256? BlockHash(DataCache s, RpcParams p)
    {
        var text = p.String(0, "blockHashOrIndex");
        if (uint.TryParse(text, out var index)) return LedgerContract.GetBlockHash(s, index);
        try
        {
            return UInt256.Parse(text);
        }
        catch (FormatException)
        {
            throw new RpcServerException(RpcError.InvalidParams.WithData($"Invalid block hash or index format: {p.Element(0).GetRawText()}"));
        }
    }

    private static Block? FullBlock(DataCache s, UInt256? hash)
    {
        if (hash is null || LedgerContract.GetTrimmedBlock(s, hash) is not { } trimmed) return null;
        return new Block { Header = trimmed.Header, Transactions = trimmed.Hashes.Select(h => LedgerContract.GetTransaction(s, h)!).ToList() };
    }

    private static void GetRawTransaction(DevnetNode node, RpcParams p, Utf8JsonWriter w)
    {
        var hash = p.Hash256(0, "hash");
        var verbose = p.Boolean(1, "verbose", false);
        var pooled = node.PooledTransaction(hash);
        if (pooled is not null && !verbose)
        {
            w.WriteStringValue(Convert.ToBase64String(pooled.ToArray()));
            return;
        }
        node.Read(s =>
        {
            var state = LedgerContract.GetTransactionState(s, hash);
            var tx = pooled ?? state?.Transaction ?? throw new RpcServerException(RpcError.UnknownTransaction);
            if (!verbose)
            {
                w.WriteStringValue(Convert.ToBase64String(tx.ToArray()));
                return 0;
            }
            using var doc = JsonDocument.Parse(TransactionJson.ToJson(tx, node.Settings.AddressVersion));
            w.WriteStartObject();
            foreach (var property in doc.RootElement.EnumerateObject()) property.WriteTo(w);
            if (state is not null)
            {
                var block = LedgerContract.GetTrimmedBlock(s, LedgerContract.GetBlockHash(s, state.BlockIndex)!)!;
                w.WriteString("blockhash", block.Hash.ToString());
                w.WriteNumber("confirmations", LedgerContract.CurrentIndex(s) - block.Index + 1);
                w.WriteNumber("blocktime", block.Header.Timestamp);
            }
            w.WriteEndObject();
            return 0;
        });
    }
}
