using System.Numerics;
using Protocol.Scripts.Deployment;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Testing.Standards;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.VoteEscrowChain;

namespace Protocol.Contracts.Tests;

/// <summary>veHNT positions pass the reusable NEP-11 suite (minted by locking HNT).</summary>
public sealed class VoteEscrowStandardTests : Nep11Suite
{
    protected override string ExpectedSymbol => "veHNT";

    protected override UInt160 DeployToken(TestEngine engine)
    {
        var hnt = ProtocolDeployer.DeployAsync(new TestEngineHost(engine), ProtocolArtifacts.FromRepository(), TestConfig).GetAwaiter().GetResult()["Hnt"];
        return DeployOn(engine, hnt, 3600, 0).VoteEscrow;
    }

    /// <summary>Mints HNT to <paramref name="to"/> and locks it as <paramref name="to"/> (the engine trusts contract signers too).</summary>
    protected override byte[] Mint(TestEngine engine, UInt160 to)
    {
        var ve = new Proxies.VoteEscrow(engine, Token);
        var hnt = new Proxies.Hnt(engine, VoteEscrowTests.Hash(ve.Settings![1]));
        engine.Signers = [new Signer(Minter, WitnessScope.CalledByEntry)];
        hnt.Mint(to, OneHnt);
        engine.Signers = [new Signer(to, WitnessScope.CalledByEntry)];
        Assert.True(hnt.Transfer(to, Token, OneHnt, new object[] { Cliff, 30 }));
        return ve.LastPositionCreatedEvents.Single().PositionId!;
    }
}

/// <summary>veHNT positions: locks of both kinds and their voting power, the landrush, extension, conversion, withdrawal, custody while delegated, authority.</summary>
public class VoteEscrowTests
{
    private readonly VoteEscrowChain _chain = VoteEscrowChain.Create();

    private Proxies.VoteEscrow Ve => _chain.Ve;

    /// <summary>A Hash160 inside an array result (proxies give nested hashes as bytes).</summary>
    public static UInt160 Hash(object? value) => value as UInt160 ?? new UInt160((byte[])value!);

    /// <summary>getPosition as typed values: owner, amount, kind, lockup, multiplier, slope, createdMs, subDaoId, activeVotes.</summary>
    public static (UInt160 Owner, BigInteger Amount, BigInteger Kind, BigInteger Lockup, BigInteger Multiplier, BigInteger Slope, BigInteger CreatedMs, BigInteger SubDaoId, BigInteger ActiveVotes) Position(Proxies.VoteEscrow ve, byte[] id)
    {
        var p = ve.GetPosition(id)!;
        BigInteger I(int i) => (BigInteger)p[i]!;
        return (Hash(p[0]), I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8));
    }

    [Fact]
    public void The_manifest_is_an_nep11_token_named_VoteEscrow_calling_only_named_methods()
    {
        var manifest = Protocol.Toolchain.Runtime.Native.ContractManagement.GetContract(_chain.Engine.State, Ve.Hash)!.Manifest;
        Assert.Equal("VoteEscrow", manifest.Name);
        Assert.Contains("NEP-11", manifest.SupportedStandards);
        Assert.Equal("veHNT", Ve.Symbol);
        Assert.Equal(0, Ve.Decimals);
        var settings = Ve.Settings!;
        Assert.Equal([Authority, _chain.Protocol.Hnt.Hash, _chain.Dao], settings.Take(3).Select(Hash));
        Assert.Equal([3600, 0], settings.Skip(3).Select(v => (BigInteger)v!));
    }

    [Fact]
    public void Locks_of_every_kind_have_the_voting_power_of_the_model_at_many_times()
    {
        _chain.AdvanceToEpoch(_chain.CurrentEpoch + 1, 1_234_567);
        var now = _chain.Now;
        var cases = new (BigInteger Amount, int Kind, int Days)[]
        {
            (OneHnt, Cliff, 1), (7 * OneHnt + 13, Cliff, 7), (123_456_789_012, Cliff, 365), (5 * OneHnt, Cliff, 1460),
            (OneHnt, Constant, 1), (99_999_999, Constant, 30), (3 * OneHnt + 1, Constant, 1460),
        };
        var positions = new List<(byte[] Id, int Kind, BigInteger Lockup, BigInteger Slope)>();
        foreach (var (amount, kind, days) in cases)
        {
            var id = _chain.Lock(Alice, amount, kind, days);
            var lockup = kind == Cliff ? VeModel.CliffEnd(now, days, 3600) : days * 86_400L;
            var slope = VeModel.Slope(amount, 1);
            Assert.Equal(new Proxies.VoteEscrow.PositionCreatedEvent(id, Alice, amount, kind, lockup, 1), Ve.LastPositionCreatedEvents.Single());
            Assert.Equal((Alice, amount, (BigInteger)kind, lockup, BigInteger.One, slope, now, BigInteger.Zero, BigInteger.Zero), Position(Ve, id));
            if (kind == Cliff)
            {
                Assert.Equal(0, lockup % 3_600_000);
                Assert.True(lockup > now && lockup <= now + days * 86_400_000L);
            }
            positions.Add((id, kind, lockup, slope));
        }
        Assert.Equal(7, Ve.BalanceOf(Alice));
        Assert.Equal(cases.Aggregate(BigInteger.Zero, (s, c) => s + c.Amount), _chain.Protocol.Hnt.BalanceOf(Ve.Hash));

        // VP at many times: before, during, at and around the end, long after; every value against the model.
        var rng = new Random(6);
        foreach (var (id, kind, lockup, slope) in positions)
        {
            var times = new List<BigInteger> { 0, now - 1, now, now + 1, now + 999, now + 1000, now + 86_400_000, now + MaxSeconds * 1000L + 5, now + MaxSeconds * 2000L };
            if (kind == Cliff) times.AddRange([lockup - 1001, lockup - 1000, lockup - 999, lockup - 1, lockup, lockup + 1, lockup - MaxSeconds * 1000L - 1]);
            for (int i = 0; i < 20; i++) times.Add(now + (long)(rng.NextDouble() * MaxSeconds * 1000));
            foreach (var t in times.Where(t => t >= 0))
                Assert.True(VeModel.Power(kind, lockup, slope, t) == Ve.VotingPower(id, t), $"kind {kind} lockup {lockup} at {t}");
        }

        // PROTOCOL.md's formula, amount × 100 × min(remaining, 4y) / 4y, up to the slope's floor: below it by less than `remaining`.
        var (cliffId, _, cliffEnd, _) = positions[2];
        var remaining = (cliffEnd - now) / 1000;
        var exact = cases[2].Amount * 100 * remaining / MaxSeconds;
        var vp = Ve.VotingPower(cliffId, now);
        Assert.True(vp <= exact && exact - vp < remaining, $"{vp} vs {exact}");
        // A constant lockup does not decay.
        _chain.AdvanceTo(now + 400L * 86_400_000);
        Assert.Equal(VeModel.Slope(cases[6].Amount, 1) * 1460 * 86_400, Ve.VotingPower(positions[6].Id, _chain.Now));
    }

    [Fact]
    public void A_lock_is_HNT_with_kind_and_days_and_anything_else_is_refused_by_name()
    {
        _chain.Protocol.MintHnt(Alice, 100 * OneHnt);
        void LockWith(BigInteger amount, object? data) => _chain.As(Alice, () => _chain.Protocol.Hnt.Transfer(Alice, Ve.Hash, amount, data));
        TestEngine.AssertFault(() => LockWith(OneHnt, null), "Lock data must be [kind (0 cliff, 1 constant), days (1..1460)].");
        TestEngine.AssertFault(() => LockWith(OneHnt, new object[] { 0 }), "Lock data must be");
        TestEngine.AssertFault(() => LockWith(OneHnt, new object[] { 2, 10 }), "The lockup kind must be 0 (cliff) or 1 (constant).");
        TestEngine.AssertFault(() => LockWith(OneHnt, new object[] { 0, 0 }), "The lockup must be between 1 and 1460 days.");
        TestEngine.AssertFault(() => LockWith(OneHnt, new object[] { 1, 1461 }), "The lockup must be between 1 and 1460 days.");
        // 1,261,440 bones × 100 / MAX = 1: the smallest lock with voting power.
        TestEngine.AssertFault(() => LockWith(1_261_439, new object[] { 0, 10 }), "The amount is too small to carry voting power: 1261439 bones.");
        _chain.LockOwned(Alice, 1_261_440, Cliff, 10);
        Assert.Equal(1, VeModel.Slope(1_261_440, 1));

        // Another token (a subDAO token sent by a holder) is refused; the Dao's pool mints are accepted.
        _chain.Close(Iot, 0, 500);
        Assert.Equal(500, _chain.IotToken.BalanceOf(Ve.Hash));
        _chain.Engine.Invoke(_chain.Dao, "mintDnt", Iot, Alice, 10);
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.IotToken.Transfer(Alice, Ve.Hash, 10, null)),
            "The vote escrow accepts only HNT locks and the Dao's subDAO tokens.");
        // NEP-11 tokens other than its own positions are refused too.
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.OnNEP11Payment(Alice, 1, [1], null)), "The vote escrow accepts only its own positions.");
    }

    [Fact]
    public void Positions_created_before_the_landrush_end_get_three_times_the_slope()
    {
        var chain = VoteEscrowChain.Create(3600, (long)StartMs + 86_400_000);
        var early = chain.Lock(Alice, 10 * OneHnt, Cliff, 100);
        Assert.Equal(3, chain.Ve.LastPositionCreatedEvents.Single().Multiplier);
        chain.AdvanceTo(StartMs + 86_400_000 - 1);
        var last = chain.Lock(Bob, 10 * OneHnt, Constant, 100);
        chain.AdvanceTo(StartMs + 86_400_000);
        var late = chain.Lock(Carol, 10 * OneHnt, Constant, 100);
        Assert.Equal(1, chain.Ve.LastPositionCreatedEvents.Single().Multiplier);
        Assert.Equal(VeModel.Slope(10 * OneHnt, 3) * 100 * 86_400, chain.Ve.VotingPower(last, chain.Now));
        Assert.Equal(VeModel.Slope(10 * OneHnt, 1) * 100 * 86_400, chain.Ve.VotingPower(late, chain.Now));
        var end = Position(chain.Ve, early).Lockup;
        Assert.Equal(VeModel.Power(Cliff, end, VeModel.Slope(10 * OneHnt, 3), chain.Now), chain.Ve.VotingPower(early, chain.Now));

        // The authority moves the landrush end; only later positions see it.
        TestEngine.AssertFault(() => chain.As(Alice, () => chain.Ve.SetLandrushEnd(0)), "Only the vote escrow's authority may do this.");
        TestEngine.AssertFault(() => chain.As(Authority, () => chain.Ve.SetLandrushEnd(-1)), "The value is out of range for the landrush end.");
        chain.As(Authority, () => chain.Ve.SetLandrushEnd(StartMs + 2 * 86_400_000L));
        Assert.Equal(new Proxies.VoteEscrow.ParameterChangedEvent("landrushEndMs", StartMs + 86_400_000, StartMs + 2 * 86_400_000L), chain.Ve.LastParameterChangedEvents.Single());
        chain.Lock(Carol, 10 * OneHnt, Constant, 100);
        Assert.Equal(3, chain.Ve.LastPositionCreatedEvents.Single().Multiplier);
        Assert.Equal(VeModel.Slope(10 * OneHnt, 1) * 100 * 86_400, chain.Ve.VotingPower(late, chain.Now));
    }

    [Fact]
    public void A_lockup_can_only_get_longer_and_never_past_four_years()
    {
        var cliff = _chain.Lock(Alice, 10 * OneHnt, Cliff, 100);
        var constant = _chain.Lock(Alice, 10 * OneHnt, Constant, 100);
        var end = Position(Ve, cliff).Lockup;
        _chain.AdvanceTo(_chain.Now + 10 * 86_400_000L);

        // 90 days from now ends at the same boundary as the current end: not longer.
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Extend(cliff, 90)), $"A lockup can only be extended: {end} is not below {end}.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Extend(cliff, 50)), "A lockup can only be extended:");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Extend(cliff, 1461)), "The lockup must be between 1 and 1460 days.");
        TestEngine.AssertFault(() => _chain.As(Bob, () => Ve.Extend(cliff, 200)), "Only the position's owner may do this.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Extend([9, 9], 200)), "The position does not exist.");
        _chain.As(Alice, () => Ve.Extend(cliff, 91));
        var extended = VeModel.CliffEnd(_chain.Now, 91, 3600);
        Assert.Equal(new Proxies.VoteEscrow.PositionExtendedEvent(cliff, Cliff, end, extended), Ve.LastPositionExtendedEvents.Single());
        _chain.As(Alice, () => Ve.Extend(cliff, 1460));
        var max = VeModel.CliffEnd(_chain.Now, 1460, 3600);
        Assert.True(max - _chain.Now <= MaxSeconds * 1000L);
        Assert.Equal(VeModel.Power(Cliff, max, VeModel.Slope(10 * OneHnt, 1), _chain.Now), Ve.VotingPower(cliff, _chain.Now));

        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Extend(constant, 100)), "A lockup can only be extended: 8640000 is not below 8640000.");
        _chain.As(Alice, () => Ve.Extend(constant, 1460));
        Assert.Equal(new Proxies.VoteEscrow.PositionExtendedEvent(constant, Constant, 8_640_000, MaxSeconds), Ve.LastPositionExtendedEvents.Single());
        Assert.Equal(VeModel.Slope(10 * OneHnt, 1) * MaxSeconds, Ve.VotingPower(constant, _chain.Now));
    }

    [Fact]
    public void Converting_a_constant_lockup_keeps_its_voting_power_at_the_next_epoch_then_decays()
    {
        var id = _chain.Lock(Alice, 40 * OneHnt, Constant, 30);
        var slope = VeModel.Slope(40 * OneHnt, 1);
        _chain.AdvanceTo(_chain.Now + 5_000_000);
        var next = _chain.CurrentEpoch + 1;
        TestEngine.AssertFault(() => _chain.As(Bob, () => Ve.ConvertToCliff(id)), "Only the position's owner may do this.");
        _chain.As(Alice, () => Ve.ConvertToCliff(id));
        var end = _chain.EpochStart(next) + 30 * 86_400_000L;
        Assert.Equal(new Proxies.VoteEscrow.PositionConvertedEvent(id, 30 * 86_400, end), Ve.LastPositionConvertedEvents.Single());
        Assert.Equal(slope * 30 * 86_400, Ve.VotingPower(id, _chain.EpochStart(next)));
        Assert.Equal(slope * (30 * 86_400 - 3600), Ve.VotingPower(id, _chain.EpochStart(next + 1)));
        Assert.Equal(0, Ve.VotingPower(id, end));
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.ConvertToCliff(id)), "Only a constant lockup can be converted to a cliff.");
    }

    [Fact]
    public void Withdraw_refuses_until_the_owner_has_an_ended_undelegated_cliff_then_returns_the_HNT()
    {
        var cliff = _chain.Lock(Alice, 10 * OneHnt, Cliff, 2);
        var constant = _chain.Lock(Alice, 10 * OneHnt, Constant, 1);
        var end = Position(Ve, cliff).Lockup;
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Withdraw(cliff)), $"The lockup has not ended: it ends at {end}, now is {_chain.Now}.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Withdraw(constant)), "Only a cliff lockup can be withdrawn.");
        _chain.As(Alice, () => Ve.Delegate(cliff, Iot));
        _chain.AdvanceTo(end);
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Withdraw(cliff)), "The position is delegated; undelegate it first.");
        _chain.As(Alice, () => Ve.Undelegate(cliff));
        TestEngine.AssertFault(() => _chain.As(Bob, () => Ve.Withdraw(cliff)), "Only the position's owner may do this.");
        var cranks = _chain.Cranks;
        _chain.As(Alice, () => Ve.Withdraw(cliff));
        Assert.Equal(new Proxies.VoteEscrow.PositionWithdrawnEvent(cliff, Alice, 10 * OneHnt), Ve.LastPositionWithdrawnEvents.Single());
        Assert.Equal(new Proxies.VoteEscrow.TransferEvent(Alice, null, 1, cliff), Ve.LastTransferEvents.Single());
        Assert.Equal(cranks + 1, _chain.Cranks); // self-cranking: the Dao was asked first
        Assert.Equal(10 * OneHnt, _chain.Protocol.Hnt.BalanceOf(Alice));
        Assert.Equal(10 * OneHnt, _chain.Protocol.Hnt.BalanceOf(Ve.Hash));
        Assert.Equal(1, Ve.BalanceOf(Alice));
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Withdraw(cliff)), "The position does not exist.");
        TestEngine.AssertFault(() => _ = Ve.VotingPower(cliff, 0), "The position does not exist.");
    }

    [Fact]
    public void A_delegated_position_is_held_by_the_escrow_so_it_cannot_be_transferred_until_undelegated()
    {
        var id = _chain.Lock(Alice, 10 * OneHnt, Cliff, 30);
        Assert.True(_chain.As(Alice, () => Ve.Transfer(Bob, id, null)));
        Assert.Equal(Bob, Ve.OwnerOf(id));
        _chain.As(Bob, () => Ve.Delegate(id, Iot));
        Assert.Equal(new Proxies.VoteEscrow.TransferEvent(Bob, Ve.Hash, 1, id), Ve.LastTransferEvents.Single());
        Assert.Equal(Ve.Hash, Ve.OwnerOf(id));
        Assert.Equal(Bob, Position(Ve, id).Owner);
        Assert.Equal(0, Ve.BalanceOf(Bob));
        Assert.False(_chain.As(Bob, () => Ve.Transfer(Carol, id, null)));
        Assert.Equal(Ve.Hash, Ve.OwnerOf(id));
        // The delegator keeps every right over it: extend, undelegate.
        _chain.As(Bob, () => Ve.Extend(id, 60));
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.Undelegate(id)), "Only the position's owner may do this.");
        _chain.As(Bob, () => Ve.Undelegate(id));
        Assert.Equal(new Proxies.VoteEscrow.TransferEvent(Ve.Hash, Bob, 1, id), Ve.LastTransferEvents.Single());
        Assert.Equal(Bob, Ve.OwnerOf(id));
        Assert.True(_chain.As(Bob, () => Ve.Transfer(Carol, id, null)));
    }

    [Fact]
    public void Only_the_authority_sets_the_dao_and_itself_updates_and_destroys()
    {
        TestEngine.AssertFault(() => _chain.As(Alice, () => Ve.SetDao(Alice)), "Only the vote escrow's authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => Ve.SetDao(null)), "The account must be a valid 20-byte hash.");
        _chain.As(Authority, () => Ve.SetDao(Carol));
        Assert.Equal(new Proxies.VoteEscrow.AddressChangedEvent("dao", _chain.Dao, Carol), Ve.LastAddressChangedEvents.Single());
        _chain.As(Authority, () => Ve.SetAuthority(Bob));
        Assert.Equal(new Proxies.VoteEscrow.AddressChangedEvent("authority", Authority, Bob), Ve.LastAddressChangedEvents.Single());
        TestEngine.AssertFault(() => _chain.As(Authority, () => Ve.Destroy()), "Only the vote escrow's authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => Ve.Update([], "{}")), "Only the vote escrow's authority may do this.");
        _chain.As(Bob, () => Ve.Destroy());
    }

    [Fact]
    public void Deploy_data_is_checked()
    {
        var engine = VoteEscrowChain.Create().Engine;
        var contracts = ProtocolArtifacts.FromRepository().ContractsDirectory;
        void DeployWith(object data)
        {
            engine.Signers = [new Signer(Account(0xD7), WitnessScope.CalledByEntry)];
            engine.Deploy(Path.Combine(contracts, "VoteEscrow/bin/sc/VoteEscrow.nef"), Path.Combine(contracts, "VoteEscrow/bin/sc/VoteEscrow.manifest.json"), data);
        }
        TestEngine.AssertFault(() => DeployWith(new object[] { Authority }), "Deploy data must be [authority, hnt, dao, epochLengthSeconds, landrushEndMs].");
        TestEngine.AssertFault(() => DeployWith(new object[] { Authority, Alice, Bob, 7, 0 }), "The epoch length must be a positive divisor of 86400 seconds.");
        TestEngine.AssertFault(() => DeployWith(new object[] { Authority, Alice, Bob, 0, 0 }), "The epoch length must be a positive divisor of 86400 seconds.");
        TestEngine.AssertFault(() => DeployWith(new object[] { Authority, Alice, Bob, 3600, -1 }), "The value is out of range for the landrush end.");
    }
}
