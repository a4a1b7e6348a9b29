using System.Buffers.Binary;
using System.Numerics;
using System.Text;
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
/// OracleContract (id -9, NEP-30 from Faun). Storage: Prefix_Price 5 → integer (0.5 GAS at genesis); Prefix_RequestId 9 →
/// next id; Prefix_Request 7 + id (u64 big-endian) → serialized <see cref="OracleRequest"/>; Prefix_IdList 6 +
/// Hash160(url) → serialized Array of pending ids (≤256). setPrice is committee-only. The PostPersist step (dropping
/// answered requests, paying oracle nodes) is in OracleContract.Persist.cs.
/// </summary>
public sealed partial class OracleContract() : NativeContract(-9, "OracleContract")
{
    private const byte PrefixPrice = 5;
    private const byte PrefixIdList = 6;
    private const byte PrefixRequest = 7;
    private const byte PrefixRequestId = 9;
    private const int MaxUrlLength = 256, MaxFilterLength = 128, MaxCallbackLength = 32, MaxUserDataLength = 512;
    private const long MinGasForResponse = 0_10000000;
    public const long DefaultPrice = 0_50000000;

    protected override IReadOnlyList<string> SupportedStandards => ["NEP-30"];

    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        new("getPrice", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => GetPrice(e.Snapshot)),
        new("request", NativeMethod.Params(("url", T.String), ("filter", T.String), ("callback", T.String), ("userData", T.Any),
            ("gasForResponse", T.Integer)), T.Void, 0, CallFlags.States | CallFlags.AllowNotify,
            (e, a) => Request(e, NativeArguments.String(a[0], "url"), NativeArguments.NullableString(a[1]),
                NativeArguments.String(a[2], "callback"), a[3], NativeArguments.Int64(a[4], "gasForResponse"))),
        new("finish", [], T.Void, 0, CallFlags.States | CallFlags.AllowCall | CallFlags.AllowNotify, (e, _) => Finish(e)),
        new("verify", [], T.Boolean, 1 << 15, CallFlags.None,
            (e, _) => e.ScriptContainer is Transaction tx && tx.Attributes.OfType<OracleResponseAttribute>().Any()),
        new("setPrice", NativeMethod.Params(("price", T.Integer)), T.Void, 1 << 15, CallFlags.States,
            (e, a) => SetPrice(e, NativeArguments.Int64(a[0], "price"))),
    ];

    /// <summary>Committee only; the price must be positive.</summary>
    private static StackItem? SetPrice(ApplicationEngine engine, long price)
    {
        if (price <= 0) throw new ArgumentOutOfRangeException(nameof(price), "Price must be positive");
        NeoToken.AssertCommittee(engine);
        engine.Snapshot.Put(Key(PrefixPrice, []), NativeArguments.StandardBytes(price));
        return null;
    }

    protected override IEnumerable<Manifest.ContractEventDescriptor> DefineEvents() =>
    [
        new("OracleRequest", NativeMethod.Params(("Id", T.Integer), ("RequestContract", T.Hash160), ("Url", T.String), ("Filter", T.String))),
        new("OracleResponse", NativeMethod.Params(("Id", T.Integer), ("OriginalTx", T.Hash256))),
    ];

    private static byte[] Key(byte prefix, ReadOnlySpan<byte> key) => StorageKeys.Create(-9, prefix, key);

    private static byte[] RequestKey(ulong id)
    {
        var be = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(be, id);
        return Key(PrefixRequest, be);
    }

    private static byte[] IdListKey(string url) => Key(PrefixIdList, Hashes.Hash160(StrictUtf8Bytes(url)));

    private static byte[] StrictUtf8Bytes(string text) => IO.StrictUtf8.GetBytes(text);

    /// <summary>The genesis state (neo InitializeAsync): request id 0, price 0.5 GAS.</summary>
    internal static void InitializeAtGenesis(DataCache snapshot)
    {
        snapshot.Put(Key(PrefixRequestId, []), NativeArguments.StandardBytes(BigInteger.Zero));
        snapshot.Put(Key(PrefixPrice, []), NativeArguments.StandardBytes(DefaultPrice));
    }

    public static long GetPrice(IStoreView snapshot) =>
        (long)new BigInteger(snapshot.TryGet(Key(PrefixPrice, [])) ?? throw new KeyNotFoundException("The oracle price is not initialised."));

    public static OracleRequest? GetRequest(IStoreView snapshot, ulong id) =>
        snapshot.TryGet(RequestKey(id)) is { } value
            ? OracleRequest.FromStackItem(BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default))
            : null;

    /// <summary>Pending requests in id order.</summary>
    public static IEnumerable<(ulong Id, OracleRequest Request)> GetRequests(IStoreView snapshot) =>
        snapshot.Seek(Key(PrefixRequest, []), backward: false).Select(e =>
            (BinaryPrimitives.ReadUInt64BigEndian(e.Key.AsSpan(5)),
             OracleRequest.FromStackItem(BinarySerializer.Deserialize(e.Value, ExecutionEngineLimits.Default))));

    /// <summary>The ids pending for <paramref name="url"/>, in request order.</summary>
    public static IReadOnlyList<ulong> GetRequestIdsByUrl(IStoreView snapshot, string url) =>
        snapshot.TryGet(IdListKey(url)) is { } value
            ? ((Vm.Types.Array)BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default)).Select(i => (ulong)i.GetInteger()).ToList()
            : [];

    private StackItem? Request(ApplicationEngine engine, string url, string? filter, string callback, StackItem userData, long gasForResponse)
    {
        int urlSize = Encoding.UTF8.GetByteCount(url);
        if (urlSize > MaxUrlLength)
            throw new ArgumentException($"URL size {urlSize} bytes exceeds maximum allowed size of {MaxUrlLength} bytes.");
        int filterSize = filter is null ? 0 : Encoding.UTF8.GetByteCount(filter);
        if (filterSize > MaxFilterLength)
            throw new ArgumentException($"Filter size {filterSize} bytes exceeds maximum allowed size of {MaxFilterLength} bytes.");
        int callbackSize = Encoding.UTF8.GetByteCount(callback);
        if (callbackSize > MaxCallbackLength)
            throw new ArgumentException($"Callback size {callbackSize} bytes exceeds maximum allowed size of {MaxCallbackLength} bytes.");
        if (callback.StartsWith('_')) throw new ArgumentException("Callback cannot start with underscore.");
        if (gasForResponse < MinGasForResponse)
            throw new ArgumentException($"gasForResponse {gasForResponse} must be at least {MinGasForResponse} Datoshi.");

        engine.AddFee((Int128)GetPrice(engine.Snapshot) * ApplicationEngine.FeeFactor);
        engine.AddFee((Int128)gasForResponse * ApplicationEngine.FeeFactor);
        NativeContracts.Gas.Mint(engine, Hash, gasForResponse, callOnPayment: false);

        var idKey = Key(PrefixRequestId, []);
        var id = (ulong)new BigInteger(engine.Snapshot.TryGet(idKey)!);
        engine.Snapshot.Put(idKey, NativeArguments.StandardBytes(new BigInteger(id) + 1));

        var caller = engine.CallingScriptHash;
        if (caller is null || ContractManagement.GetContract(engine.Snapshot, caller) is null)
            throw new InvalidOperationException("Only contracts can make Oracle requests");
        var request = new OracleRequest(OriginalTxid(engine), gasForResponse, url, filter, caller, callback,
            BinarySerializer.Serialize(userData, MaxUserDataLength, engine.Limits.MaxStackSize));
        engine.Snapshot.Put(RequestKey(id), BinarySerializer.Serialize(request.ToStackItem(), ExecutionEngineLimits.Default));

        var ids = GetRequestIdsByUrl(engine.Snapshot, url).ToList();
        if (ids.Count >= 256) throw new InvalidOperationException("There are too many pending responses for this url");
        ids.Add(id);
        engine.Snapshot.Put(IdListKey(url),
            BinarySerializer.Serialize(new Vm.Types.Array(ids.Select(i => (StackItem)new Integer(i))), ExecutionEngineLimits.Default));

        engine.SendNotification(Hash, "OracleRequest",
            new Vm.Types.Array([new Integer(id), caller.ToArray(), url, filter is null ? StackItem.Null : filter]));
        return null;
    }

    /// <summary>The transaction that asked: for an oracle response transaction, the original request's.</summary>
    private static UInt256 OriginalTxid(ApplicationEngine engine)
    {
        var tx = (Transaction)engine.ScriptContainer!;
        var response = tx.Attributes.OfType<OracleResponseAttribute>().FirstOrDefault();
        return response is null ? tx.Hash : GetRequest(engine.Snapshot, response.Id)!.OriginalTxid;
    }

    /// <summary>
    /// finish(): only as the single call of an oracle response transaction's entry script. Notifies OracleResponse(id,
    /// originalTx) and calls callback(url, userData, code, result) on the requesting contract.
    /// </summary>
    private StackItem? Finish(ApplicationEngine engine)
    {
        if (engine.InvocationStack.Count != 2) throw new InvalidOperationException();
        if (engine.GetInvocationCounter(Hash) != 1) throw new InvalidOperationException();
        var tx = (Transaction)engine.ScriptContainer!;
        var response = tx.Attributes.OfType<OracleResponseAttribute>().FirstOrDefault()
            ?? throw new ArgumentException("Oracle response not found");
        var request = GetRequest(engine.Snapshot, response.Id) ?? throw new ArgumentException("Oracle request not found");
        engine.SendNotification(Hash, "OracleResponse", new Vm.Types.Array([new Integer(response.Id), request.OriginalTxid.ToArray()]));
        var userData = BinarySerializer.Deserialize(request.UserData, engine.Limits);
        engine.CallFromNative(request.CallbackContract, request.CallbackMethod, hasReturnValue: false,
            [request.Url, userData, (long)(int)response.Code, response.Result.ToArray()], _ => null);
        return null;
    }
}
