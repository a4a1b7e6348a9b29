using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Protocol.Services.Rewards.Merkle;

/// <summary>One hotspot's entry: its NEP-11 token id (32 bytes) and its cumulative reward total in the subDAO token's base units.</summary>
public sealed record RewardLeaf(byte[] TokenId, ulong Cumulative);

/// <summary>A leaf's place in the tree and the siblings from the leaf up to the root (what Rewards.claim takes).</summary>
public sealed record RewardProof(byte[] TokenId, ulong Cumulative, long Index, IReadOnlyList<byte[]> Siblings);

/// <summary>
/// The reward tree exactly as the Rewards contract checks it:
/// leaf = SHA-256(0x00 ‖ tokenId ‖ u64le(cumulative)); inner = SHA-256(0x01 ‖ left ‖ right); leaves sorted by token id
/// (unsigned bytewise, ascending; duplicates refused); a level with an odd number of nodes pairs its last node with
/// 32 zero bytes; the root of one leaf is that leaf; the root of no leaves is 32 zero bytes.
/// </summary>
public sealed class RewardTree
{
    /// <summary>The stand-in sibling of a level's unpaired last node.</summary>
    public static readonly byte[] Empty = new byte[32];

    private readonly List<byte[][]> _levels = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public RewardTree(IEnumerable<RewardLeaf> leaves)
    {
        Leaves = leaves.OrderBy(l => l.TokenId, ByteComparer.Instance).ToList();
        ulong total = 0;
        var level = new byte[Leaves.Count][];
        for (int i = 0; i < Leaves.Count; i++)
        {
            var leaf = Leaves[i];
            if (leaf.TokenId.Length != 32) throw new ArgumentException("Token ids are 32 bytes.", nameof(leaves));
            if (!_positions.TryAdd(Convert.ToHexString(leaf.TokenId), i)) throw new ArgumentException("Duplicate token id.", nameof(leaves));
            total = checked(total + leaf.Cumulative);
            level[i] = LeafHash(leaf.TokenId, leaf.Cumulative);
        }
        Total = total;
        _levels.Add(level);
        while (level.Length > 1)
        {
            var up = new byte[(level.Length + 1) / 2][];
            for (int i = 0; i < up.Length; i++)
                up[i] = InnerHash(level[2 * i], 2 * i + 1 < level.Length ? level[2 * i + 1] : Empty);
            _levels.Add(level = up);
        }
        Root = level.Length == 0 ? Empty : level[0];
    }

    /// <summary>The leaves in tree order.</summary>
    public IReadOnlyList<RewardLeaf> Leaves { get; }

    public byte[] Root { get; }

    /// <summary>Σ cumulative: the total the oracles sign with the root.</summary>
    public ulong Total { get; }

    /// <summary>Siblings in a proof: ⌈log2(leaves)⌉.</summary>
    public int Depth => _levels.Count - 1;

    /// <summary>The proof of the hotspot's leaf.</summary>
    public RewardProof Proof(byte[] tokenId) =>
        TryProof(tokenId, out var proof) ? proof : throw new KeyNotFoundException("The token id has no leaf.");

    /// <summary>The proof of the hotspot's leaf, or false when the tree has none.</summary>
    public bool TryProof(byte[] tokenId, out RewardProof proof)
    {
        proof = null!;
        if (!_positions.TryGetValue(Convert.ToHexString(tokenId), out int index)) return false;
        var siblings = new List<byte[]>(Depth);
        int i = index;
        for (int d = 0; d < Depth; d++, i >>= 1)
        {
            var level = _levels[d];
            int sibling = i ^ 1;
            siblings.Add(sibling < level.Length ? level[sibling] : Empty);
        }
        proof = new RewardProof(tokenId, Leaves[index].Cumulative, index, siblings);
        return true;
    }

    /// <summary>SHA-256(0x00 ‖ tokenId ‖ u64le(cumulative)).</summary>
    public static byte[] LeafHash(byte[] tokenId, ulong cumulative)
    {
        var data = new byte[1 + tokenId.Length + 8];
        tokenId.CopyTo(data, 1);
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(1 + tokenId.Length), cumulative);
        return SHA256.HashData(data);
    }

    /// <summary>SHA-256(0x01 ‖ left ‖ right).</summary>
    public static byte[] InnerHash(byte[] left, byte[] right)
    {
        var data = new byte[65];
        data[0] = 1;
        left.CopyTo(data, 1);
        right.CopyTo(data, 33);
        return SHA256.HashData(data);
    }

    /// <summary>The root a proof leads to (bit d of the index 0: the node is the left child at level d).</summary>
    public static byte[] RootFrom(byte[] tokenId, ulong cumulative, long index, IReadOnlyList<byte[]> siblings)
    {
        var node = LeafHash(tokenId, cumulative);
        foreach (var sibling in siblings)
        {
            node = (index & 1) == 0 ? InnerHash(node, sibling) : InnerHash(sibling, node);
            index >>= 1;
        }
        return node;
    }

    public static bool Verify(byte[] root, RewardProof proof) =>
        RootFrom(proof.TokenId, proof.Cumulative, proof.Index, proof.Siblings).AsSpan().SequenceEqual(root);

    /// <summary>
    /// The 80 bytes reward oracles sign (secp256r1, SHA-256) for a root: u32le(network magic) ‖ the Rewards contract's
    /// script hash (20 bytes, little-endian as Neo stores it) ‖ u64le(subDaoId) ‖ u64le(epoch) ‖ root ‖ u64le(total).
    /// </summary>
    public static byte[] RootMessage(uint network, byte[] rewardsContract, ulong subDaoId, ulong epoch, byte[] root, ulong total)
    {
        if (rewardsContract.Length != 20) throw new ArgumentException("A script hash is 20 bytes.", nameof(rewardsContract));
        if (root.Length != 32) throw new ArgumentException("A root is 32 bytes.", nameof(root));
        var message = new byte[80];
        BinaryPrimitives.WriteUInt32LittleEndian(message, network);
        rewardsContract.CopyTo(message, 4);
        BinaryPrimitives.WriteUInt64LittleEndian(message.AsSpan(24), subDaoId);
        BinaryPrimitives.WriteUInt64LittleEndian(message.AsSpan(32), epoch);
        root.CopyTo(message, 40);
        BinaryPrimitives.WriteUInt64LittleEndian(message.AsSpan(72), total);
        return message;
    }

    private sealed class ByteComparer : IComparer<byte[]>
    {
        public static readonly ByteComparer Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
