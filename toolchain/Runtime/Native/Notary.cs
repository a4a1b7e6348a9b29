using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// Notary (id -10, Echidna+; NEP-27 and, from Faun, NEP-30): GAS deposits that pay for notary-assisted transactions.
/// Storage: Prefix_Deposit 1 + account → serialized Struct[amount, till]; Prefix_MaxNotValidBeforeDelta 10 → integer (140 at
/// genesis). All methods cost 2^15; setMaxNotValidBeforeDelta is committee-only. OnPersist (fee accounting and notary
/// rewards) is in Notary.Persist.cs.
/// </summary>
public sealed partial class Notary() : NativeContract(-10, "Notary")
{
    private const byte PrefixDeposit = 1;
    private const byte PrefixMaxNotValidBeforeDelta = 10;
    public const int DefaultMaxNotValidBeforeDelta = 140;
    public const int DefaultDepositDeltaTill = 5760;

    protected override IReadOnlyList<string> SupportedStandards => ["NEP-27", "NEP-30"];

    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        new("balanceOf", NativeMethod.Params(("account", T.Hash160)), T.Integer, 1 << 15, CallFlags.ReadStates,
            (e, a) => GetDeposit(e.Snapshot, NativeArguments.Hash160(a[0], "account"))?.Amount ?? BigInteger.Zero),
        new("expirationOf", NativeMethod.Params(("account", T.Hash160)), T.Integer, 1 << 15, CallFlags.ReadStates,
            (e, a) => (long)(GetDeposit(e.Snapshot, NativeArguments.Hash160(a[0], "account"))?.Till ?? 0)),
        new("getMaxNotValidBeforeDelta", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => (long)GetMaxNotValidBeforeDelta(e.Snapshot)),
        new("lockDepositUntil", NativeMethod.Params(("account", T.Hash160), ("till", T.Integer)), T.Boolean, 1 << 15, CallFlags.States,
            (e, a) => LockDepositUntil(e, NativeArguments.Hash160(a[0], "account"), NativeArguments.UInt32(a[1], "till"))),
        new("onNEP17Payment", NativeMethod.Params(("from", T.Hash160), ("amount", T.Integer), ("data", T.Any)), T.Void, 1 << 15, CallFlags.States,
            (e, a) => OnPayment(e, NativeArguments.Hash160(a[0], "from"), NativeArguments.Integer(a[1], "amount"), a[2])),
        new("verify", NativeMethod.Params(("signature", T.ByteArray)), T.Boolean, 1 << 15, CallFlags.ReadStates,
            (e, a) => Verify(e, NativeArguments.Bytes(a[0], "signature"))),
        new("withdraw", NativeMethod.Params(("from", T.Hash160), ("to", T.Hash160)), T.Boolean, 1 << 15, CallFlags.All,
            (e, a) => Withdraw(e, NativeArguments.Hash160(a[0], "from"), NativeArguments.NullableHash160(a[1]))),
        new("setMaxNotValidBeforeDelta", NativeMethod.Params(("value", T.Integer)), T.Void, 1 << 15, CallFlags.States,
            (e, a) => SetMaxNotValidBeforeDelta(e, NativeArguments.UInt32(a[0], "value"))),
    ];

    /// <summary>Committee only: between ValidatorsCount and half of Policy's MaxValidUntilBlockIncrement.</summary>
    private static StackItem? SetMaxNotValidBeforeDelta(ApplicationEngine engine, uint value)
    {
        uint maxVubIncrement = PolicyContract.GetMaxValidUntilBlockIncrement(engine.Snapshot, engine.Settings);
        if (value > maxVubIncrement / 2 || value < engine.Settings.ValidatorsCount)
            throw new FormatException($"MaxNotValidBeforeDelta cannot be more than {maxVubIncrement / 2} or less than {engine.Settings.ValidatorsCount}");
        NeoToken.AssertCommittee(engine);
        engine.Snapshot.Put(StorageKeys.Create(-10, PrefixMaxNotValidBeforeDelta, []), NativeArguments.StandardBytes(value));
        return null;
    }

    private sealed record Deposit(BigInteger Amount, uint Till);

    private static byte[] DepositKey(UInt160 account) => StorageKeys.Create(-10, PrefixDeposit, account.AsSpan());

    /// <summary>The genesis state (neo InitializeAsync at Echidna): MaxNotValidBeforeDelta 140.</summary>
    internal static void InitializeAtGenesis(DataCache snapshot) =>
        snapshot.Put(StorageKeys.Create(-10, PrefixMaxNotValidBeforeDelta, []), new BigInteger(DefaultMaxNotValidBeforeDelta).ToByteArray());

    public static uint GetMaxNotValidBeforeDelta(IStoreView snapshot) =>
        (uint)new BigInteger(snapshot.TryGet(StorageKeys.Create(-10, PrefixMaxNotValidBeforeDelta, []))
            ?? throw new KeyNotFoundException("MaxNotValidBeforeDelta is not initialised."));

    private static Deposit? GetDeposit(IStoreView snapshot, UInt160 account)
    {
        if (snapshot.TryGet(DepositKey(account)) is not { } value) return null;
        var item = (Struct)BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default);
        return new Deposit(item[0].GetInteger(), (uint)item[1].GetInteger());
    }

    private static void PutDeposit(DataCache snapshot, UInt160 account, Deposit deposit) =>
        snapshot.Put(DepositKey(account), BinarySerializer.Serialize(new Struct([deposit.Amount, (long)deposit.Till]), ExecutionEngineLimits.Default));

    /// <summary>Policy's fee per NotaryAssisted key (attribute 0x22; 0.1 GAS as stored at Echidna unless changed).</summary>
    private static long NotaryAssistedFee(IStoreView snapshot) =>
        PolicyContract.GetAttributeFee(snapshot, (byte)TransactionAttributeType.NotaryAssisted);

    private static ECPoint[] NotaryNodes(IStoreView snapshot) =>
        RoleManagement.GetDesignatedByRole(snapshot, Role.P2PNotary, LedgerContract.CurrentIndex(snapshot) + 1);

    /// <summary>A GAS deposit: data = [to or Null, till]; the first deposit must be at least twice the per-key fee.</summary>
    private static StackItem? OnPayment(ApplicationEngine engine, UInt160 from, BigInteger amount, StackItem data)
    {
        if (engine.CallingScriptHash != NativeContracts.Gas.Hash)
            throw new InvalidOperationException($"only GAS can be accepted for deposit, got {engine.CallingScriptHash}");
        if (data is not Vm.Types.Array parameters || parameters.Count != 2)
            throw new FormatException("`data` parameter should be an array of 2 elements");
        var to = from;
        if (!parameters[0].IsNull)
        {
            var bytes = parameters[0].GetSpan();
            if (bytes.Length < UInt160.Length) throw new FormatException($"A UInt160 takes {UInt160.Length} bytes, got {bytes.Length}.");
            to = new UInt160(bytes[..UInt160.Length]);
        }
        var till = (uint)parameters[1].GetInteger();
        var tx = (Transaction)engine.ScriptContainer!;
        var allowedChangeTill = tx.Sender == to;
        var currentHeight = LedgerContract.CurrentIndex(engine.Snapshot);
        if (till < currentHeight + 2)
            throw new ArgumentOutOfRangeException($"`till` shouldn't be less than the chain's height {currentHeight + 1} + 1");
        var deposit = GetDeposit(engine.Snapshot, to);
        if (deposit is not null && till < deposit.Till)
            throw new ArgumentOutOfRangeException($"`till` shouldn't be less than the previous value {deposit.Till}");
        if (deposit is null)
        {
            var feePerKey = NotaryAssistedFee(engine.Snapshot);
            if ((long)amount < 2 * feePerKey)
                throw new ArgumentOutOfRangeException($"first deposit can not be less than {2 * feePerKey}, got {amount}");
            deposit = new Deposit(0, 0);
            if (!allowedChangeTill) till = currentHeight + DefaultDepositDeltaTill;
        }
        else if (!allowedChangeTill)
        {
            till = deposit.Till;
        }
        PutDeposit(engine.Snapshot, to, new Deposit(deposit.Amount + amount, till));
        return null;
    }

    private static bool LockDepositUntil(ApplicationEngine engine, UInt160 account, uint till)
    {
        if (!engine.CheckWitnessInternal(account)) return false;
        if (till < LedgerContract.CurrentIndex(engine.Snapshot) + 2) return false;
        var deposit = GetDeposit(engine.Snapshot, account);
        if (deposit is null || till < deposit.Till) return false;
        PutDeposit(engine.Snapshot, account, deposit with { Till = till });
        return true;
    }

    /// <summary>Sends the whole deposit of <paramref name="from"/> (after its lock height) to <paramref name="to"/> (or back).</summary>
    private StackItem? Withdraw(ApplicationEngine engine, UInt160 from, UInt160? to)
    {
        if (!engine.CheckWitnessInternal(from)) return false;
        var receive = to ?? from;
        var deposit = GetDeposit(engine.Snapshot, from);
        if (deposit is null) return false;
        if (LedgerContract.CurrentIndex(engine.Snapshot) < deposit.Till) return false;
        engine.Snapshot.Delete(DepositKey(from));
        engine.CallFromNative(NativeContracts.Gas.Hash, "transfer", hasReturnValue: true,
            [Hash.ToArray(), receive.ToArray(), deposit.Amount, StackItem.Null],
            result => result!.GetBoolean() ? true : throw new InvalidOperationException($"Transfer to {receive} has failed"));
        return null;
    }

    /// <summary>
    /// The Notary's witness: a NotaryAssisted transaction where the Notary signer (if any) has scope None, a Notary sender
    /// has exactly two signers and a payer deposit covering both fees, and the signature is by a designated notary node.
    /// </summary>
    private bool Verify(ApplicationEngine engine, byte[] signature)
    {
        if (signature.Length != 64) return false;
        if (engine.ScriptContainer is not Transaction tx || !tx.Attributes.OfType<NotaryAssistedAttribute>().Any()) return false;
        var notarySigner = tx.Signers.FirstOrDefault(s => s.Account == Hash);
        if (notarySigner is not null && notarySigner.Scopes != WitnessScope.None) return false;
        if (tx.Sender == Hash)
        {
            if (tx.Signers.Count != 2) return false;
            var balance = GetDeposit(engine.Snapshot, tx.Signers[1].Account);
            if (balance is null || balance.Amount < tx.NetworkFee + tx.SystemFee) return false;
        }
        var signData = tx.GetSignData(engine.Settings.Network);
        return NotaryNodes(engine.Snapshot).Any(n => Ecdsa.Verify(signData, signature, n));
    }
}
