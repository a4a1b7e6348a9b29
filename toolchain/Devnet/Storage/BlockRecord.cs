using System.Numerics;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Devnet.Storage;

/// <summary>A NEP-17 balance the tracker holds for (account, asset): the balance after the block and that block's index.</summary>
public sealed record TrackedBalance(UInt160 Account, UInt160 Asset, BigInteger Balance, uint LastUpdatedBlock);

/// <summary>One NEP-17 Transfer of a persisted transaction, as getnep17transfers reports it (Zero stands for a null party).</summary>
public sealed record TrackedTransfer(UInt160 Asset, UInt160 From, UInt160 To, BigInteger Amount, UInt256 TxHash, uint BlockIndex,
    ulong Timestamp, uint NotifyIndex);

/// <summary>
/// Everything a persisted block changed, as one block-log record: the block, its storage changes in key order (null value =
/// delete), the application logs it produced (hash of the transaction or block → getapplicationlog JSON), the NEP-17
/// balances it touched (zero = forget) and its transfers. Replaying the records in order rebuilds the node exactly.
/// Binary: u32 index ‖ VarBytes block ‖ changes ‖ logs ‖ balances ‖ transfers, each a VarInt count of entries.
/// </summary>
public sealed record BlockRecord(
    uint Index,
    byte[] Block,
    IReadOnlyList<KeyValuePair<byte[], byte[]?>> Changes,
    IReadOnlyList<KeyValuePair<byte[], string>> Logs,
    IReadOnlyList<TrackedBalance> Balances,
    IReadOnlyList<TrackedTransfer> Transfers)
{
    public byte[] Serialize()
    {
        var w = new NeoBinaryWriter(Block.Length + 1024);
        w.WriteUInt32(Index);
        w.WriteVarBytes(Block);
        w.WriteVarInt(Changes.Count);
        foreach (var (key, value) in Changes)
        {
            w.WriteVarBytes(key);
            w.WriteBoolean(value is not null);
            if (value is not null) w.WriteVarBytes(value);
        }
        w.WriteVarInt(Logs.Count);
        foreach (var (hash, json) in Logs)
        {
            w.WriteVarBytes(hash);
            w.WriteVarString(json);
        }
        w.WriteVarInt(Balances.Count);
        foreach (var b in Balances)
        {
            w.Write(b.Account);
            w.Write(b.Asset);
            w.WriteVarBytes(b.Balance.ToByteArray());
            w.WriteUInt32(b.LastUpdatedBlock);
        }
        w.WriteVarInt(Transfers.Count);
        foreach (var t in Transfers)
        {
            w.Write(t.Asset);
            w.Write(t.From);
            w.Write(t.To);
            w.WriteVarBytes(t.Amount.ToByteArray());
            w.Write(t.TxHash);
            w.WriteUInt32(t.BlockIndex);
            w.WriteUInt64(t.Timestamp);
            w.WriteUInt32(t.NotifyIndex);
        }
        return w.ToArray();
    }

    public static BlockRecord Deserialize(ReadOnlyMemory<byte> data)
    {
        var r = new NeoBinaryReader(data);
        var index = r.ReadUInt32();
        var block = r.ReadVarBytes();
        var changes = Read(r, () => new KeyValuePair<byte[], byte[]?>(r.ReadVarBytes(), r.ReadBoolean() ? r.ReadVarBytes() : null));
        var logs = Read(r, () => new KeyValuePair<byte[], string>(r.ReadVarBytes(), r.ReadVarString()));
        var balances = Read(r, () => new TrackedBalance(UInt160.Deserialize(r), UInt160.Deserialize(r), new BigInteger(r.ReadVarBytes()), r.ReadUInt32()));
        var transfers = Read(r, () => new TrackedTransfer(UInt160.Deserialize(r), UInt160.Deserialize(r), UInt160.Deserialize(r),
            new BigInteger(r.ReadVarBytes()), UInt256.Deserialize(r), r.ReadUInt32(), r.ReadUInt64(), r.ReadUInt32()));
        r.EnsureEnd();
        return new BlockRecord(index, block, changes, logs, balances, transfers);
    }

    private static List<T> Read<T>(NeoBinaryReader reader, Func<T> read)
    {
        var count = checked((int)reader.ReadVarInt(int.MaxValue));
        var items = new List<T>(Math.Min(count, 4096));
        for (int i = 0; i < count; i++) items.Add(read());
        return items;
    }
}
