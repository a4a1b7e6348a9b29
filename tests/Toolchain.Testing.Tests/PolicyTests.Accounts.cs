using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Testing.Tests.PolicyTests;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// Blocked accounts and fund recovery (neo UT_PolicyContract Check_BlockAccount, Check_Block_UnblockAccount,
/// TestListBlockedAccounts, Check_RecoverFunds_CompleteFlow).
/// </summary>
public class PolicyAccountTests
{
    private const string CommitteeFault = "Invalid committee signature. It should be a multisig(len(committee) - (len(committee) - 1) / 2)).";
    private static readonly UInt160 Alice = NativeTestSupport.Alice;
    private static readonly UInt160 Bob = NativeTestSupport.Bob;
    private static readonly UInt160 Gas = NativeContracts.Gas.Hash;
    private static readonly UInt160 Neo = NativeContracts.Neo.Hash;

    private static Signer[] SignedBy(UInt160 account) => [new Signer(account, WitnessScope.Global)];

    [Fact]
    public void Block_and_unblock_need_the_committee_and_report_whether_anything_changed()
    {
        var engine = AsCommittee();
        TestEngine.AssertFault(() => NativeTestSupport.EngineSignedBy(Bob).Invoke(Policy, "blockAccount", Alice), CommitteeFault);
        Assert.True(engine.Call<bool>(Policy, "blockAccount", Alice));
        Assert.Empty(engine.LastNotifications); // no NEO, so no vote to withdraw
        Assert.False(engine.Call<bool>(Policy, "blockAccount", Alice));
        Assert.True(engine.Call<bool>(Policy, "isBlocked", Alice));
        // The stored value is the block time in milliseconds.
        Assert.Equal(new BigInteger(engine.Timestamp).ToByteArray(), PolicyEntry(engine, 15, Alice.ToArray()));
        TestEngine.AssertFault(() => NativeTestSupport.EngineSignedBy(Bob).Invoke(Policy, "unblockAccount", Alice), CommitteeFault);
        Assert.True(engine.Call<bool>(Policy, "unblockAccount", Alice));
        Assert.False(engine.Call<bool>(Policy, "unblockAccount", Alice));
        Assert.False(engine.Call<bool>(Policy, "isBlocked", Alice));
        TestEngine.AssertFault(() => engine.Invoke(Policy, "blockAccount", Neo), "Cannot block a native contract.");
    }

    [Fact]
    public void A_blocked_contract_cannot_be_called_until_unblocked()
    {
        var engine = AsCommittee();
        var contract = DeployArtifact(engine, "Contract1");
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, engine.Call<byte[]>(contract, "unitTest_001"));
        Assert.True(engine.Call<bool>(Policy, "blockAccount", contract));
        TestEngine.AssertFault(() => engine.Invoke(contract, "unitTest_001"), $"The contract {contract} has been blocked.");
        Assert.True(engine.Call<bool>(Policy, "unblockAccount", contract));
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, engine.Call<byte[]>(contract, "unitTest_001"));
    }

    [Fact]
    public void Blocked_accounts_are_listed_by_key()
    {
        var engine = AsCommittee();
        engine.Invoke(Policy, "blockAccount", Bob);
        engine.Invoke(Policy, "blockAccount", Alice);
        var listed = Drain(engine.Call<StackItem>(Policy, "getBlockedAccounts")).Select(i => new UInt160(i.GetSpan())).ToList();
        // Keys without the prefix, in raw (little-endian hash) byte order: Alice's bytes start 0a, Bob's 1d.
        Assert.Equal([Alice, Bob], listed);
    }

    [Fact]
    public void Blocking_withdraws_the_accounts_neo_vote()
    {
        var key = ECPoint.Parse("03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c");
        var engine = new TestEngine { GasLimit = 1100_00000000 };
        engine.Signers = SignedBy(UInt160.FromScript(VerificationScripts.CreateSignature(key)));
        engine.Invoke(Neo, "registerCandidate", key);
        engine.Signers = SignedBy(NativeTestSupport.Validators);
        Assert.True(engine.Call<bool>(Neo, "vote", NativeTestSupport.Validators, key));
        Assert.Equal(100_000_000, engine.Call<long>(Neo, "getCandidateVote", key));
        engine.Signers = SignedBy(Committee);
        Assert.True(engine.Call<bool>(Policy, "blockAccount", NativeTestSupport.Validators));
        var vote = engine.LastNotifications[0];
        Assert.Equal((Neo, "Vote"), (vote.ScriptHash, vote.EventName));
        Assert.Equal(key.ToArray(), vote.State[1].GetSpan().ToArray());
        Assert.True(vote.State[2].IsNull);
        Assert.Equal(0, engine.Call<long>(Neo, "getCandidateVote", key));
        Assert.True(engine.Call<Struct>(Neo, "getAccountState", NativeTestSupport.Validators)[2].IsNull);
    }

    [Fact]
    public void Recover_fund_moves_a_blocked_balance_to_the_treasury_a_year_later()
    {
        var engine = AsCommittee();
        var committee = engine.Call<Vm.Types.Array>(Neo, "getCommittee").Select(k => ECPoint.Decode(k.GetSpan(), ECCurve.Secp256r1)).ToList();
        var almostFull = UInt160.FromScript(VerificationScripts.CreateMultiSig(19, committee)); // max(11, 21 − 2) of 21
        var amount = 50_000 * new BigInteger(100_000_000);
        engine.Signers = SignedBy(NativeTestSupport.Validators);
        engine.Invoke(Gas, "transfer", NativeTestSupport.Validators, Bob, amount, null);
        engine.Signers = SignedBy(Committee);
        engine.Invoke(Policy, "blockAccount", Bob);
        TestEngine.AssertFault(() => engine.Invoke(Policy, "recoverFund", Bob, Gas),
            "Invalid committee signature. It should be a multisig(max(1,len(committee) - 2))).");

        engine.Signers = SignedBy(almostFull);
        TestEngine.AssertFault(() => engine.Invoke(Policy, "recoverFund", Alice, Gas), "Request not found.");
        TestEngine.AssertFault(() => engine.Invoke(Policy, "recoverFund", Bob, Gas),
            "Request must be signed at least 1 year ago. Remaining time: 365d 0h 0m.");
        var year = TimeSpan.FromDays(365);
        engine.AdvanceTime(year - new TimeSpan(2, 3, 4));
        TestEngine.AssertFault(() => engine.Invoke(Policy, "recoverFund", Bob, Gas), "Remaining time: 2h 3m 4s.");
        engine.AdvanceTime(new TimeSpan(2, 3, 4) - new TimeSpan(0, 5, 6));
        TestEngine.AssertFault(() => engine.Invoke(Policy, "recoverFund", Bob, Gas), "Remaining time: 5m 6s.");
        engine.AdvanceTime(new TimeSpan(0, 5, 6) - TimeSpan.FromSeconds(59));
        TestEngine.AssertFault(() => engine.Invoke(Policy, "recoverFund", Bob, Gas), "Remaining time: 59s.");
        engine.AdvanceTime(TimeSpan.FromSeconds(59)); // exactly one year: allowed

        TestEngine.AssertFault(() => engine.Invoke(Policy, "recoverFund", Bob, UInt160.Zero), $"Contract {UInt160.Zero} does not exist.");
        TestEngine.AssertFault(() => engine.Invoke(Policy, "recoverFund", Bob, Policy), $"Contract {Policy} does not implement NEP-17 standard.");
        Assert.False(engine.Call<bool>(Policy, "recoverFund", Bob, Neo)); // no NEO: nothing to move
        Assert.Empty(engine.LastNotifications);

        Assert.True(engine.Call<bool>(Policy, "recoverFund", Bob, Gas));
        var treasury = NativeContracts.Treasury.Hash;
        Assert.Equal([(Gas, "Transfer"), (Policy, "RecoveredFund")], engine.LastNotifications.Select(n => (n.ScriptHash, n.EventName)));
        var transfer = engine.LastNotifications[0].State;
        Assert.Equal((Bob, treasury, amount), (new UInt160(transfer[0].GetSpan()), new UInt160(transfer[1].GetSpan()), transfer[2].GetInteger()));
        Assert.Equal(Bob.ToArray(), engine.LastNotifications[1].State[0].GetSpan().ToArray());
        Assert.Equal(BigInteger.Zero, engine.Call<BigInteger>(Gas, "balanceOf", Bob));
        Assert.Equal(amount, engine.Call<BigInteger>(Gas, "balanceOf", treasury));
        Assert.False(engine.Call<bool>(Policy, "recoverFund", Bob, Gas));
    }
}
