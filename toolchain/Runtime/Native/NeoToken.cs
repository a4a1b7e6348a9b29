using System.Buffers.Binary;
using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// NeoToken (id -5, reference §2.10; neo NeoToken.cs, all hardforks active): NEO, 0 decimals, 100,000,000 minted at
/// genesis to the standby validators' BFT account. Holding NEO earns GAS (10% of GasPerBlock shared by all NEO,
/// settled and minted on every balance change or vote); voters of committee members earn the voter share recorded
/// per vote at committee refresh points. Candidates register for the register price and are voted for with an
/// account's whole balance; the committee is recomputed every CommitteeMembersCount blocks.
/// Partial files: Rewards (GAS distribution, gas per block), Candidates (register, vote), Committee (committee,
/// persist hooks, genesis).
/// </summary>
public sealed partial class NeoToken() : FungibleToken(-5, "NeoToken")
{
    /// <summary>The fixed NEO supply: 100,000,000 (decimals 0).</summary>
    public static readonly BigInteger TotalAmount = 100_000_000;

    /// <summary>Votes take effect only once this share of all NEO has voted.</summary>
    public const decimal EffectiveVoterTurnout = 0.2M;

    private const long VoteFactor = 100000000L;

    // Storage map (id -5): Prefix_VotersCount → integer (NEO that votes); Prefix_RegisterPrice → integer (datoshi);
    // Prefix_Committee → serialized Array of Struct[pubkey, votes] (the cached committee, in election order);
    // Prefix_VoterRewardPerCommittee + pubkey → integer (cumulative voter reward per vote × VoteFactor);
    // Prefix_GasPerBlock + index (big-endian uint32) → integer (datoshi per block from that block on);
    // Prefix_Candidate + pubkey → serialized Struct[registered, votes]; plus FungibleToken's prefixes 11 and 20.
    internal const byte PrefixVotersCount = 1;
    internal const byte PrefixRegisterPrice = 13;
    internal const byte PrefixCommittee = 14;
    internal const byte PrefixVoterRewardPerCommittee = 23;
    internal const byte PrefixGasPerBlock = 29;
    internal const byte PrefixCandidate = 33;

    private const byte NeoHolderRewardRatio = 10;
    internal const byte CommitteeRewardRatio = 10;
    private const byte VoterRewardRatio = 80;

    /// <summary>5 GAS per block until the committee changes it.</summary>
    public const long DefaultGasPerBlock = 5_00000000;

    /// <summary>1000 GAS to register a candidate until the committee changes it.</summary>
    public const long DefaultRegisterPrice = 1000_00000000;

    public override string Symbol => "NEO";

    public override byte Decimals => 0;

    protected override IReadOnlyList<string> SupportedStandards => ["NEP-17", "NEP-27"];

    protected override AccountState NewState() => new NeoAccountState();

    /// <summary>Always 100,000,000 (neo overrides the stored supply).</summary>
    public override BigInteger TotalSupply(IStoreView snapshot) => TotalAmount;

    /// <summary>The stored NEO state of <paramref name="account"/>, or null.</summary>
    public NeoAccountState? GetAccountState(IStoreView snapshot, UInt160 account) => (NeoAccountState?)GetState(snapshot, account);

    protected override IEnumerable<Manifest.ContractEventDescriptor> DefineEvents() =>
    [
        .. base.DefineEvents(),
        new("CandidateStateChanged", NativeMethod.Params(("pubkey", T.PublicKey), ("registered", T.Boolean), ("votes", T.Integer))),
        new("Vote", NativeMethod.Params(("account", T.Hash160), ("from", T.PublicKey), ("to", T.PublicKey), ("amount", T.Integer))),
        new("CommitteeChanged", NativeMethod.Params(("old", T.Array), ("new", T.Array))),
    ];

    // Arguments convert as neo's (NativeArguments): Null refused by name unless nullable, integers narrowed with overflow checks.
    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        .. base.DefineMethods(),
        new("setGasPerBlock", NativeMethod.Params(("gasPerBlock", T.Integer)), T.Void, 1 << 15, CallFlags.States,
            (e, a) => { SetGasPerBlock(e, NativeArguments.Integer(a[0], "gasPerBlock")); return null; }),
        new("getGasPerBlock", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => GetGasPerBlock(e)),
        new("setRegisterPrice", NativeMethod.Params(("registerPrice", T.Integer)), T.Void, 1 << 15, CallFlags.States,
            (e, a) => { SetRegisterPrice(e, NativeArguments.Int64(a[0], "registerPrice")); return null; }),
        new("getRegisterPrice", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => GetRegisterPrice(e.Snapshot)),
        new("unclaimedGas", NativeMethod.Params(("account", T.Hash160), ("end", T.Integer)), T.Integer, 1 << 17, CallFlags.ReadStates,
            (e, a) => UnclaimedGas(e, NativeArguments.Hash160(a[0], "account"), NativeArguments.UInt32(a[1], "end"))),
        new("onNEP17Payment", NativeMethod.Params(("from", T.Hash160), ("amount", T.Integer), ("data", T.Any)), T.Void, 0,
            CallFlags.States | CallFlags.AllowNotify, (e, a) =>
            {
                OnNep17Payment(e, NativeArguments.Hash160(a[0], "from"), NativeArguments.Integer(a[1], "amount"), a[2]);
                return null;
            }),
        new("registerCandidate", NativeMethod.Params(("pubkey", T.PublicKey)), T.Boolean, 0, CallFlags.States | CallFlags.AllowNotify,
            (e, a) => RegisterCandidate(e, NativeArguments.PublicKey(a[0], "pubkey"))),
        new("unregisterCandidate", NativeMethod.Params(("pubkey", T.PublicKey)), T.Boolean, 1 << 16, CallFlags.States | CallFlags.AllowNotify,
            (e, a) => UnregisterCandidate(e, NativeArguments.PublicKey(a[0], "pubkey"))),
        new("vote", NativeMethod.Params(("account", T.Hash160), ("voteTo", T.PublicKey)), T.Boolean, 1 << 16, CallFlags.States | CallFlags.AllowNotify,
            (e, a) => Vote(e, NativeArguments.Hash160(a[0], "account"), a[1].IsNull ? null : NativeArguments.PublicKey(a[1], "voteTo"))),
        new("getCandidates", [], T.Array, 1 << 22, CallFlags.ReadStates,
            (e, _) => new Vm.Types.Array(GetCandidates(e.Snapshot).Select(c => (StackItem)new Struct([c.PublicKey.ToArray(), new Integer(c.Votes)])))),
        new("getAllCandidates", [], T.InteropInterface, 1 << 22, CallFlags.ReadStates, (e, _) => new InteropInterface(GetAllCandidates(e.Snapshot))),
        new("getCandidateVote", NativeMethod.Params(("pubKey", T.PublicKey)), T.Integer, 1 << 15, CallFlags.ReadStates,
            (e, a) => GetCandidateVote(e.Snapshot, NativeArguments.PublicKey(a[0], "pubKey"))),
        new("getCommittee", [], T.Array, 1 << 16, CallFlags.ReadStates, (e, _) => Keys(GetCommittee(e.Snapshot))),
        new("getAccountState", NativeMethod.Params(("account", T.Hash160)), T.Array, 1 << 15, CallFlags.ReadStates,
            (e, a) => GetAccountState(e.Snapshot, NativeArguments.Hash160(a[0], "account"))?.ToStackItem()),
        new("getCommitteeAddress", [], T.Hash160, 1 << 16, CallFlags.ReadStates, (e, _) => GetCommitteeAddress(e.Snapshot).ToArray()),
        new("getNextBlockValidators", [], T.Array, 1 << 16, CallFlags.ReadStates,
            (e, _) => Keys(GetNextBlockValidators(e.Snapshot, e.Settings.ValidatorsCount))),
    ];

    private static Vm.Types.Array Keys(IEnumerable<ECPoint> keys) => new(keys.Select(k => (StackItem)k.ToArray()));

    private byte[] Key(byte prefix) => StorageKeys.Create(Id, prefix, []);

    private byte[] Key(byte prefix, ECPoint key) => StorageKeys.Create(Id, prefix, key.ToArray());

    private byte[] Key(byte prefix, uint index)
    {
        Span<byte> be = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(be, index);
        return StorageKeys.Create(Id, prefix, be);
    }

    private static BigInteger ReadInteger(IStoreView snapshot, byte[] key) =>
        snapshot.TryGet(key) is { } value ? new BigInteger(value) : BigInteger.Zero;

    /// <summary>The single-signature account of a public key.</summary>
    internal static UInt160 SignatureAccount(ECPoint key) => UInt160.FromScript(Contracts.VerificationScripts.CreateSignature(key));
}
