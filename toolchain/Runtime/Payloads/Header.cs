using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>
/// A block header (neo Payloads/Header.cs). Unsigned form: version u32 (0), prevHash 32, merkleRoot 32, timestamp u64 (ms),
/// nonce u64, index u32, primaryIndex u8, nextConsensus 20; then an array of exactly one witness. The hash is SHA256 of
/// the unsigned form.
/// </summary>
public sealed class Header : INeoSerializable
{
    public uint Version { get; init; }

    public required UInt256 PrevHash { get; init; }

    public required UInt256 MerkleRoot { get; init; }

    /// <summary>Milliseconds since the Unix epoch.</summary>
    public ulong Timestamp { get; init; }

    public ulong Nonce { get; init; }

    public uint Index { get; init; }

    public byte PrimaryIndex { get; init; }

    /// <summary>The multisig account of the validators that sign the next block.</summary>
    public required UInt160 NextConsensus { get; init; }

    public required Witness Witness { get; init; }

    public const int UnsignedSize = 4 + UInt256.Length + UInt256.Length + 8 + 8 + 4 + 1 + UInt160.Length;

    public int Size => UnsignedSize + 1 + Witness.Size;

    /// <summary>SHA256 of the unsigned bytes.</summary>
    public UInt256 Hash => new(Hashes.Sha256(GetUnsignedData()));

    public byte[] GetUnsignedData()
    {
        var writer = new NeoBinaryWriter(UnsignedSize);
        SerializeUnsigned(writer);
        return writer.ToArray();
    }

    /// <summary>The bytes the validators sign: network magic (u32 LE) followed by the hash (neo Helper.GetSignData).</summary>
    public byte[] GetSignData(uint network)
    {
        var data = new byte[4 + UInt256.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(data, network);
        Hash.AsSpan().CopyTo(data.AsSpan(4));
        return data;
    }

    /// <summary>
    /// neo Header.GetScriptHashesForVerifying: the genesis header (PrevHash zero) is witnessed by its own verification
    /// script; any other by the previous block's NextConsensus, which must be in the Ledger.
    /// </summary>
    public UInt160[] GetScriptHashesForVerifying(Storage.IStoreView snapshot)
    {
        if (PrevHash == UInt256.Zero) return [Witness.ScriptHash];
        var previous = Native.LedgerContract.GetTrimmedBlock(snapshot, PrevHash)
            ?? throw new InvalidOperationException($"Block {PrevHash} was not found");
        return [previous.Header.NextConsensus];
    }

    public void SerializeUnsigned(NeoBinaryWriter writer)
    {
        writer.WriteUInt32(Version);
        writer.Write(PrevHash);
        writer.Write(MerkleRoot);
        writer.WriteUInt64(Timestamp);
        writer.WriteUInt64(Nonce);
        writer.WriteUInt32(Index);
        writer.WriteByte(PrimaryIndex);
        writer.Write(NextConsensus);
    }

    public void Serialize(NeoBinaryWriter writer)
    {
        SerializeUnsigned(writer);
        writer.WriteArray(new[] { Witness });
    }

    public byte[] ToArray() => NeoBinaryWriter.Serialize(this);

    public static Header Deserialize(NeoBinaryReader reader)
    {
        var version = reader.ReadUInt32();
        if (version > 0) throw new FormatException($"`version`({version}) in Header must be 0");
        var prevHash = UInt256.Deserialize(reader);
        var merkleRoot = UInt256.Deserialize(reader);
        var timestamp = reader.ReadUInt64();
        var nonce = reader.ReadUInt64();
        var index = reader.ReadUInt32();
        var primary = reader.ReadByte();
        var nextConsensus = UInt160.Deserialize(reader);
        var count = reader.ReadVarInt(1);
        if (count != 1) throw new FormatException($"Expected 1 witness in Header, got {count}.");
        return new Header
        {
            Version = version,
            PrevHash = prevHash,
            MerkleRoot = merkleRoot,
            Timestamp = timestamp,
            Nonce = nonce,
            Index = index,
            PrimaryIndex = primary,
            NextConsensus = nextConsensus,
            Witness = Witness.Deserialize(reader),
        };
    }
}
