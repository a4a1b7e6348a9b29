using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Payloads;

/// <summary>
/// The block's binary form, hash, size and merkle root against neo's UT_Block (TestUtils.MakeBlock: PrevHash zero,
/// timestamp 2024-06-05 00:33:01.001 UTC, index 0, nonce 0, NextConsensus zero, witness {"", PUSH1}; transactions from
/// TestUtils.GetTransaction(UInt160.Zero): script PUSH2, one CalledByEntry signer, empty witness).
/// </summary>
public class BlockTests
{
    // UT_Block.s_blockHex, UT_Block.ToJson's hash and merkle root.
    private const string BlockHex =
        "0000000000000000000000000000000000000000000000000000000000000000000000006c23be5d326" +
        "79baa9c5c2aa0d329fd2a2441d7875d0f34d42f58f70428fbbbb9493ed0e58f01000000000000000000" +
        "00000000000000000000000000000000000000000000000000000100011101000000000000000000000" +
        "0000000000000000000000000000001000000000000000000000000000000000000000001000112010000";

    private static Transaction NeoTestTransaction() => new()
    {
        Signers = [new Signer(UInt160.Zero, WitnessScope.CalledByEntry)], Script = new[] { (byte)OpCode.PUSH2 }, Witnesses = [Witness.Empty],
    };

    private static Block MakeBlock(int transactions) => Block.Create(new Header
    {
        PrevHash = UInt256.Zero,
        MerkleRoot = UInt256.Zero,
        Timestamp = (ulong)new DateTimeOffset(2024, 6, 5, 0, 33, 1, 1, TimeSpan.Zero).ToUnixTimeMilliseconds(),
        Index = 0,
        Nonce = 0,
        NextConsensus = UInt160.Zero,
        Witness = new Witness(ReadOnlyMemory<byte>.Empty, new[] { (byte)OpCode.PUSH1 }),
    }, Enumerable.Range(0, transactions).Select(_ => NeoTestTransaction()).ToArray());

    [Fact]
    public void Serializes_hashes_and_roots_as_neos_UT_Block()
    {
        var block = MakeBlock(1);
        Assert.Equal(BlockHex, Convert.ToHexString(block.ToArray()).ToLowerInvariant());
        Assert.Equal(167, block.Size);
        Assert.Equal("0x942065e93848732c2e7844061fa92d20c5d9dc0bc71d420a1ea71b3431fc21b4", block.Hash.ToString());
        Assert.Equal(block.Header.Hash, block.Hash);
        Assert.Equal("0xb9bbfb2804f7582fd4340f5d87d741242afd29d3a02a5c9caa9b67325dbe236c", block.MerkleRoot.ToString());
        Assert.Equal(block.Transactions[0].Hash, block.MerkleRoot); // one transaction: the root is its hash
        Assert.Equal(114, MakeBlock(0).Size); // UT_Block.Size_Get
        Assert.Equal(UInt256.Zero, MakeBlock(0).MerkleRoot);
        Assert.Equal(273, MakeBlock(3).Size); // UT_Block.Size_Get_3_Transaction
    }

    [Fact]
    public void Parses_its_own_bytes_back()
    {
        var parsed = Block.Parse(Convert.FromHexString(BlockHex));
        Assert.Equal("0x942065e93848732c2e7844061fa92d20c5d9dc0bc71d420a1ea71b3431fc21b4", parsed.Hash.ToString());
        var tx = Assert.Single(parsed.Transactions);
        Assert.Equal(new byte[] { (byte)OpCode.PUSH2 }, tx.Script.ToArray());
        Assert.Equal(BlockHex, Convert.ToHexString(parsed.ToArray()).ToLowerInvariant());
        var info = parsed.Info;
        Assert.Equal((parsed.Index, parsed.Timestamp, parsed.Nonce), (info.Index, info.Timestamp, info.Nonce));
        Assert.Same(parsed, info.Block);
    }

    [Fact]
    public void Parsing_rejects_a_wrong_merkle_root_and_duplicate_transactions()
    {
        var bytes = Convert.FromHexString(BlockHex);
        bytes[36] ^= 1; // first byte of the merkle root
        var wrongRoot = Assert.Throws<FormatException>(() => Block.Parse(bytes));
        Assert.Equal("The computed Merkle root does not match the expected value.", wrongRoot.Message);

        var twice = MakeBlock(2); // two identical transactions
        var duplicate = Assert.Throws<FormatException>(() => Block.Parse(twice.ToArray()));
        Assert.Equal($"TxHash({twice.Transactions[0].Hash}) in Block is duplicate", duplicate.Message);
    }
}
