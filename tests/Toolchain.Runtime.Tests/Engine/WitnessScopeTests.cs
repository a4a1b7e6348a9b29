using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Conditions;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using static Protocol.Toolchain.Runtime.Tests.Engine.SyscallTestContracts;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// System.Runtime.CheckWitness for every scope and rule kind, in three positions: the entry script itself (E1),
/// contract A called by the entry script (E2), and A called by contract B which the entry script called (E3).
/// A is in group GA, B in group GB; the witness asked for is the standard account of <see cref="Key"/>.
/// </summary>
public class WitnessScopeTests
{
    internal static readonly KeyPair Key = new(Enumerable.Repeat((byte)0x01, 32).ToArray());
    internal static readonly KeyPair GroupA = new(Enumerable.Repeat((byte)0x11, 32).ToArray());
    internal static readonly KeyPair GroupB = new(Enumerable.Repeat((byte)0x22, 32).ToArray());
    internal static readonly UInt160 Account = UInt160.FromScript(VerificationScripts.CreateSignature(Key.PublicKey));

    // check(k) at 0: SYSCALL CheckWitness, RET. relay(target, k): Contract.Call(target, "check", All, [k]).
    internal static readonly byte[] Script = BuildScript(out RelayOffset);
    internal static readonly int RelayOffset;
    internal static readonly Method[] Methods =
    [
        new("check", [("k", "ByteArray")], "Boolean", 0),
        new("relay", [("target", "Hash160"), ("k", "ByteArray")], "Boolean", RelayOffset),
    ];

    private static readonly DataCache Snapshot = new(new MemoryStore());
    internal static readonly UInt160 A = Deploy(Snapshot, "A", Script, Methods, null, GroupA);
    internal static readonly UInt160 B = Deploy(Snapshot, "B", Script, Methods, null, GroupB);

    private static byte[] BuildScript(out int relayOffset)
    {
        var sb = new ScriptBuilder().EmitSysCall(Syscalls.RuntimeCheckWitness.Hash).Emit(OpCode.RET);
        relayOffset = sb.Length;
        sb.Emit(OpCode.INITSLOT, [0, 2]).Emit(OpCode.LDARG1).EmitPush(1).Emit(OpCode.PACK).EmitPush((int)CallFlags.All)
            .EmitPush("check").Emit(OpCode.LDARG0).EmitSysCall(Interop.Syscalls.ContractCall.Hash).Emit(OpCode.RET);
        return sb.ToArray();
    }

    internal static byte[] E1(byte[] witness) => new ScriptBuilder().EmitPush(witness).EmitSysCall(Syscalls.RuntimeCheckWitness.Hash).ToArray();

    internal static byte[] E2(byte[] witness, CallFlags flags = CallFlags.All) =>
        new ScriptBuilder().EmitCall(A, "check", flags, sb => sb.EmitPush(witness)).ToArray();

    internal static byte[] E3(byte[] witness) =>
        new ScriptBuilder().EmitCall(B, "relay", CallFlags.All, sb => sb.EmitPush(A.AsSpan()), sb => sb.EmitPush(witness)).ToArray();

    internal static ApplicationEngine RunWith(byte[] script, params Signer[] signers) => Run(Snapshot, script, Tx(signers));

    /// <summary>The CheckWitness result, or null on FAULT.</summary>
    internal static bool? Outcome(byte[] script, params Signer[] signers)
    {
        var engine = RunWith(script, signers);
        return engine.State == VMState.HALT ? engine.ResultStack[0].GetBoolean() : null;
    }

    private static void Expect(Signer signer, bool e1, bool e2, bool e3)
    {
        var w = Account.ToArray();
        Assert.Equal((bool?)e1, Outcome(E1(w), signer));
        Assert.Equal((bool?)e2, Outcome(E2(w), signer));
        Assert.Equal((bool?)e3, Outcome(E3(w), signer));
    }

    private static Signer Rules(params WitnessRule[] rules) => new(Account, WitnessScope.WitnessRules, rules: rules);

    private static WitnessRule Allow(WitnessCondition c) => new(WitnessRuleAction.Allow, c);

    private static WitnessRule Deny(WitnessCondition c) => new(WitnessRuleAction.Deny, c);

    [Fact] public void None_never_witnesses() => Expect(new Signer(Account, WitnessScope.None), false, false, false);

    [Fact] public void Global_always_witnesses() => Expect(new Signer(Account, WitnessScope.Global), true, true, true);

    [Fact] public void CalledByEntry_covers_the_entry_script_and_its_direct_callee_only() =>
        Expect(new Signer(Account, WitnessScope.CalledByEntry), true, true, false);

    [Fact] public void CustomContracts_allows_the_listed_executing_contract()
    {
        Expect(new Signer(Account, WitnessScope.CustomContracts, allowedContracts: [A]), false, true, true);
        Expect(new Signer(Account, WitnessScope.CustomContracts, allowedContracts: [B]), false, false, false);
    }

    [Fact] public void CustomGroups_allows_a_contract_whose_manifest_has_the_group()
    {
        Expect(new Signer(Account, WitnessScope.CustomGroups, allowedGroups: [GroupA.PublicKey]), false, true, true);
        Expect(new Signer(Account, WitnessScope.CustomGroups, allowedGroups: [GroupB.PublicKey]), false, false, false);
    }

    [Fact] public void Combined_scopes_allow_when_any_expanded_rule_matches() =>
        Expect(new Signer(Account, WitnessScope.CalledByEntry | WitnessScope.CustomContracts, allowedContracts: [A]), true, true, true);

    [Fact] public void Rule_CalledByContract_matches_the_calling_script_hash() =>
        Expect(Rules(Allow(new CalledByContractCondition(B))), false, false, true);

    [Fact] public void Rule_CalledByGroup_matches_the_callers_manifest_group() =>
        Expect(Rules(Allow(new CalledByGroupCondition(GroupB.PublicKey))), false, false, true);

    [Fact] public void Rule_Group_and_ScriptHash_match_the_executing_contract()
    {
        Expect(Rules(Allow(new GroupCondition(GroupA.PublicKey))), false, true, true);
        Expect(Rules(Allow(new ScriptHashCondition(A))), false, true, true);
    }

    [Fact] public void Rule_Boolean_and_Not()
    {
        Expect(Rules(Allow(new BooleanCondition(true))), true, true, true);
        Expect(Rules(Allow(new BooleanCondition(false))), false, false, false);
        Expect(Rules(Allow(new NotCondition(new CalledByEntryCondition()))), false, false, true);
    }

    [Fact] public void Rule_And_Or()
    {
        Expect(Rules(Allow(new AndCondition([new ScriptHashCondition(A), new CalledByContractCondition(B)]))), false, false, true);
        Expect(Rules(Allow(new OrCondition([new ScriptHashCondition(B), new CalledByEntryCondition()]))), true, true, false);
    }

    [Fact] public void A_depth_3_rule_read_back_from_its_binary_form()
    {
        var signer = Rules(Allow(new AndCondition([
            new OrCondition([new ScriptHashCondition(A), new ScriptHashCondition(B)]),
            new NotCondition(new CalledByEntryCondition())])));
        var parsed = Signer.Deserialize(new NeoBinaryReader(NeoBinaryWriter.Serialize(signer)));
        Assert.Equal(signer, parsed);
        Expect(parsed, false, false, true);
    }

    [Fact] public void The_first_matching_rule_wins_and_Deny_gives_false()
    {
        Expect(Rules(Deny(new ScriptHashCondition(A)), Allow(new BooleanCondition(true))), true, false, false);
        Expect(Rules(Allow(new BooleanCondition(true)), Deny(new ScriptHashCondition(A))), true, true, true);
        // Scopes are expanded before explicit rules: Allow(ScriptHash A) from CustomContracts comes first.
        Expect(new Signer(Account, WitnessScope.CustomContracts | WitnessScope.WitnessRules, allowedContracts: [A],
            rules: [Deny(new BooleanCondition(true))]), false, true, true);
    }

    [Fact] public void No_matching_rule_or_no_signer_gives_false()
    {
        Expect(Rules(Deny(new ScriptHashCondition(B))), false, false, false);
        var other = new Signer(UInt160.Parse("0x00000000000000000000000000000000000000ff"), WitnessScope.Global);
        Assert.False(Outcome(E1(Account.ToArray()), other));
    }
}
