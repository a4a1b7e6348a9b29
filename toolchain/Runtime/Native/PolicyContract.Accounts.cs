using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// Blocked accounts (neo PolicyContract BlockAccount V1, UnblockAccount, GetBlockedAccounts, RecoverFund). A blocked
/// account can't be called, deployed to or vote; from Faun the stored value is the block time, and a year later an
/// almost-full committee may move the account's balance of any NEP-17 token to the Treasury.
/// </summary>
public sealed partial class PolicyContract
{
    private StackItem? BlockAccount(ApplicationEngine engine, UInt160 account)
    {
        NeoToken.AssertCommittee(engine);
        return BlockAccountInternal(engine, account, blocked => blocked);
    }

    /// <summary>
    /// Blocks <paramref name="account"/> (false if it already is): natives can't be blocked; the account's NEO vote is
    /// withdrawn first (which may settle GAS and call the account's onNEP17Payment), then the block time is stored.
    /// <paramref name="then"/> gets whether the account was newly blocked and makes the native method's result; the
    /// return value is that result, or null when the vote's GAS payment deferred it.
    /// </summary>
    internal StackItem? BlockAccountInternal(ApplicationEngine engine, UInt160 account, Func<bool, StackItem?> then)
    {
        if (NativeContracts.Get(account) is not null) throw new InvalidOperationException("Cannot block a native contract.");
        var key = Key(PrefixBlockedAccount, account.AsSpan());
        if (engine.Snapshot.Contains(key)) return then(false);
        return NativeContracts.Neo.VoteInternal(engine, account, null, _ =>
        {
            Write(engine.Snapshot, key, engine.GetPersistingTime());
            return then(true);
        });
    }

    private static bool UnblockAccount(ApplicationEngine engine, UInt160 account)
    {
        NeoToken.AssertCommittee(engine);
        var key = Key(PrefixBlockedAccount, account.AsSpan());
        if (!engine.Snapshot.Contains(key)) return false;
        engine.Snapshot.Delete(key);
        return true;
    }

    /// <summary>The blocked accounts, in key order (KeysOnly | RemovePrefix: each 20-byte hash).</summary>
    private static StorageIterator GetBlockedAccounts(IStoreView snapshot)
    {
        var prefix = Key(PrefixBlockedAccount);
        return new StorageIterator(() => snapshot.Seek(prefix, backward: false), 1, FindOptions.RemovePrefix | FindOptions.KeysOnly);
    }

    /// <summary>
    /// Moves a blocked account's whole balance of the NEP-17 <paramref name="token"/> to the Treasury, once a year has
    /// passed since the block; needs the max(half + 1, n − 2)-of-n committee multisig. The token sees the account as its
    /// caller. True and RecoveredFund(account) when something moved, false for a zero balance.
    /// </summary>
    private StackItem? RecoverFund(ApplicationEngine engine, UInt160 account, UInt160 token)
    {
        NeoToken.AssertAlmostFullCommittee(engine);
        var entry = engine.Snapshot.TryGet(Key(PrefixBlockedAccount, account.AsSpan()))
            ?? throw new InvalidOperationException("Request not found.");
        var elapsedTime = engine.GetPersistingTime() - new BigInteger(entry);
        if (elapsedTime < RequiredTimeForRecoverFund)
            throw new InvalidOperationException($"Request must be signed at least 1 year ago. Remaining time: {Remaining(RequiredTimeForRecoverFund - elapsedTime)}.");
        var contract = ContractManagement.GetContract(engine.Snapshot, token)
            ?? throw new InvalidOperationException($"Contract {token} does not exist.");
        if (!contract.Manifest.SupportedStandards.Contains("NEP-17"))
            throw new InvalidOperationException($"Contract {token} does not implement NEP-17 standard.");
        var treasury = NativeContracts.Treasury.Hash;
        engine.CallFromNative(token, "balanceOf", hasReturnValue: true, [account.ToArray()], balanceItem =>
        {
            var balance = balanceItem!.GetInteger();
            if (balance <= 0) return false;
            engine.CallFromNative(token, "transfer", hasReturnValue: true,
                [account.ToArray(), treasury.ToArray(), new Integer(balance), StackItem.Null], result =>
                {
                    if (!result!.GetBoolean())
                        throw new InvalidOperationException($"Transfer of {balance} from {account} to {treasury} failed in contract {token}.");
                    engine.SendNotification(Hash, "RecoveredFund", new Vm.Types.Array([account.ToArray()]));
                    return true;
                }, caller: account);
            return null;
        }, caller: account);
        return null;
    }

    /// <summary>neo's remaining-time text: "Xd Yh Zm", "Yh Zm Ss", "Zm Ss" or "Ss".</summary>
    private static string Remaining(BigInteger remaining)
    {
        var days = remaining / 86_400_000;
        var hours = remaining % 86_400_000 / 3_600_000;
        var minutes = remaining % 3_600_000 / 60_000;
        var seconds = remaining % 60_000 / 1_000;
        return days > 0 ? $"{days}d {hours}h {minutes}m"
            : hours > 0 ? $"{hours}h {minutes}m {seconds}s"
            : minutes > 0 ? $"{minutes}m {seconds}s"
            : $"{seconds}s";
    }
}
