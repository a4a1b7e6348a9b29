using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Testing.Tests.NeoTokenTests;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// Candidates, votes and the committee-guarded setters of NeoToken (UT_NeoToken Check_RegisterValidator,
/// Check_RegisterValidatorViaNEP27, Check_UnregisterCandidate, Check_Vote*, TestEconomicParameter).
/// </summary>
public class NeoTokenVotingTests
{
    private static readonly ECPoint Key = ECPoint.Parse("03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c");
    private static readonly UInt160 KeyAccount = UInt160.FromScript(VerificationScripts.CreateSignature(Key));

    private static TestEngine Candidate()
    {
        var engine = As(KeyAccount, WitnessScope.Global);
        engine.GasLimit = 1100_00000000;
        return engine;
    }

    [Fact]
    public void Register_charges_the_register_price_and_needs_the_keys_witness()
    {
        var engine = Candidate();
        Assert.True(engine.Call<bool>(Neo, "registerCandidate", Key));
        var changed = Assert.Single(engine.LastNotifications);
        Assert.Equal("CandidateStateChanged", changed.EventName);
        Assert.Equal(Key.ToArray(), changed.State[0].GetSpan().ToArray());
        Assert.True(changed.State[1].GetBoolean());
        Assert.Equal(0, (int)changed.State[2].GetInteger());
        // PUSHDATA1 8, PUSH1 1, PACK 2048, PUSH15 1, PUSHDATA1 8 ×2, SYSCALL 32768, stub PUSH0 1 = 34843 units × 30, + 1000 GAS.
        Assert.Equal(1000_00000000 + 34843 * 30, engine.LastFeeConsumed);
        Assert.True(engine.Call<bool>(Neo, "registerCandidate", Key)); // again: true, no event
        Assert.Empty(engine.LastNotifications);
        var candidate = Assert.IsType<Struct>(Assert.Single(engine.Call<Vm.Types.Array>(Neo, "getCandidates")));
        Assert.Equal(Key.ToArray(), candidate[0].GetSpan().ToArray());
        // NEWARRAY0 16, PUSH15 1, PUSHDATA1 8 ×2, SYSCALL 32768, stub PUSH0 1 = 32802 units, + getCandidates' 2^22, × 30.
        Assert.Equal((32802 + (1 << 22)) * 30, engine.LastFeeConsumed);
        var iterator = (Runtime.Storage.IIterator)((InteropInterface)engine.Call<StackItem>(Neo, "getAllCandidates")).Object;
        Assert.True(iterator.Next());
        var entry = Assert.IsType<Struct>(iterator.Value()); // Struct[key without the prefix, votes]
        Assert.Equal(Key.ToArray(), entry[0].GetSpan().ToArray());
        Assert.Equal(0, (int)entry[1].GetInteger());
        Assert.False(iterator.Next());
        Assert.Equal(0, engine.Call<int>(Neo, "getCandidateVote", Key));
        Assert.Equal(-1, engine.Call<int>(Neo, "getCandidateVote", ECPoint.Parse(NeoTokenVectors.SortedValidators[0])));

        var other = As(Bob);
        other.GasLimit = 1100_00000000;
        Assert.False(other.Call<bool>(Neo, "registerCandidate", Key)); // no witness: false, fee still charged
        Assert.True(other.LastFeeConsumed > 1000_00000000);
        TestEngine.AssertFault(() => As(KeyAccount).Invoke(Neo, "registerCandidate", Key), "Insufficient GAS");
    }

    [Fact]
    public void Unregister_drops_a_candidate_without_votes()
    {
        var engine = Candidate();
        Assert.True(engine.Call<bool>(Neo, "unregisterCandidate", Key)); // not registered: true, nothing happens
        Assert.Empty(engine.LastNotifications);
        engine.Invoke(Neo, "registerCandidate", Key);
        Assert.Equal("4102200121" + "00", Hex(engine.State.TryGet(CandidateKey(Key))!)); // Struct[true, 0]: 6 bytes (Size 7)
        Assert.True(engine.Call<bool>(Neo, "unregisterCandidate", Key));
        Assert.False(Assert.Single(engine.LastNotifications).State[1].GetBoolean());
        Assert.Null(engine.State.TryGet(CandidateKey(Key)));
        Assert.Empty(engine.Call<Vm.Types.Array>(Neo, "getCandidates"));
        Assert.False(As(Bob).Call<bool>(Neo, "unregisterCandidate", Key));
    }

    [Fact]
    public void Vote_moves_the_whole_balance_and_settles_gas()
    {
        var engine = Candidate();
        engine.Invoke(Neo, "registerCandidate", Key);
        var voter = As(Validators, WitnessScope.Global);
        voter.Restore(engine.Checkpoint());
        Assert.False(voter.Call<bool>(Neo, "vote", Validators, ECPoint.Parse(NeoTokenVectors.SortedValidators[0]))); // not a candidate
        Assert.False(voter.Call<bool>(Neo, "vote", Bob, Key)); // no witness of Bob
        TestEngine.AssertFault(() => voter.Invoke(Neo, "vote", null, Key), "The argument `account` can't be null.");
        TestEngine.AssertFault(() => voter.Invoke(Neo, "vote", new byte[19], Key), "19"); // UT_NeoToken.Check_Vote: wrong address
        Assert.True(voter.Call<bool>(Neo, "vote", Validators, Key));
        var vote = voter.LastNotifications[0];
        Assert.Equal("Vote", vote.EventName);
        Assert.True(vote.State[1].IsNull);
        Assert.Equal(Key.ToArray(), vote.State[2].GetSpan().ToArray());
        Assert.Equal(100_000_000, (long)vote.State[3].GetInteger());
        Assert.Equal(50_000_000, (long)voter.LastNotifications[1].State[2].GetInteger()); // GAS settled at block 1
        // 2 PUSHDATA1 8, PUSH2 1, PACK 2048, PUSH15 1, PUSHDATA1 8 ×2, SYSCALL 32768, PUSH0 1 = 34851, + 2^16, × 30.
        Assert.Equal((34851 + 65536) * 30, voter.LastFeeConsumed);
        Assert.Equal(100_000_000, voter.Call<long>(Neo, "getCandidateVote", Key));
        var state = voter.Call<Struct>(Neo, "getAccountState", Validators);
        Assert.Equal(Key.ToArray(), state[2].GetSpan().ToArray());

        // A transfer moves votes with the balance; unregistering keeps a candidate that still has votes.
        Assert.True(voter.Call<bool>(Neo, "transfer", Validators, Bob, 40_000_000, null));
        Assert.Equal(60_000_000, voter.Call<long>(Neo, "getCandidateVote", Key));
        var candidate = Candidate();
        candidate.Restore(voter.Checkpoint());
        candidate.Invoke(Neo, "unregisterCandidate", Key);
        Assert.Equal(-1, candidate.Call<int>(Neo, "getCandidateVote", Key));
        Assert.NotNull(candidate.State.TryGet(CandidateKey(Key)));
        voter.Restore(candidate.Checkpoint());
        Assert.False(voter.Call<bool>(Neo, "vote", Validators, Key)); // no longer registered

        Assert.True(voter.Call<bool>(Neo, "vote", Validators, null)); // withdraw: the record goes
        Assert.Equal(Key.ToArray(), voter.LastNotifications[0].State[1].GetSpan().ToArray());
        Assert.Null(voter.State.TryGet(CandidateKey(Key)));
        Assert.True(voter.Call<Struct>(Neo, "getAccountState", Validators)[2].IsNull);
        Assert.False(As(Bob, WitnessScope.Global).Call<bool>(Neo, "vote", Bob, Key)); // Bob has no NEO in a fresh chain
    }

    [Fact]
    public void Gas_sent_with_a_key_registers_it_nep27()
    {
        var funder = As(Validators);
        funder.Invoke(Gas, "transfer", Validators, KeyAccount, 2000_00000000L, null);
        var engine = As(KeyAccount, WitnessScope.Global);
        engine.Restore(funder.Checkpoint());
        TestEngine.AssertFault(() => engine.Invoke(Gas, "transfer", KeyAccount, Neo, 1000_00000001L, Key.ToArray()),
            "Incorrect GAS amount. Expected 100000000000 GAS, but received 100000000001 GAS.");
        TestEngine.AssertFault(() => engine.Invoke(Neo, "transfer", KeyAccount, Neo, 0, Key.ToArray()), "Only GAS contract can call this method");
        Assert.True(engine.Call<bool>(Gas, "transfer", KeyAccount, Neo, 1000_00000000L, Key.ToArray()));
        Assert.Equal(["Transfer", "CandidateStateChanged", "Transfer"], engine.LastNotifications.Select(n => n.EventName));
        Assert.True(engine.LastNotifications[2].State[1].IsNull); // burned by NEO
        Assert.Equal(BigInteger.Zero, engine.Call<BigInteger>(Gas, "balanceOf", Neo));
        Assert.Equal(0, engine.Call<int>(Neo, "getCandidateVote", Key));
        var byCalledByEntry = As(KeyAccount);
        byCalledByEntry.Restore(funder.Checkpoint());
        TestEngine.AssertFault(() => byCalledByEntry.Invoke(Gas, "transfer", KeyAccount, Neo, 1000_00000000L, Key.ToArray()),
            "Failed to register candidate"); // NEO runs below GAS, outside CalledByEntry
    }

    [Fact]
    public void Setters_need_the_committee_multisig()
    {
        const string Invalid = "Invalid committee signature. It should be a multisig(len(committee) - (len(committee) - 1) / 2)).";
        var validators = As(Validators, WitnessScope.Global);
        TestEngine.AssertFault(() => validators.Invoke(Neo, "setGasPerBlock", 1_00000000L), Invalid);
        TestEngine.AssertFault(() => validators.Invoke(Neo, "setRegisterPrice", 1L), Invalid);
        var committee = As(Committee, WitnessScope.Global);
        TestEngine.AssertFault(() => committee.Invoke(Neo, "setGasPerBlock", 10_00000001L), "GasPerBlock must be between [0, 1000000000]");
        TestEngine.AssertFault(() => committee.Invoke(Neo, "setRegisterPrice", 0L), "RegisterPrice must be positive");
        committee.Invoke(Neo, "setRegisterPrice", 5_00000000L);
        Assert.Equal(5_00000000L, committee.Call<long>(Neo, "getRegisterPrice"));
        committee.Invoke(Neo, "setGasPerBlock", 0L);
        Assert.Equal(50_000_000, committee.Call<long>(Neo, "unclaimedGas", Validators, 1)); // block 0 at 5 GAS
        committee.AdvanceBlocks(2);
        Assert.Equal(1_00000000, committee.Call<long>(Neo, "unclaimedGas", Validators, 3)); // blocks 0, 1 at 5 GAS; 2 at 0
        Assert.Equal(string.Empty, Hex(committee.State.TryGet(Runtime.Storage.StorageKeys.Create(-5, 29, [0, 0, 0, 2]))!));
    }

    private static byte[] CandidateKey(ECPoint key) => Runtime.Storage.StorageKeys.Create(-5, 33, key.ToArray());

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
