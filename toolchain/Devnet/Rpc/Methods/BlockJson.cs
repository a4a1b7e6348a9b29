using System.Text.Json;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Devnet.Rpc.Methods;

/// <summary>Verbose block and header JSON (neo Header.ToJson / Block.ToJson).</summary>
public static class BlockJson
{
    public static void WriteHeaderFields(Utf8JsonWriter w, Header h, int size, byte addressVersion)
    {
        w.WriteString("hash", h.Hash.ToString());
        w.WriteNumber("size", size);
        w.WriteNumber("version", h.Version);
        w.WriteString("previousblockhash", h.PrevHash.ToString());
        w.WriteString("merkleroot", h.MerkleRoot.ToString());
        w.WriteNumber("time", h.Timestamp);
        w.WriteString("nonce", h.Nonce.ToString("X16"));
        w.WriteNumber("index", h.Index);
        w.WriteNumber("primary", h.PrimaryIndex);
        w.WriteString("nextconsensus", Address.FromScriptHash(h.NextConsensus, addressVersion));
        w.WriteStartArray("witnesses");
        h.Witness.WriteJson(w);
        w.WriteEndArray();
    }

    public static void WriteBlock(Utf8JsonWriter w, Block block, byte addressVersion, uint currentIndex, Runtime.Models.UInt256? next)
    {
        w.WriteStartObject();
        WriteHeaderFields(w, block.Header, block.Size, addressVersion);
        w.WriteStartArray("tx");
        foreach (var tx in block.Transactions) TransactionJson.Write(w, tx, addressVersion);
        w.WriteEndArray();
        WriteConfirmations(w, block.Index, currentIndex, next);
        w.WriteEndObject();
    }

    public static void WriteHeader(Utf8JsonWriter w, Header header, byte addressVersion, uint currentIndex, Runtime.Models.UInt256? next)
    {
        w.WriteStartObject();
        WriteHeaderFields(w, header, header.Size, addressVersion);
        WriteConfirmations(w, header.Index, currentIndex, next);
        w.WriteEndObject();
    }

    private static void WriteConfirmations(Utf8JsonWriter w, uint index, uint currentIndex, Runtime.Models.UInt256? next)
    {
        w.WriteNumber("confirmations", currentIndex - index + 1);
        if (next is not null) w.WriteString("nextblockhash", next.ToString());
    }
}
