using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Storage;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// PolicyContract (id -7, reference §2.7 and §2.10; neo PolicyContract.cs, all hardforks active): the fee factors,
/// storage price, block time and validity limits the committee governs, attribute fees, blocked accounts (with fund
/// recovery after a year) and the fee whitelist. Partial files: Settings (getters and committee setters), Accounts
/// (block, unblock, recoverFund), Whitelist (fixed-fee contract methods).
/// </summary>
public sealed partial class PolicyContract() : NativeContract(-7, "PolicyContract")
{
    // Storage map (id -7), integers as neo's StorageItem writes them (minimal two's complement LE, zero as no bytes):
    // 10 → FeePerByte; 15 + account → block time (ms); 16 + contract + method offset (BE int32) → serialized
    // Struct[contract, method, argCount, fixedFee]; 18 → ExecFeeFactor in picoGAS (×10^4 from Faun); 19 → StoragePrice;
    // 20 + attribute type → attribute fee; 21 → MillisecondsPerBlock; 22 → MaxValidUntilBlockIncrement; 23 → MaxTraceableBlocks.
    internal const byte PrefixFeePerByte = 10;
    internal const byte PrefixBlockedAccount = 15;
    internal const byte PrefixWhitelistedFeeContracts = 16;
    internal const byte PrefixExecFeeFactor = 18;
    internal const byte PrefixStoragePrice = 19;
    internal const byte PrefixAttributeFee = 20;
    internal const byte PrefixMillisecondsPerBlock = 21;
    internal const byte PrefixMaxValidUntilBlockIncrement = 22;
    internal const byte PrefixMaxTraceableBlocks = 23;

    public const uint DefaultExecFeeFactor = 30;
    public const uint DefaultStoragePrice = 100000;
    public const uint DefaultFeePerByte = 1000;
    public const uint DefaultAttributeFee = 0;
    public const uint DefaultNotaryAssistedAttributeFee = 1000_0000;
    public const ulong MaxExecFeeFactor = 100;
    public const uint MaxAttributeFee = 10_0000_0000;
    public const uint MaxStoragePrice = 10000000;
    public const uint MaxMillisecondsPerBlock = 30_000;
    public const uint MaxMaxValidUntilBlockIncrement = 86400;
    public const uint MaxMaxTraceableBlocks = 2102400;

    /// <summary>A blocked account's funds can be recovered one year (in ms) after it was blocked.</summary>
    public const ulong RequiredTimeForRecoverFund = 365 * 24 * 60 * 60 * 1_000UL;

    private const int PolicyId = -7;

    internal static byte[] Key(byte prefix) => StorageKeys.Create(PolicyId, prefix, []);

    internal static byte[] Key(byte prefix, ReadOnlySpan<byte> suffix) => StorageKeys.Create(PolicyId, prefix, suffix);

    /// <summary>A stored integer, or <paramref name="fallback"/> on a store Policy was never initialised in.</summary>
    private static BigInteger Read(IStoreView snapshot, byte prefix, BigInteger fallback) =>
        snapshot.TryGet(Key(prefix)) is { } value ? new BigInteger(value) : fallback;

    private static void Write(DataCache snapshot, byte[] key, BigInteger value) => snapshot.Put(key, NativeArguments.StandardBytes(value));

    public static long GetFeePerByte(IStoreView snapshot) => (long)Read(snapshot, PrefixFeePerByte, DefaultFeePerByte);

    /// <summary>The stored ExecFeeFactor in picoGAS (Faun+ unit).</summary>
    public static BigInteger GetExecPicoFeeFactor(IStoreView snapshot) =>
        Read(snapshot, PrefixExecFeeFactor, DefaultExecFeeFactor * ApplicationEngine.FeeFactor);

    public static uint GetStoragePrice(IStoreView snapshot) => (uint)Read(snapshot, PrefixStoragePrice, DefaultStoragePrice);

    public static bool IsBlocked(IStoreView snapshot, UInt160 account) =>
        snapshot.TryGet(Key(PrefixBlockedAccount, account.AsSpan())) is not null;

    /// <summary>
    /// The fee parameters an engine reads at construction (neo ApplicationEngine's constructor): the Policy values, or
    /// the defaults when executing block 0.
    /// </summary>
    public static FeeSettings ReadFees(IStoreView snapshot, BlockInfo? persistingBlock)
    {
        if (persistingBlock?.Index == 0) return FeeSettings.Default;
        return new FeeSettings((long)GetExecPicoFeeFactor(snapshot), GetStoragePrice(snapshot), GetFeePerByte(snapshot));
    }

    /// <summary>
    /// Genesis state (neo PolicyContract.InitializeAsync for the base version, Echidna and Faun): FeePerByte 1000,
    /// ExecFeeFactor 30 × 10^4 picoGAS, StoragePrice 100000, NotaryAssisted fee 0.1 GAS, and the block time and
    /// validity limits of the protocol settings.
    /// </summary>
    internal static void InitializeAtGenesis(DataCache snapshot, ProtocolSettings settings)
    {
        Write(snapshot, Key(PrefixFeePerByte), DefaultFeePerByte);
        Write(snapshot, Key(PrefixExecFeeFactor), DefaultExecFeeFactor * ApplicationEngine.FeeFactor);
        Write(snapshot, Key(PrefixStoragePrice), DefaultStoragePrice);
        Write(snapshot, Key(PrefixAttributeFee, [(byte)TransactionAttributeType.NotaryAssisted]), DefaultNotaryAssistedAttributeFee);
        Write(snapshot, Key(PrefixMillisecondsPerBlock), settings.MillisecondsPerBlock);
        Write(snapshot, Key(PrefixMaxValidUntilBlockIncrement), settings.MaxValidUntilBlockIncrement);
        Write(snapshot, Key(PrefixMaxTraceableBlocks), settings.MaxTraceableBlocks);
    }

    protected override IEnumerable<Manifest.ContractEventDescriptor> DefineEvents() =>
    [
        new("MillisecondsPerBlockChanged", NativeMethod.Params(("old", T.Integer), ("new", T.Integer))),
        new("WhitelistFeeChanged", NativeMethod.Params(("contract", T.Hash160), ("method", T.String), ("argCount", T.Integer), ("fee", T.Any))),
        new("RecoveredFund", NativeMethod.Params(("account", T.Hash160))),
    ];

    private static NativeMethod Getter(string name, Func<ApplicationEngine, Vm.Types.StackItem> get) =>
        new(name, [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => get(e));

    private static NativeMethod Setter(string name, CallFlags flags, Action<ApplicationEngine, Vm.Types.StackItem> set) =>
        new(name, NativeMethod.Params(("value", T.Integer)), T.Void, 1 << 15, flags, (e, a) => { set(e, a[0]); return null; });

    private static UInt160 Account(Vm.Types.StackItem item) => NativeArguments.Hash160(item, "account");

    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        Getter("getFeePerByte", e => GetFeePerByte(e.Snapshot)),
        Getter("getExecFeeFactor", e => GetExecPicoFeeFactor(e.Snapshot) / ApplicationEngine.FeeFactor),
        Getter("getExecPicoFeeFactor", e => GetExecPicoFeeFactor(e.Snapshot)),
        Getter("getStoragePrice", e => GetStoragePrice(e.Snapshot)),
        Getter("getMillisecondsPerBlock", e => GetMillisecondsPerBlock(e)),
        Getter("getMaxValidUntilBlockIncrement", e => GetMaxValidUntilBlockIncrement(e)),
        Getter("getMaxTraceableBlocks", e => GetMaxTraceableBlocks(e)),
        new("getAttributeFee", NativeMethod.Params(("attributeType", T.Integer)), T.Integer, 1 << 15, CallFlags.ReadStates,
            (e, a) => GetAttributeFee(e.Snapshot, NativeArguments.Byte(a[0], "attributeType"))),
        new("isBlocked", NativeMethod.Params(("account", T.Hash160)), T.Boolean, 1 << 15, CallFlags.ReadStates,
            (e, a) => IsBlocked(e.Snapshot, Account(a[0]))),
        new("getBlockedAccounts", [], T.InteropInterface, 1 << 15, CallFlags.ReadStates,
            (e, _) => new Vm.Types.InteropInterface(GetBlockedAccounts(e.Snapshot))),
        new("getWhitelistFeeContracts", [], T.InteropInterface, 1 << 15, CallFlags.ReadStates,
            (e, _) => new Vm.Types.InteropInterface(GetWhitelistFeeContracts(e.Snapshot))),
        Setter("setFeePerByte", CallFlags.States, (e, v) => SetFeePerByte(e, NativeArguments.Int64(v, "value"))),
        Setter("setExecFeeFactor", CallFlags.States, (e, v) => SetExecFeeFactor(e, (ulong)NativeArguments.Integer(v, "value"))),
        Setter("setStoragePrice", CallFlags.States, (e, v) => SetStoragePrice(e, NativeArguments.UInt32(v, "value"))),
        Setter("setMillisecondsPerBlock", CallFlags.States | CallFlags.AllowNotify, (e, v) => SetMillisecondsPerBlock(e, NativeArguments.UInt32(v, "value"))),
        Setter("setMaxValidUntilBlockIncrement", CallFlags.States, (e, v) => SetMaxValidUntilBlockIncrement(e, NativeArguments.UInt32(v, "value"))),
        Setter("setMaxTraceableBlocks", CallFlags.States, (e, v) => SetMaxTraceableBlocks(e, NativeArguments.UInt32(v, "value"))),
        new("setAttributeFee", NativeMethod.Params(("attributeType", T.Integer), ("value", T.Integer)), T.Void, 1 << 15, CallFlags.States,
            (e, a) => { SetAttributeFee(e, NativeArguments.Byte(a[0], "attributeType"), NativeArguments.UInt32(a[1], "value")); return null; }),
        new("blockAccount", NativeMethod.Params(("account", T.Hash160)), T.Boolean, 1 << 15, CallFlags.States | CallFlags.AllowNotify,
            (e, a) => BlockAccount(e, Account(a[0]))),
        new("unblockAccount", NativeMethod.Params(("account", T.Hash160)), T.Boolean, 1 << 15, CallFlags.States,
            (e, a) => UnblockAccount(e, Account(a[0]))),
        new("recoverFund", NativeMethod.Params(("account", T.Hash160), ("token", T.Hash160)), T.Boolean, 1 << 15, CallFlags.All,
            (e, a) => RecoverFund(e, Account(a[0]), NativeArguments.Hash160(a[1], "token"))),
        new("setWhitelistFeeContract",
            NativeMethod.Params(("contractHash", T.Hash160), ("method", T.String), ("argCount", T.Integer), ("fixedFee", T.Integer)),
            T.Void, 1 << 15, CallFlags.States | CallFlags.AllowNotify, (e, a) =>
            {
                SetWhitelistFeeContract(e, NativeArguments.Hash160(a[0], "contractHash"), NativeArguments.String(a[1], "method"),
                    NativeArguments.Int32(a[2], "argCount"), NativeArguments.Int64(a[3], "fixedFee"));
                return null;
            }),
        new("removeWhitelistFeeContract", NativeMethod.Params(("contractHash", T.Hash160), ("method", T.String), ("argCount", T.Integer)),
            T.Void, 1 << 15, CallFlags.States | CallFlags.AllowNotify, (e, a) =>
            {
                RemoveWhitelistFeeContract(e, NativeArguments.Hash160(a[0], "contractHash"), NativeArguments.String(a[1], "method"),
                    NativeArguments.Int32(a[2], "argCount"));
                return null;
            }),
    ];
}
