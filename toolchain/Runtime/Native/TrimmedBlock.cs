using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// A block as the Ledger stores it (neo Native/TrimmedBlock.cs): the header followed by the transaction hashes
/// (VarInt count ≤ 65535, then 32 bytes each). Contracts see Array[hash, version, prevHash, merkleRoot, timestamp,
/// nonce, index, primaryIndex, nextConsensus, transactionsCount].
/// </summary>
public sealed class TrimmedBlock : INeoSerializable
{
    public required Header Header { get; init; }

    public required IReadOnlyList<UInt256> Hashes { get; init; }

    public UInt256 Hash => Header.Hash;

    public uint Index => Header.Index;

    public int Size => Header.Size + VarSize.OfArray(Hashes);

    public void Serialize(NeoBinaryWriter writer)
    {
        writer.Write(Header);
        writer.WriteArray(Hashes);
    }

    public byte[] ToArray() => NeoBinaryWriter.Serialize(this);

    public static TrimmedBlock Parse(ReadOnlyMemory<byte> data)
    {
        var reader = new NeoBinaryReader(data);
        var header = Header.Deserialize(reader);
        var count = (int)reader.ReadVarInt(ushort.MaxValue);
        var hashes = new UInt256[count];
        for (int i = 0; i < count; i++) hashes[i] = UInt256.Deserialize(reader);
        return new TrimmedBlock { Header = header, Hashes = hashes };
    }

    public Array ToStackItem() => new(
    [
        Header.Hash.ToArray(),
        (long)Header.Version,
        Header.PrevHash.ToArray(),
        Header.MerkleRoot.ToArray(),
        new Integer(Header.Timestamp),
        new Integer(Header.Nonce),
        (long)Header.Index,
        (long)Header.PrimaryIndex,
        Header.NextConsensus.ToArray(),
        (long)Hashes.Count,
    ]);

    /// <summary>
    /// neo's MerkleTree.ComputeRoot: Zero for no hashes, the hash itself for one; otherwise pairs are hashed with
    /// Hash256(left ‖ right) level by level, an odd last node being paired with itself.
    /// </summary>
    public static UInt256 ComputeMerkleRoot(IReadOnlyList<UInt256> hashes)
    {
        if (hashes.Count == 0) return UInt256.Zero;
        var level = hashes.ToList();
        var buffer = new byte[64];
        while (level.Count > 1)
        {
            var parents = new List<UInt256>((level.Count + 1) / 2);
            for (int i = 0; i < level.Count; i += 2)
            {
                level[i].AsSpan().CopyTo(buffer);
                (i + 1 < level.Count ? level[i + 1] : level[i]).AsSpan().CopyTo(buffer.AsSpan(32));
                parents.Add(new UInt256(Cryptography.Hashes.Hash256(buffer)));
            }
            level = parents;
        }
        return level[0];
    }
}
