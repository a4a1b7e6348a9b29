using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>
/// A block (neo Payloads/Block.cs): the header followed by its transactions (VarInt count ≤ 65535, then each signed
/// transaction). Its hash is the header's. Parsing rejects a transaction hash seen twice and a header merkle root that is
/// not the merkle root of the transaction hashes (neo's MerkleTree.ComputeRoot, <see cref="TrimmedBlock.ComputeMerkleRoot"/>).
/// As script container it verifies like its header (sign-data = magic ‖ hash; script hash = the previous block's
/// NextConsensus); contracts cannot get it as a stack item (neo's Block is not IInteroperable).
/// </summary>
public sealed class Block : INeoSerializable
{
    /// <summary>Most transactions a block may carry.</summary>
    public const int MaxTransactionsPerBlock = ushort.MaxValue;

    public required Header Header { get; init; }

    public required IReadOnlyList<Transaction> Transactions { get; init; }

    public UInt256 Hash => Header.Hash;

    public uint Version => Header.Version;

    public UInt256 PrevHash => Header.PrevHash;

    public UInt256 MerkleRoot => Header.MerkleRoot;

    /// <summary>Milliseconds since the Unix epoch.</summary>
    public ulong Timestamp => Header.Timestamp;

    public ulong Nonce => Header.Nonce;

    public uint Index => Header.Index;

    /// <summary>Index of the primary (speaker) among the next block validators; it receives the network fees.</summary>
    public byte PrimaryIndex => Header.PrimaryIndex;

    public UInt160 NextConsensus => Header.NextConsensus;

    public Witness Witness => Header.Witness;

    public int Size => Header.Size + VarSize.OfArray(Transactions);

    /// <summary>What the engine reads of the block while it is persisted, carrying the block itself for the natives' hooks.</summary>
    public BlockInfo Info => new(Index, Timestamp, Nonce) { Block = this };

    /// <summary>
    /// A block whose header's merkle root is computed from <paramref name="transactions"/> (all other header fields as given
    /// in <paramref name="header"/>).
    /// </summary>
    public static Block Create(Header header, IReadOnlyList<Transaction> transactions) => new()
    {
        Header = new Header
        {
            Version = header.Version,
            PrevHash = header.PrevHash,
            MerkleRoot = ComputeMerkleRoot(transactions),
            Timestamp = header.Timestamp,
            Nonce = header.Nonce,
            Index = header.Index,
            PrimaryIndex = header.PrimaryIndex,
            NextConsensus = header.NextConsensus,
            Witness = header.Witness,
        },
        Transactions = transactions,
    };

    /// <summary>neo's MerkleTree.ComputeRoot over the transaction hashes (Zero for none).</summary>
    public static UInt256 ComputeMerkleRoot(IReadOnlyList<Transaction> transactions) =>
        TrimmedBlock.ComputeMerkleRoot(transactions.Select(t => t.Hash).ToArray());

    /// <summary>The bytes the validators sign: network magic (u32 LE) followed by the block hash.</summary>
    public byte[] GetSignData(uint network) => Header.GetSignData(network);

    /// <summary>The account that must witness this block (neo Header.GetScriptHashesForVerifying).</summary>
    public UInt160[] GetScriptHashesForVerifying(Storage.IStoreView snapshot) => Header.GetScriptHashesForVerifying(snapshot);

    /// <summary>The block as the Ledger stores it: the header and the transaction hashes.</summary>
    public TrimmedBlock Trim() => new() { Header = Header, Hashes = Transactions.Select(t => t.Hash).ToArray() };

    public void Serialize(NeoBinaryWriter writer)
    {
        writer.Write(Header);
        writer.WriteArray(Transactions);
    }

    public byte[] ToArray() => NeoBinaryWriter.Serialize(this);

    /// <summary>Parses a block. Like neo, bytes after the last transaction are not looked at.</summary>
    public static Block Parse(ReadOnlyMemory<byte> data) => Deserialize(new NeoBinaryReader(data));

    public static Block Deserialize(NeoBinaryReader reader)
    {
        var header = Header.Deserialize(reader);
        var count = (int)reader.ReadVarInt(MaxTransactionsPerBlock);
        var transactions = new Transaction[count];
        var hashes = new UInt256[count];
        var seen = new HashSet<UInt256>();
        for (int i = 0; i < count; i++)
        {
            transactions[i] = Transaction.Deserialize(reader);
            hashes[i] = transactions[i].Hash;
            if (!seen.Add(hashes[i])) throw new FormatException($"TxHash({hashes[i]}) in Block is duplicate");
        }
        if (TrimmedBlock.ComputeMerkleRoot(hashes) != header.MerkleRoot)
            throw new FormatException("The computed Merkle root does not match the expected value.");
        return new Block { Header = header, Transactions = transactions };
    }
}
