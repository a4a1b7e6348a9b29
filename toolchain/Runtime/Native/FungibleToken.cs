using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// NEP-17 logic shared by NEO and GAS (reference §2.10, §2.12): balances as serialized account-state structs under
/// Prefix_Account, the supply under Prefix_TotalSupply, a Transfer event for every move (mint from Null, burn to
/// Null), and onNEP17Payment on a receiving contract.
/// </summary>
public abstract class FungibleToken(int id, string name) : NativeContract(id, name)
{
    // Storage map: Prefix_TotalSupply → integer; Prefix_Account + account → serialized Struct[balance, …].
    internal const byte PrefixTotalSupply = 11;
    internal const byte PrefixAccount = 20;

    public abstract string Symbol { get; }

    public abstract byte Decimals { get; }

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

    public BigInteger TotalSupply(IStoreView snapshot) =>
        snapshot.TryGet(StorageKeys.Create(Id, PrefixTotalSupply, [])) is { } value ? new BigInteger(value) : BigInteger.Zero;

    public BigInteger BalanceOf(IStoreView snapshot, UInt160 account) =>
        snapshot.TryGet(AccountKey(account)) is { } value ? ReadState(value)[0].GetInteger() : BigInteger.Zero;

    private byte[] AccountKey(UInt160 account) => StorageKeys.Create(Id, PrefixAccount, account.AsSpan());

    private static Struct ReadState(byte[] value) => (Struct)BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default);

    /// <summary>A fresh account state (GAS: Struct[balance]; NEO adds its voting fields).</summary>
    protected virtual Struct NewState() => new([Integer.Zero]);

    private void WriteBalance(DataCache snapshot, UInt160 account, BigInteger balance)
    {
        var key = AccountKey(account);
        if (balance.IsZero)
        {
            snapshot.Delete(key);
            return;
        }
        var state = snapshot.TryGet(key) is { } value ? ReadState(value) : NewState();
        state[0] = new Integer(balance);
        snapshot.Put(key, BinarySerializer.Serialize(state, ExecutionEngineLimits.Default));
    }

    private void AddSupply(DataCache snapshot, BigInteger delta) =>
        snapshot.Put(StorageKeys.Create(Id, PrefixTotalSupply, []), (TotalSupply(snapshot) + delta).ToByteArray());

    /// <summary>Genesis distribution: credits <paramref name="account"/> directly (no engine runs at genesis here).</summary>
    internal void MintAtGenesis(DataCache snapshot, UInt160 account, BigInteger amount)
    {
        WriteBalance(snapshot, account, BalanceOf(snapshot, account) + amount);
        AddSupply(snapshot, amount);
    }

    /// <summary>Creates tokens (GAS rewards, fees to validators): Transfer(null, account, amount).</summary>
    internal void Mint(ApplicationEngine engine, UInt160 account, BigInteger amount, bool callOnPayment)
    {
        if (amount.Sign < 0) throw new ArgumentOutOfRangeException(nameof(amount), "cannot be negative");
        if (amount.IsZero) return;
        WriteBalance(engine.Snapshot, account, BalanceOf(engine.Snapshot, account) + amount);
        AddSupply(engine.Snapshot, amount);
        PostTransfer(engine, null, account, amount, StackItem.Null, callOnPayment, null);
    }

    /// <summary>Destroys tokens (fees): Transfer(account, null, amount); more than the balance faults.</summary>
    internal void Burn(ApplicationEngine engine, UInt160 account, BigInteger amount)
    {
        if (amount.Sign < 0) throw new ArgumentOutOfRangeException(nameof(amount), "cannot be negative");
        if (amount.IsZero) return;
        var balance = BalanceOf(engine.Snapshot, account);
        if (balance < amount) throw new InvalidOperationException($"Burn of {amount} exceeds the balance {balance}.");
        WriteBalance(engine.Snapshot, account, balance - amount);
        AddSupply(engine.Snapshot, -amount);
        PostTransfer(engine, account, null, amount, StackItem.Null, false, null);
    }

    /// <summary>NEP-17 transfer: false without the sender's witness or balance; a negative amount faults.</summary>
    private StackItem? Transfer(ApplicationEngine engine, UInt160 from, UInt160 to, BigInteger amount, StackItem data)
    {
        if (amount.Sign < 0) throw new ArgumentOutOfRangeException(nameof(amount), "cannot be negative");
        if (!from.Equals(engine.CallingScriptHash) && !engine.CheckWitnessInternal(from)) return false;
        var fromBalance = BalanceOf(engine.Snapshot, from);
        if (!amount.IsZero)
        {
            if (fromBalance < amount) return false;
            if (!from.Equals(to))
            {
                WriteBalance(engine.Snapshot, from, fromBalance - amount);
                WriteBalance(engine.Snapshot, to, BalanceOf(engine.Snapshot, to) + amount);
            }
        }
        return PostTransfer(engine, from, to, amount, data, true, StackItem.True);
    }

    /// <summary>Notifies Transfer, then calls onNEP17Payment(from, amount, data) when the receiver is a contract.</summary>
    private StackItem? PostTransfer(ApplicationEngine engine, UInt160? from, UInt160? to, BigInteger amount, StackItem data, bool callOnPayment, StackItem? result)
    {
        engine.SendNotification(Hash, "Transfer",
            new Vm.Types.Array([from is null ? StackItem.Null : from.ToArray(), to is null ? StackItem.Null : to.ToArray(), new Integer(amount)]));
        if (!callOnPayment || to is null || ContractManagement.GetContract(engine.Snapshot, to) is null) return result;
        engine.CallFromNative(to, "onNEP17Payment", hasReturnValue: false,
            [from is null ? StackItem.Null : from.ToArray(), new Integer(amount), data], _ => result);
        return null;
    }
}
