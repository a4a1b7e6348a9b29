using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// NEP-17 logic shared by NEO and GAS (reference §2.10, §2.12; neo FungibleToken): account states serialized under
/// Prefix_Account, the supply under Prefix_TotalSupply, a Transfer event for every move (mint from Null, burn to
/// Null), and onNEP17Payment on a receiving contract. Subclasses hook <see cref="OnBalanceChanging"/> (called with
/// the account's state before each balance change), <see cref="NewState"/> and <see cref="PostTransfer"/>.
/// Methods that may call a contract take a continuation <c>then</c> producing the native method's result; they
/// return that result, or null when the call was deferred (the continuation then runs when the callee returns).
/// </summary>
public abstract class FungibleToken(int id, string name) : NativeContract(id, name)
{
    // Storage map: Prefix_TotalSupply → integer; Prefix_Account + account → serialized account state.
    internal const byte PrefixTotalSupply = 11;
    internal const byte PrefixAccount = 20;

    public abstract string Symbol { get; }

    public abstract byte Decimals { get; }

    /// <summary>10^Decimals: one whole token in its smallest unit.</summary>
    public BigInteger Factor => BigInteger.Pow(10, Decimals);

    protected override IReadOnlyList<string> SupportedStandards => ["NEP-17"];

    protected override IEnumerable<Manifest.ContractEventDescriptor> DefineEvents() =>
        [new("Transfer", NativeMethod.Params(("from", T.Hash160), ("to", T.Hash160), ("amount", T.Integer)))];

    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        new("symbol", [], T.String, 0, CallFlags.None, (_, _) => Symbol),
        new("decimals", [], T.Integer, 0, CallFlags.None, (_, _) => (long)Decimals),
        new("totalSupply", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => new Integer(TotalSupply(e.Snapshot))),
        new("balanceOf", NativeMethod.Params(("account", T.Hash160)), T.Integer, 1 << 15, CallFlags.ReadStates,
            (e, a) => new Integer(BalanceOf(e.Snapshot, ApplicationEngine.ToHash160(a[0])))),
        new("transfer", NativeMethod.Params(("from", T.Hash160), ("to", T.Hash160), ("amount", T.Integer), ("data", T.Any)), T.Boolean,
            1 << 17, CallFlags.States | CallFlags.AllowCall | CallFlags.AllowNotify,
            (e, a) => Transfer(e, ApplicationEngine.ToHash160(a[0]), ApplicationEngine.ToHash160(a[1]), a[2].GetInteger(), a[3]), StorageFee: 50),
    ];

    public virtual BigInteger TotalSupply(IStoreView snapshot) =>
        snapshot.TryGet(StorageKeys.Create(Id, PrefixTotalSupply, [])) is { } value ? new BigInteger(value) : BigInteger.Zero;

    public BigInteger BalanceOf(IStoreView snapshot, UInt160 account) => GetState(snapshot, account)?.Balance ?? BigInteger.Zero;

    internal byte[] AccountKey(UInt160 account) => StorageKeys.Create(Id, PrefixAccount, account.AsSpan());

    /// <summary>A fresh account state (GAS: Struct[balance]; NEO adds its voting fields).</summary>
    protected virtual AccountState NewState() => new();

    /// <summary>The stored state of <paramref name="account"/>, or null when it has none.</summary>
    internal AccountState? GetState(IStoreView snapshot, UInt160 account)
    {
        if (snapshot.TryGet(AccountKey(account)) is not { } value) return null;
        var state = NewState();
        state.FromStackItem((Struct)Serialization.BinarySerializer.Deserialize(value, Vm.ExecutionEngineLimits.Default));
        return state;
    }

    internal void PutState(DataCache snapshot, UInt160 account, AccountState state) => snapshot.Put(AccountKey(account), state.ToBytes());

    /// <summary>Called with the account's state (already loaded, saved by the caller) before its balance changes by <paramref name="amount"/>.</summary>
    internal virtual void OnBalanceChanging(ApplicationEngine engine, UInt160 account, AccountState state, BigInteger amount)
    {
    }

    /// <summary>Integers are stored as minimal two's complement bytes, zero as no bytes (neo StorageItem).</summary>
    internal static byte[] IntegerBytes(BigInteger value) => value.IsZero ? [] : value.ToByteArray();

    private BigInteger StoredSupply(IStoreView snapshot) =>
        snapshot.TryGet(StorageKeys.Create(Id, PrefixTotalSupply, [])) is { } value ? new BigInteger(value) : BigInteger.Zero;

    /// <summary>Genesis distribution: credits <paramref name="account"/> directly (no engine runs at genesis here).</summary>
    internal void MintAtGenesis(DataCache snapshot, UInt160 account, BigInteger amount)
    {
        var state = GetState(snapshot, account) ?? NewState();
        state.Balance += amount;
        PutState(snapshot, account, state);
        snapshot.Put(StorageKeys.Create(Id, PrefixTotalSupply, []), IntegerBytes(StoredSupply(snapshot) + amount));
    }

    /// <summary>
    /// Creates tokens (GAS rewards, fees to validators): Transfer(null, account, amount), then onNEP17Payment when
    /// <paramref name="callOnPayment"/> and the account is a contract. Returns <paramref name="then"/>'s result, or null if deferred.
    /// </summary>
    internal StackItem? Mint(ApplicationEngine engine, UInt160 account, BigInteger amount, bool callOnPayment, Func<StackItem?>? then = null)
    {
        then ??= () => null;
        if (amount.Sign < 0) throw new ArgumentOutOfRangeException(nameof(amount), "cannot be negative");
        if (amount.IsZero) return then();
        var state = GetState(engine.Snapshot, account) ?? NewState();
        OnBalanceChanging(engine, account, state, amount);
        state.Balance += amount;
        PutState(engine.Snapshot, account, state);
        engine.Snapshot.Put(StorageKeys.Create(Id, PrefixTotalSupply, []), IntegerBytes(StoredSupply(engine.Snapshot) + amount));
        return PostTransfer(engine, null, account, amount, StackItem.Null, callOnPayment, then);
    }

    /// <summary>Destroys tokens (fees): Transfer(account, null, amount); an absent account or more than the balance faults.</summary>
    internal void Burn(ApplicationEngine engine, UInt160 account, BigInteger amount)
    {
        if (amount.Sign < 0) throw new ArgumentOutOfRangeException(nameof(amount), "cannot be negative");
        if (amount.IsZero) return;
        var state = GetState(engine.Snapshot, account) ?? throw new NullReferenceException();
        if (state.Balance < amount) throw new InvalidOperationException();
        OnBalanceChanging(engine, account, state, -amount);
        if (state.Balance == amount) engine.Snapshot.Delete(AccountKey(account));
        else
        {
            state.Balance -= amount;
            PutState(engine.Snapshot, account, state);
        }
        engine.Snapshot.Put(StorageKeys.Create(Id, PrefixTotalSupply, []), IntegerBytes(StoredSupply(engine.Snapshot) - amount));
        PostTransfer(engine, account, null, amount, StackItem.Null, false, () => null);
    }

    /// <summary>
    /// NEP-17 transfer (neo FungibleToken.Transfer): false without the sender's witness or balance; a negative amount
    /// faults. A zero or self transfer still runs the balance hook on an existing sender state.
    /// </summary>
    private StackItem? Transfer(ApplicationEngine engine, UInt160 from, UInt160 to, BigInteger amount, StackItem data)
    {
        if (amount.Sign < 0) throw new ArgumentOutOfRangeException(nameof(amount), "cannot be negative");
        if (!from.Equals(engine.CallingScriptHash) && !engine.CheckWitnessInternal(from)) return false;
        var snapshot = engine.Snapshot;
        var stateFrom = GetState(snapshot, from);
        if (amount.IsZero)
        {
            if (stateFrom is not null)
            {
                OnBalanceChanging(engine, from, stateFrom, amount);
                PutState(snapshot, from, stateFrom);
            }
        }
        else
        {
            if (stateFrom is null || stateFrom.Balance < amount) return false;
            if (from.Equals(to))
            {
                OnBalanceChanging(engine, from, stateFrom, BigInteger.Zero);
                PutState(snapshot, from, stateFrom);
            }
            else
            {
                OnBalanceChanging(engine, from, stateFrom, -amount);
                if (stateFrom.Balance == amount) snapshot.Delete(AccountKey(from));
                else
                {
                    stateFrom.Balance -= amount;
                    PutState(snapshot, from, stateFrom);
                }
                var stateTo = GetState(snapshot, to) ?? NewState();
                OnBalanceChanging(engine, to, stateTo, amount);
                stateTo.Balance += amount;
                PutState(snapshot, to, stateTo);
            }
        }
        return PostTransfer(engine, from, to, amount, data, true, () => StackItem.True);
    }

    /// <summary>Notifies Transfer, then calls onNEP17Payment(from, amount, data) when the receiver is a contract, then <paramref name="then"/>.</summary>
    protected virtual StackItem? PostTransfer(ApplicationEngine engine, UInt160? from, UInt160? to, BigInteger amount, StackItem data,
        bool callOnPayment, Func<StackItem?> then)
    {
        engine.SendNotification(Hash, "Transfer",
            new Vm.Types.Array([from is null ? StackItem.Null : from.ToArray(), to is null ? StackItem.Null : to.ToArray(), new Integer(amount)]));
        if (!callOnPayment || to is null || ContractManagement.GetContract(engine.Snapshot, to) is null) return then();
        engine.CallFromNative(to, "onNEP17Payment", hasReturnValue: false,
            [from is null ? StackItem.Null : from.ToArray(), new Integer(amount), data], _ => then(), caller: Hash);
        return null;
    }
}
