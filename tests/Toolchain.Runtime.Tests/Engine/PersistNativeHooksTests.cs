using System.Buffers.Binary;
using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Runtime.Tests.Engine.PersistSupport;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// The Notary's OnPersist (neo UT_Notary.Check_OnPersist_NotaryRewards; deposits of notary-sent transactions) and the
/// Oracle's PostPersist (answered requests removed, oracle nodes paid the price), through whole persisted blocks.
/// </summary>
public class PersistNativeHooksTests
{
    private static readonly ECPoint[] Nodes = [.. new[] { Standby[19], Standby[20] }.Order()];

    private static void Designate(DataCache snapshot, Role role, uint index, IEnumerable<ECPoint> keys)
    {
        var be = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(be, index);
        snapshot.Put(StorageKeys.Create(-8, (byte)role, be), Serialize(new Vm.Types.Array(keys.Order().Select(k => (StackItem)k.ToArray()))));
    }

    private static byte[] Serialize(StackItem item) => BinarySerializer.Serialize(item, ExecutionEngineLimits.Default);

    private static byte[] DepositKey(UInt160 account) => StorageKeys.Create(-10, 1, account.AsSpan());

    [Fact]
    public void Notary_nodes_share_the_notary_assisted_fees_and_the_primary_gets_the_rest()
    {
        // UT_Notary.Check_OnPersist_NotaryRewards: NKeys 4 and 6, network fees 1 and 2 GAS, 0.1 GAS per key, two notaries.
        var snapshot = GenesisState();
        Designate(snapshot, Role.P2PNotary, 1, Nodes);
        var tx1 = Tx(new[] { (byte)OpCode.PUSH2 }, 0, 1_00000000, nonce: 1, attributes: new NotaryAssistedAttribute(4));
        var tx2 = Tx(new[] { (byte)OpCode.PUSH2 }, 0, 2_00000000, nonce: 2, attributes: new NotaryAssistedAttribute(6));
        const long ExpectedNotaryReward = (4 + 1) * 1000_0000 + (6 + 1) * 1000_0000;
        var onPersist = PersistNext(snapshot, tx1, tx2)[0].Notifications;

        Assert.Equal(2 + 1 + 2, onPersist.Count); // two burns, the primary's mint, one mint per notary
        Assert.Equal(1_00000000 + 2_00000000 - ExpectedNotaryReward, (long)onPersist[2].State[2].GetInteger());
        Assert.Equal(new BigInteger(1_00000000 + 2_00000000 - ExpectedNotaryReward), Gas(snapshot, Primary(snapshot)));
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(Account(Nodes[i]).ToArray(), onPersist[3 + i].State[1].GetSpan().ToArray());
            Assert.Equal(ExpectedNotaryReward / 2, (long)onPersist[3 + i].State[2].GetInteger());
            Assert.Equal(new BigInteger(ExpectedNotaryReward / 2), Gas(snapshot, Account(Nodes[i])));
        }
    }

    [Theory]
    [InlineData(1_00000000, 60000000L)]
    [InlineData(40000000, null)] // used up: the deposit is removed
    public void A_notary_sent_transaction_is_paid_from_the_second_signers_deposit(long deposit, long? left)
    {
        var snapshot = GenesisState();
        Designate(snapshot, Role.P2PNotary, 1, Nodes);
        var notary = NativeContracts.Notary.Hash;
        NativeContracts.Gas.MintAtGenesis(snapshot, notary, 1_00000000); // the deposits' GAS, held by the Notary
        snapshot.Put(DepositKey(Bob), Serialize(new Struct([deposit, 100])));
        var tx = new Transaction
        {
            Nonce = 1, SystemFee = 10000000, NetworkFee = 30000000, ValidUntilBlock = 100, Script = new[] { (byte)OpCode.PUSH1 },
            Signers = [new Signer(notary, WitnessScope.None), new Signer(Bob, WitnessScope.None)],
            Attributes = [new NotaryAssistedAttribute(1)], Witnesses = [Witness.Empty, Witness.Empty],
        };
        PersistNext(snapshot, tx);
        var stored = snapshot.TryGet(DepositKey(Bob));
        if (left is null) Assert.Null(stored);
        else
        {
            var item = (Struct)BinarySerializer.Deserialize(stored!, ExecutionEngineLimits.Default);
            Assert.Equal((left.Value, 100), ((long)item[0].GetInteger(), (int)item[1].GetInteger()));
        }
        Assert.Equal(new BigInteger(60000000), Gas(snapshot, notary)); // the Notary account paid the 0.4 GAS fees
        Assert.Equal(new BigInteger(2 * 1000_0000 / 2), Gas(snapshot, Account(Nodes[0]))); // (NKeys + 1) × 0.1 GAS / 2 nodes
    }

    [Fact]
    public void Notary_assisted_transactions_without_notary_nodes_fault_the_block_as_in_neo()
    {
        var snapshot = GenesisState(); // no P2PNotary designation: neo divides the reward by zero nodes
        var tx = Tx(new[] { (byte)OpCode.PUSH2 }, 0, 1_00000000, attributes: new NotaryAssistedAttribute(1));
        var error = Assert.Throws<InvalidOperationException>(() => PersistNext(snapshot, tx));
        Assert.IsType<DivideByZeroException>(error.InnerException);
    }

    [Fact]
    public void Oracle_responses_remove_their_requests_and_pay_the_node_in_turn()
    {
        var snapshot = GenesisState();
        Designate(snapshot, Role.Oracle, 1, Nodes);
        const string UrlA = "https://neo.org", UrlB = "https://example.com";
        void PutRequest(ulong id, string url)
        {
            var be = new byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(be, id);
            var request = new OracleRequest(UInt256.Zero, 10000000, url, null, Bob, "callback", [0x00]);
            snapshot.Put(StorageKeys.Create(-9, 7, be), Serialize(request.ToStackItem()));
        }
        void PutIds(string url, params long[] ids) => snapshot.Put(StorageKeys.Create(-9, 6, Hashes.Hash160(System.Text.Encoding.UTF8.GetBytes(url))),
            Serialize(new Vm.Types.Array(ids.Select(i => (StackItem)new Integer(i)))));
        PutRequest(0, UrlA);
        PutRequest(1, UrlA);
        PutRequest(3, UrlB);
        PutIds(UrlA, 0, 1);
        PutIds(UrlB, 3);
        Transaction Response(ulong id) => Tx(new[] { (byte)OpCode.PUSH1 }, 0, 0, nonce: (uint)id + 10,
            attributes: new OracleResponseAttribute(id, OracleResponseCode.Success, new byte[] { 1 }));
        var postPersist = PersistNext(snapshot, Response(1), Response(3), Response(7))[^1].Notifications;

        Assert.NotNull(OracleContract.GetRequest(snapshot, 0));
        Assert.Null(OracleContract.GetRequest(snapshot, 1));
        Assert.Null(OracleContract.GetRequest(snapshot, 3));
        Assert.Equal([0ul], OracleContract.GetRequestIdsByUrl(snapshot, UrlA));
        Assert.Null(snapshot.TryGet(StorageKeys.Create(-9, 6, Hashes.Hash160(System.Text.Encoding.UTF8.GetBytes(UrlB)))));
        // Ids 1 and 3 both fall to node 1 (id mod 2): one mint of twice the 0.5 GAS price, after NEO's committee bonus.
        Assert.Equal(2, postPersist.Count);
        Assert.Equal(Account(Nodes[1]).ToArray(), postPersist[1].State[1].GetSpan().ToArray());
        Assert.Equal(2 * OracleContract.DefaultPrice, (long)postPersist[1].State[2].GetInteger());
        Assert.Equal(new BigInteger(2 * OracleContract.DefaultPrice), Gas(snapshot, Account(Nodes[1])));
        Assert.Equal(BigInteger.Zero, Gas(snapshot, Account(Nodes[0])));
    }
}
