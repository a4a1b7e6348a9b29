using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>PolicyContract (id -7): fee factors, storage price and blocked accounts.</summary>
public sealed class PolicyContract() : NativeContract(-7, "PolicyContract")
{
    // Storage map (id -7): each prefix + key → value, integers as two's complement little-endian.
    internal const byte PrefixFeePerByte = 10;
    internal const byte PrefixBlockedAccount = 15;
    internal const byte PrefixExecFeeFactor = 18;
    internal const byte PrefixStoragePrice = 19;

    public static bool IsBlocked(IStoreView snapshot, UInt160 account) =>
        snapshot.TryGet(StorageKeys.Create(-7, PrefixBlockedAccount, account.AsSpan())) is not null;

    /// <summary>Blocks an account (Faun: the stored value is the block time). Natives can't be blocked.</summary>
    internal static bool Block(ApplicationEngine engine, UInt160 account)
    {
        if (NativeContracts.Get(account) is not null) throw new InvalidOperationException("Cannot block a native contract.");
        var key = StorageKeys.Create(-7, PrefixBlockedAccount, account.AsSpan());
        if (engine.Snapshot.Contains(key)) return false;
        var time = engine.PersistingBlock?.Timestamp ?? throw new InvalidOperationException("There is no persisting block to take the time from.");
        engine.Snapshot.Put(key, new BigInteger(time).ToByteArray());
        return true;
    }

    private static long Read(IStoreView snapshot, byte prefix, long fallback) =>
        snapshot.TryGet(StorageKeys.Create(-7, prefix, [])) is { } value ? (long)new BigInteger(value) : fallback;

    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        new("getFeePerByte", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => Read(e.Snapshot, PrefixFeePerByte, e.Fees.FeePerByte)),
        new("getExecFeeFactor", [], T.Integer, 1 << 15, CallFlags.ReadStates,
            (e, _) => (e.Fees.ExecPicoFeeFactor + ApplicationEngine.FeeFactor - 1) / ApplicationEngine.FeeFactor),
        new("getExecPicoFeeFactor", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => e.Fees.ExecPicoFeeFactor),
        new("getStoragePrice", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => Read(e.Snapshot, PrefixStoragePrice, e.Fees.StoragePrice)),
        new("isBlocked", NativeMethod.Params(("account", T.Hash160)), T.Boolean, 1 << 15, CallFlags.ReadStates,
            (e, a) => IsBlocked(e.Snapshot, ApplicationEngine.ToHash160(a[0]))),
    ];
}
