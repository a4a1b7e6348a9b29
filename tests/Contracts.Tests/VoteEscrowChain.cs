using System.Collections.Concurrent;
using System.Numerics;
using System.Text;
using Protocol.Contracts.Tests.Proxies;
using Protocol.Scripts.Deployment;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// The vote escrow on a protocol chain: HNT from <see cref="ProtocolChain"/>, a stub Dao compiled in-process (settable
/// subDAO tokens and epoch results, counted cranks, and a close that mints the delegator pool to the escrow as the real
/// Dao does), two real SubDaoToken deployments minted by that stub (IOT = 1, MOBILE = 2) and VoteEscrow itself, all
/// deployed from <see cref="VeDeployer"/> so nothing clashes with the protocol plan's own contracts. Deployment runs once
/// per (epoch length, landrush end); each chain starts from a copy.
/// </summary>
public sealed class VoteEscrowChain
{
    public const long OneHnt = 100_000_000;
    public const long MaxSeconds = 4L * 365 * 86_400;
    public const int Cliff = 0;
    public const int Constant = 1;
    public const int Mobile = 2;
    public static readonly UInt160 VeDeployer = Account(0xD0);
    public static readonly UInt160 PoolTreasury = Account(0xD1);

    /// <summary>The Dao's interface as VoteEscrow uses it, with test setters.</summary>
    public const string StubDaoSource = """
        using System.ComponentModel;
        using System.Numerics;
        using Neo.SmartContract.Framework;
        using Neo.SmartContract.Framework.Attributes;
        using Neo.SmartContract.Framework.Native;
        using Neo.SmartContract.Framework.Services;

        [DisplayName("StubDao")]
        [ContractPermission(Permission.Any, "mint", "delegatedVotingPower")]
        public class StubDao : SmartContract
        {
            public static void SetSubDaoToken(BigInteger subDaoId, UInt160 token) => Storage.Put("t" + StdLib.Itoa(subDaoId), token);

            [Safe]
            public static UInt160? SubDaoToken(BigInteger subDaoId)
            {
                var stored = Storage.Get("t" + StdLib.Itoa(subDaoId));
                return stored is null ? null : (UInt160)stored;
            }

            public static void SetEpochResult(BigInteger subDaoId, BigInteger epoch, BigInteger dntToDelegators, BigInteger delegatedVp) =>
                Storage.Put("r" + StdLib.Itoa(subDaoId) + ":" + StdLib.Itoa(epoch),
                    StdLib.Serialize(new object[] { 0, 0, 0, dntToDelegators, delegatedVp, 0, 0 }));

            [Safe]
            public static object? EpochResult(BigInteger subDaoId, BigInteger epoch)
            {
                var stored = Storage.Get("r" + StdLib.Itoa(subDaoId) + ":" + StdLib.Itoa(epoch));
                return stored is null ? null : StdLib.Deserialize(stored);
            }

            public static void Crank() => Storage.Put("c", (BigInteger)Storage.Get("c")! + 1);

            [Safe]
            public static BigInteger Cranks() => (BigInteger)Storage.Get("c")!;

            public static void MintDnt(BigInteger subDaoId, UInt160 to, BigInteger amount) =>
                Contract.Call(SubDaoToken(subDaoId)!, "mint", CallFlags.All, to, amount);

            /// <summary>What the real close does for delegators: reads the delegated VP, mints the pool to the escrow, records the result.</summary>
            public static void Close(BigInteger subDaoId, BigInteger epoch, UInt160 voteEscrow, BigInteger dntToDelegators)
            {
                BigInteger vp = (BigInteger)Contract.Call(voteEscrow, "delegatedVotingPower", CallFlags.ReadOnly, subDaoId, epoch);
                if (dntToDelegators > 0) Contract.Call(SubDaoToken(subDaoId)!, "mint", CallFlags.All, voteEscrow, dntToDelegators);
                SetEpochResult(subDaoId, epoch, dntToDelegators, vp);
            }
        }
        """;

    private static readonly ConcurrentDictionary<(long, long), Lazy<Deployed>> Snapshots = new();

    private VoteEscrowChain(ProtocolChain protocol, Deployed deployed, long epochLength)
    {
        Protocol = protocol;
        EpochLength = epochLength;
        Ve = new VoteEscrow(protocol.Engine, deployed.VoteEscrow);
        Dao = deployed.Dao;
        IotToken = new SubDaoToken(protocol.Engine, deployed.Iot);
        MobileToken = new SubDaoToken(protocol.Engine, deployed.Mobile);
    }

    public ProtocolChain Protocol { get; }

    public TestEngine Engine => Protocol.Engine;

    public VoteEscrow Ve { get; }

    /// <summary>The stub Dao.</summary>
    public UInt160 Dao { get; }

    public SubDaoToken IotToken { get; }

    public SubDaoToken MobileToken { get; }

    /// <summary>L, seconds.</summary>
    public long EpochLength { get; }

    public BigInteger Now => Engine.Timestamp;

    public BigInteger CurrentEpoch => Now / 1000 / EpochLength;

    public BigInteger EpochStart(BigInteger epoch) => epoch * EpochLength * 1000;

    /// <summary>A chain whose escrow has epoch length <paramref name="epochLength"/> and the given landrush end (0 = none).</summary>
    public static VoteEscrowChain Create(long epochLength = 3600, long landrushEndMs = 0)
    {
        var deployed = Snapshots.GetOrAdd((epochLength, landrushEndMs), key => new Lazy<Deployed>(() => DeployOnce(key.Item1, key.Item2))).Value;
        var protocol = ProtocolChain.Create();
        protocol.Engine.Restore(deployed.State);
        return new VoteEscrowChain(protocol, deployed, epochLength);
    }

    /// <summary>The block time a fresh chain starts at (ms).</summary>
    public static ulong StartMs => 1_468_595_316_000;

    /// <summary>Deploys the stub Dao, IOT and MOBILE tokens and VoteEscrow on an engine that already holds the protocol (HNT).</summary>
    public static Deployed DeployOn(TestEngine engine, UInt160 hnt, long epochLength, long landrushEndMs)
    {
        var previous = engine.Signers;
        engine.Signers = [new Signer(VeDeployer, WitnessScope.CalledByEntry)];
        try
        {
            var contracts = ProtocolArtifacts.FromRepository().ContractsDirectory;
            var dao = TestContracts.Deploy(engine, StubDaoSource);
            UInt160 Token(string symbol)
            {
                var manifest = File.ReadAllText(Path.Combine(contracts, "SubDaoToken/bin/sc/SubDaoToken.manifest.json"))
                    .Replace("\"name\":\"SubDaoToken\"", $"\"name\":\"SubDaoToken.{symbol}\"", StringComparison.Ordinal);
                var token = engine.Deploy(File.ReadAllBytes(Path.Combine(contracts, "SubDaoToken/bin/sc/SubDaoToken.nef")), Encoding.UTF8.GetBytes(manifest),
                    new object[] { Authority, dao, PoolTreasury, symbol });
                return token;
            }
            var iot = Token("IOT");
            var mobile = Token("MOBILE");
            engine.Invoke(dao, "setSubDaoToken", Iot, iot);
            engine.Invoke(dao, "setSubDaoToken", Mobile, mobile);
            var ve = engine.Deploy(Path.Combine(contracts, "VoteEscrow/bin/sc/VoteEscrow.nef"), Path.Combine(contracts, "VoteEscrow/bin/sc/VoteEscrow.manifest.json"),
                new object[] { Authority, hnt, dao, epochLength, landrushEndMs });
            return new Deployed(engine.Checkpoint(), dao, iot, mobile, ve);
        }
        finally
        {
            engine.Signers = previous;
        }
    }

    private static Deployed DeployOnce(long epochLength, long landrushEndMs)
    {
        var protocol = ProtocolChain.Create();
        return DeployOn(protocol.Engine, protocol.Hnt.Hash, epochLength, landrushEndMs);
    }

    public void As(UInt160 account, Action action) => Protocol.As(account, action);

    public T As<T>(UInt160 account, Func<T> action) => Protocol.As(account, action);

    /// <summary>Mints <paramref name="amount"/> bones to <paramref name="owner"/> and locks them; returns the new position's id.</summary>
    public byte[] Lock(UInt160 owner, BigInteger amount, int kind, int days)
    {
        Protocol.MintHnt(owner, amount);
        return LockOwned(owner, amount, kind, days);
    }

    /// <summary>Locks HNT the owner already holds.</summary>
    public byte[] LockOwned(UInt160 owner, BigInteger amount, int kind, int days)
    {
        Assert.True(As(owner, () => Protocol.Hnt.Transfer(owner, Ve.Hash, amount, new object[] { kind, days })));
        return Ve.LastPositionCreatedEvents.Single().PositionId!;
    }

    /// <summary>Moves the clock to <paramref name="timeMs"/> (one empty block).</summary>
    public void AdvanceTo(BigInteger timeMs)
    {
        Assert.True(timeMs >= Now, $"cannot go back from {Now} to {timeMs}");
        if (timeMs > Now) Engine.AdvanceTime(TimeSpan.FromMilliseconds((double)(timeMs - Now)));
        Assert.Equal(timeMs, Now);
    }

    /// <summary>Moves the clock to <paramref name="offsetMs"/> after the start of <paramref name="epoch"/>.</summary>
    public void AdvanceToEpoch(BigInteger epoch, long offsetMs = 0) => AdvanceTo(EpochStart(epoch) + offsetMs);

    /// <summary>How many times the stub Dao was cranked.</summary>
    public BigInteger Cranks => Engine.Call<BigInteger>(Dao, "cranks");

    /// <summary>The stub Dao closes <paramref name="epoch"/> for a subDAO: reads the delegated VP and mints the delegator pool to the escrow.</summary>
    public void Close(int subDaoId, BigInteger epoch, BigInteger dntToDelegators) =>
        Engine.Invoke(Dao, "close", subDaoId, epoch, Ve.Hash, dntToDelegators);

    public sealed record Deployed(object State, UInt160 Dao, UInt160 Iot, UInt160 Mobile, UInt160 VoteEscrow);
}

/// <summary>PROTOCOL.md's veHNT arithmetic, written independently of the contract, in BigInteger.</summary>
public static class VeModel
{
    public static BigInteger Slope(BigInteger amount, int multiplier) => amount * 100 * multiplier / VoteEscrowChain.MaxSeconds;

    /// <summary>VP at tMs: cliff slope × min(MAX, max(0, ⌊(end − t)/1000⌋)); constant slope × D.</summary>
    public static BigInteger Power(int kind, BigInteger lockup, BigInteger slope, BigInteger tMs)
    {
        if (kind == VoteEscrowChain.Constant) return slope * lockup;
        if (lockup <= tMs) return 0;
        return slope * BigInteger.Min(VoteEscrowChain.MaxSeconds, BigInteger.Divide(lockup - tMs, 1000));
    }

    /// <summary>The cliff end of a lock of <paramref name="days"/> at <paramref name="nowMs"/>: rounded down to an epoch boundary.</summary>
    public static BigInteger CliffEnd(BigInteger nowMs, int days, long epochLength)
    {
        var epochMs = epochLength * 1000;
        return (nowMs + days * 86_400_000L) / epochMs * epochMs;
    }
}
