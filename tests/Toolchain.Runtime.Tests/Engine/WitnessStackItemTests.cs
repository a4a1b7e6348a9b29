using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Conditions;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;
using static Protocol.Toolchain.Runtime.Tests.Engine.WitnessScopeTests;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>Neo's stack-item forms of transactions, signers, rules and conditions, and the syscalls returning them.</summary>
public class WitnessStackItemTests
{
    private static readonly UInt160 H = UInt160.Parse("0x00112233445566778899aabbccddeeff00112233");

    private static byte[] Bytes(StackItem item) => item.GetSpan().ToArray();

    private static Array Arr(StackItem item) => Assert.IsAssignableFrom<Array>(item);

    [Fact]
    public void Conditions_are_type_then_payload()
    {
        var key = GroupA.PublicKey;
        var b = new BooleanCondition(true).ToStackItem();
        Assert.Equal(2, b.Count);
        Assert.Equal(0, (int)b[0].GetInteger());
        Assert.Equal(StackItemType.Boolean, b[1].Type);
        Assert.True(b[1].GetBoolean());

        Assert.Single(new CalledByEntryCondition().ToStackItem());
        Assert.Equal(0x20, (int)new CalledByEntryCondition().ToStackItem()[0].GetInteger());
        Assert.Equal(H.ToArray(), Bytes(new ScriptHashCondition(H).ToStackItem()[1]));
        Assert.Equal(0x18, (int)new ScriptHashCondition(H).ToStackItem()[0].GetInteger());
        Assert.Equal(0x28, (int)new CalledByContractCondition(H).ToStackItem()[0].GetInteger());
        Assert.Equal(key.ToArray(), Bytes(new GroupCondition(key).ToStackItem()[1]));
        Assert.Equal(0x19, (int)new GroupCondition(key).ToStackItem()[0].GetInteger());
        Assert.Equal(0x29, (int)new CalledByGroupCondition(key).ToStackItem()[0].GetInteger());

        var not = new NotCondition(new BooleanCondition(false)).ToStackItem();
        Assert.Equal(1, (int)not[0].GetInteger());
        Assert.False(Arr(not[1])[1].GetBoolean());

        var and = new AndCondition([new CalledByEntryCondition(), new ScriptHashCondition(H)]).ToStackItem();
        Assert.Equal(2, (int)and[0].GetInteger());
        var inner = Arr(and[1]);
        Assert.Equal(2, inner.Count);
        Assert.Equal(0x18, (int)Arr(inner[1])[0].GetInteger());
        Assert.Equal(3, (int)new OrCondition([new CalledByEntryCondition()]).ToStackItem()[0].GetInteger());
    }

    [Fact]
    public void A_rule_is_action_then_condition()
    {
        var rule = new WitnessRule(WitnessRuleAction.Allow, new ScriptHashCondition(H)).ToStackItem();
        Assert.Equal(1, (int)rule[0].GetInteger());
        Assert.Equal(H.ToArray(), Bytes(Arr(rule[1])[1]));
        Assert.Equal(0, (int)new WitnessRule(WitnessRuleAction.Deny, new BooleanCondition(true)).ToStackItem()[0].GetInteger());
    }

    [Fact]
    public void A_signer_has_five_fields_and_empty_lists_for_unset_scopes()
    {
        var plain = new Signer(Account, WitnessScope.CalledByEntry).ToStackItem();
        Assert.Equal(5, plain.Count);
        Assert.Equal(Account.ToArray(), Bytes(plain[0]));
        Assert.Equal(1, (int)plain[1].GetInteger());
        for (int i = 2; i < 5; i++) Assert.Empty(Arr(plain[i]));

        var full = new Signer(Account, WitnessScope.CustomContracts | WitnessScope.CustomGroups | WitnessScope.WitnessRules,
            [H, A], [GroupA.PublicKey], [new WitnessRule(WitnessRuleAction.Deny, new CalledByEntryCondition())]).ToStackItem();
        Assert.Equal(0x70, (int)full[1].GetInteger());
        Assert.Equal([H.ToArray(), A.ToArray()], Arr(full[2]).Select(Bytes));
        Assert.Equal(GroupA.PublicKey.ToArray(), Bytes(Arr(full[3])[0]));
        var rule = Arr(Arr(full[4])[0]);
        Assert.Equal(0, (int)rule[0].GetInteger());
        Assert.Equal(0x20, (int)Arr(rule[1])[0].GetInteger());
    }

    [Fact]
    public void CurrentSigners_is_Null_without_a_transaction_and_the_signers_with_one()
    {
        var script = new ScriptBuilder().EmitSysCall(Syscalls.RuntimeCurrentSigners.Hash).ToArray();
        var none = EngineRun.Run(script);
        Assert.Equal(VMState.HALT, none.State);
        Assert.True(none.ResultStack[0].IsNull);

        var second = new Signer(H, WitnessScope.Global);
        var engine = SyscallTestContracts.Run(new DataCache(new MemoryStore()), script,
            SyscallTestContracts.Tx(new Signer(Account, WitnessScope.CalledByEntry), second));
        var signers = Arr(engine.ResultStack[0]);
        Assert.Equal(2, signers.Count);
        Assert.Equal(Account.ToArray(), Bytes(Arr(signers[0])[0]));
        Assert.Equal(0x80, (int)Arr(signers[1])[1].GetInteger());
        Assert.Equal((16) * 30, engine.FeeConsumed);
    }

    [Fact]
    public void GetScriptContainer_is_the_transaction_array()
    {
        var tx = new Transaction
        {
            Nonce = 0xdeadbeef,
            SystemFee = 123,
            NetworkFee = 456,
            ValidUntilBlock = 789,
            Signers = [new Signer(Account, WitnessScope.CalledByEntry), new Signer(H, WitnessScope.Global)],
            Script = new byte[] { 0x11, 0x12 },
        };
        var script = new ScriptBuilder().EmitSysCall(Syscalls.RuntimeGetScriptContainer.Hash).ToArray();
        var engine = SyscallTestContracts.Run(new DataCache(new MemoryStore()), script, tx);
        Assert.Equal(VMState.HALT, engine.State);
        var a = Arr(engine.ResultStack[0]);
        Assert.Equal(8, a.Count);
        Assert.Equal(tx.Hash.ToArray(), Bytes(a[0]));
        Assert.Equal(0, (int)a[1].GetInteger());
        Assert.Equal(0xdeadbeef, (long)a[2].GetInteger());
        Assert.Equal(Account.ToArray(), Bytes(a[3])); // the sender is the first signer
        Assert.Equal(123, (long)a[4].GetInteger());
        Assert.Equal(456, (long)a[5].GetInteger());
        Assert.Equal(789, (long)a[6].GetInteger());
        Assert.Equal(StackItemType.ByteString, a[7].Type);
        Assert.Equal(new byte[] { 0x11, 0x12 }, Bytes(a[7]));
        Assert.Equal(8 * 30, engine.FeeConsumed);

        Assert.Equal(VMState.FAULT, EngineRun.Run(script).State); // no container
    }
}
