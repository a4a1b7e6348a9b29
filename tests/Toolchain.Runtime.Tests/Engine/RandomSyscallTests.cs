using System.Buffers.Binary;
using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// System.Runtime.GetRandom: value i = Murmur128(nonceData, network + i) read as an unsigned little-endian integer,
/// where nonceData = tx hash[0..16] with its first 8 bytes (LE) XORed with the block nonce.
/// </summary>
public class RandomSyscallTests
{
    // neo's TestUtils.GetTransaction(UInt160.Zero): PUSH2 script, one CalledByEntry signer, everything else zero.
    private static readonly Transaction NeoTestTx = SyscallTestContracts.Tx(new Signer(UInt160.Zero, WitnessScope.CalledByEntry));

    // neo's genesis block nonce (the Bitcoin genesis nonce).
    private static readonly BlockInfo Genesis = new(0, 1468595301000, 2083236893);

    private static ApplicationEngine Run(int calls, object? container, BlockInfo? block)
    {
        var sb = new ScriptBuilder();
        for (int i = 0; i < calls; i++) sb.EmitSysCall(Syscalls.RuntimeGetRandom.Hash);
        return SyscallTestContracts.Run(new DataCache(new MemoryStore()), sb.ToArray(), container, block);
    }

    /// <summary>The values in call order.</summary>
    private static BigInteger[] Values(ApplicationEngine engine)
    {
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        return Enumerable.Range(0, engine.ResultStack.Count).Reverse().Select(i => engine.ResultStack[i].GetInteger()).ToArray();
    }

    private static BigInteger[] Derive(byte[] nonceData, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new BigInteger(Murmur128.Hash(nonceData, unchecked(ProtocolSettings.MainNetMagic + (uint)i)), isUnsigned: true))
            .ToArray();

    [Fact]
    public void Neo_vectors_for_the_test_transaction_in_the_genesis_block()
    {
        var expected = new[]
        {
            "271339657438512451304577787170704246350", "98548189559099075644778613728143131367",
            "247654688993873392544380234598471205121", "291082758879475329976578097236212073607",
            "247152297361212656635216876565962360375",
        }.Select(BigInteger.Parse);
        Assert.Equal(expected, Values(Run(5, NeoTestTx, Genesis)));
        // A second engine over the same transaction and block repeats the sequence.
        Assert.Equal(expected, Values(Run(5, NeoTestTx, Genesis)));
    }

    [Fact]
    public void Values_follow_the_published_derivation()
    {
        var nonce = NeoTestTx.Hash.ToArray()[..16];
        BinaryPrimitives.WriteUInt64LittleEndian(nonce, BinaryPrimitives.ReadUInt64LittleEndian(nonce) ^ Genesis.Nonce);
        Assert.Equal(Derive(nonce, 4), Values(Run(4, NeoTestTx, Genesis)));

        // Without a block the nonce data is the hash prefix; without a transaction it is 16 zero bytes.
        Assert.Equal(Derive(NeoTestTx.Hash.ToArray()[..16], 3), Values(Run(3, NeoTestTx, null)));
        Assert.Equal(Derive(new byte[16], 3), Values(Run(3, null, null)));
    }

    [Fact]
    public void Another_block_nonce_or_transaction_changes_every_value()
    {
        var base5 = Values(Run(5, NeoTestTx, Genesis));
        var otherBlock = Values(Run(5, NeoTestTx, Genesis with { Nonce = 1 }));
        var otherTx = Values(Run(5, SyscallTestContracts.Tx(new Signer(UInt160.Zero, WitnessScope.Global)), Genesis));
        for (int i = 0; i < 5; i++)
        {
            Assert.NotEqual(base5[i], otherBlock[i]);
            Assert.NotEqual(base5[i], otherTx[i]);
            Assert.True(base5[i].Sign >= 0 && base5[i] < BigInteger.One << 128);
        }
    }

    [Fact]
    public void Each_call_costs_8192_units_with_a_zero_fixed_price()
    {
        Assert.Equal(0, Syscalls.RuntimeGetRandom.FixedPrice);
        Assert.Equal(CallFlags.None, Syscalls.RuntimeGetRandom.RequiredCallFlags);
        Assert.Equal(3 * 8192 * 30, Run(3, NeoTestTx, Genesis).FeeConsumed);
    }
}
