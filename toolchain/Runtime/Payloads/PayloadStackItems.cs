using Protocol.Toolchain.Runtime.Payloads.Conditions;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>
/// The stack-item forms contracts see (neo's IInteroperable.ToStackItem): GetScriptContainer's transaction,
/// CurrentSigners' signers, their witness rules and conditions.
/// </summary>
public static class PayloadStackItems
{
    /// <summary>Array[hash, version, nonce, sender, systemFee, networkFee, validUntilBlock, script].</summary>
    public static Array ToStackItem(this Transaction tx)
    {
        ArgumentNullException.ThrowIfNull(tx);
        if (tx.Signers.Count == 0) throw new ArgumentException("Sender is not specified in the transaction.");
        return new Array(
        [
            tx.Hash.ToArray(),
            (long)tx.Version,
            (long)tx.Nonce,
            tx.Sender.ToArray(),
            tx.SystemFee,
            tx.NetworkFee,
            (long)tx.ValidUntilBlock,
            new ByteString(tx.Script.ToArray()),
        ]);
    }

    /// <summary>
    /// Array[account, scopes, contracts[], groups[], rules[]]; a list whose scope flag is not set is an empty array.
    /// </summary>
    public static Array ToStackItem(this Signer signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var scopes = signer.Scopes;
        return new Array(
        [
            signer.Account.ToArray(),
            (long)(byte)scopes,
            scopes.HasFlag(WitnessScope.CustomContracts)
                ? new Array(signer.AllowedContracts.Select(h => (StackItem)new ByteString(h.ToArray())))
                : new Array(),
            scopes.HasFlag(WitnessScope.CustomGroups)
                ? new Array(signer.AllowedGroups.Select(g => (StackItem)new ByteString(g.ToArray())))
                : new Array(),
            scopes.HasFlag(WitnessScope.WitnessRules)
                ? new Array(signer.Rules.Select(r => (StackItem)r.ToStackItem()))
                : new Array(),
        ]);
    }

    /// <summary>Array[action, condition].</summary>
    public static Array ToStackItem(this WitnessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new Array([(long)(byte)rule.Action, rule.Condition.ToStackItem()]);
    }

    /// <summary>Array[type, payload…]: Boolean → bool; Not → condition; And/Or → Array of conditions;
    /// ScriptHash/CalledByContract → hash bytes; Group/CalledByGroup → compressed key; CalledByEntry → nothing.</summary>
    public static Array ToStackItem(this WitnessCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var result = new Array([(long)(byte)condition.Type]);
        switch (condition)
        {
            case BooleanCondition b:
                result.Add(b.Expression);
                break;
            case NotCondition n:
                result.Add(n.Expression.ToStackItem());
                break;
            case CompositeCondition c:
                result.Add(new Array(c.Expressions.Select(e => (StackItem)e.ToStackItem())));
                break;
            case HashConditionBase h:
                result.Add(h.Hash.ToArray());
                break;
            case GroupConditionBase g:
                result.Add(g.Group.ToArray());
                break;
            case CalledByEntryCondition:
                break;
            default:
                throw new NotSupportedException($"Unknown witness condition {condition.Type}.");
        }
        return result;
    }

    /// <summary>
    /// The rules a signer's scopes stand for, in neo's order (Signer.GetAllRules): Global → Allow(true); otherwise
    /// CalledByEntry → Allow(CalledByEntry), each custom contract → Allow(ScriptHash), each custom group →
    /// Allow(Group), then the explicit rules. None gives no rule.
    /// </summary>
    public static IEnumerable<WitnessRule> GetAllRules(this Signer signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var scopes = signer.Scopes;
        if (scopes == WitnessScope.Global)
        {
            yield return new WitnessRule(WitnessRuleAction.Allow, new BooleanCondition(true));
            yield break;
        }
        if (scopes.HasFlag(WitnessScope.CalledByEntry))
            yield return new WitnessRule(WitnessRuleAction.Allow, new CalledByEntryCondition());
        if (scopes.HasFlag(WitnessScope.CustomContracts))
            foreach (var hash in signer.AllowedContracts)
                yield return new WitnessRule(WitnessRuleAction.Allow, new ScriptHashCondition(hash));
        if (scopes.HasFlag(WitnessScope.CustomGroups))
            foreach (var group in signer.AllowedGroups)
                yield return new WitnessRule(WitnessRuleAction.Allow, new GroupCondition(group));
        if (scopes.HasFlag(WitnessScope.WitnessRules))
            foreach (var rule in signer.Rules)
                yield return rule;
    }
}
