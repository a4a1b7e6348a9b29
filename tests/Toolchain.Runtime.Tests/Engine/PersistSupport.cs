using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>Genesis state, transactions and next blocks for the block persistence tests.</summary>
internal static class PersistSupport
{
    public static readonly ProtocolSettings Settings = ProtocolSettings.Default;
    public static readonly IReadOnlyList<ECPoint> Standby = Settings.StandbyCommittee;
    public static readonly UInt160 Validators = Genesis.ValidatorsAddress(Settings);
    public static readonly UInt160 Bob = UInt160.Parse("0x0a0b0c0d0e0f101112131415161718191a1b1c1d");
    public static readonly UInt160 GasHash = NativeContracts.Gas.Hash;

    public static DataCache GenesisState()
    {
        var snapshot = new DataCache(new MemoryStore());
        Genesis.Initialize(snapshot, Settings);
        return snapshot;
    }

    public static BigInteger Gas(IStoreView snapshot, UInt160 account) => NativeContracts.Gas.BalanceOf(snapshot, account);

    public static UInt160 Account(ECPoint key) => NeoToken.SignatureAccount(key);

    /// <summary>The primary's account: the sorted next block validators at <paramref name="primaryIndex"/>.</summary>
    public static UInt160 Primary(IStoreView snapshot, int primaryIndex = 0) =>
        Account(NativeContracts.Neo.GetNextBlockValidators(snapshot, Settings.ValidatorsCount)[primaryIndex]);

    public static Transaction Tx(byte[] script, long systemFee, long networkFee, UInt160? sender = null, uint nonce = 1,
        params TransactionAttribute[] attributes) => new()
    {
        Nonce = nonce, SystemFee = systemFee, NetworkFee = networkFee, ValidUntilBlock = 100,
        Signers = [new Signer(sender ?? Validators, WitnessScope.CalledByEntry)], Attributes = attributes, Script = script,
        Witnesses = [Witness.Empty],
    };

    /// <summary>GAS transfer of <paramref name="amount"/> datoshi from the validators' account to Bob (then optionally ABORT).</summary>
    public static byte[] TransferScript(long amount, bool abort = false)
    {
        var script = EngineRun.DynamicCall(GasHash, "transfer", CallFlags.All, Validators, Bob, amount, Array.Empty<byte>());
        return abort ? [.. script, (byte)OpCode.ABORT] : script;
    }

    /// <summary>The block after the Ledger's current one: 15 s later, the given primary, the same NextConsensus.</summary>
    public static Block NextBlock(IStoreView snapshot, byte primaryIndex = 0, params Transaction[] transactions)
    {
        var previous = LedgerContract.GetTrimmedBlock(snapshot, LedgerContract.CurrentHash(snapshot))!;
        return Block.Create(new Header
        {
            PrevHash = previous.Hash,
            MerkleRoot = UInt256.Zero,
            Timestamp = previous.Header.Timestamp + 15_000,
            Nonce = 7,
            Index = previous.Index + 1,
            PrimaryIndex = primaryIndex,
            NextConsensus = previous.Header.NextConsensus,
            Witness = Witness.Empty,
        }, transactions);
    }

    /// <summary>Persists the next block with <paramref name="transactions"/> (primary 0).</summary>
    public static IReadOnlyList<ApplicationExecuted> PersistNext(DataCache snapshot, params Transaction[] transactions) =>
        BlockPersister.Persist(snapshot, NextBlock(snapshot, 0, transactions), Settings);
}
