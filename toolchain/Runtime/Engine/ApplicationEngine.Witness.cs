using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Payloads.Conditions;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// System.Runtime.CheckWitness, CurrentSigners, GetScriptContainer and GetRandom (neo ApplicationEngine.Runtime.cs).
/// </summary>
public partial class ApplicationEngine
{
    /// <summary>Dynamic fee units of one GetRandom call (Aspidochelone+).</summary>
    public const long GetRandomPrice = 1 << 13;

    private byte[]? _nonceData;
    private uint _randomTimes;

    /// <summary>
    /// System.Runtime.CheckWitness: a 20-byte script hash or a 33-byte public key (checked as its single-signature
    /// account); any other length faults.
    /// </summary>
    public bool CheckWitness(byte[] hashOrPubkey)
    {
        ArgumentNullException.ThrowIfNull(hashOrPubkey);
        var hash = hashOrPubkey.Length switch
        {
            UInt160.Length => new UInt160(hashOrPubkey),
            33 => UInt160.FromScript(VerificationScripts.CreateSignature(ECPoint.Decode(hashOrPubkey, ECCurve.Secp256r1))),
            _ => throw new ArgumentException("Invalid hashOrPubkey length", nameof(hashOrPubkey)),
        };
        return CheckWitnessInternal(hash);
    }

    /// <summary>
    /// True when <paramref name="hash"/> is the calling script hash; otherwise the transaction's signer for it (for an
    /// oracle response, the signer of the transaction that made the request) decides: its rules (scopes expanded first)
    /// are tried in order and the first matching rule's action wins; no signer or no matching rule gives false. Without
    /// a container it is false; a block or header container is witnessed by the accounts it is verified with (the previous
    /// block's NextConsensus), as neo's IVerifiable.GetScriptHashesForVerifying.
    /// </summary>
    public bool CheckWitnessInternal(UInt160 hash)
    {
        if (hash.Equals(CallingScriptHash)) return true;
        if (ScriptContainer is Transaction tx)
        {
            var signers = tx.Signers;
            if (tx.Attributes.OfType<OracleResponseAttribute>().FirstOrDefault() is { } response)
            {
                // An oracle response is witnessed by the signers of the transaction that made the request.
                var request = OracleContract.GetRequest(Snapshot, response.Id)
                    ?? throw new InvalidOperationException($"Oracle request {response.Id} not found.");
                signers = LedgerContract.GetTransaction(Snapshot, request.OriginalTxid)?.Signers
                    ?? throw new InvalidOperationException($"Transaction {request.OriginalTxid} not found.");
            }
            var signer = signers.FirstOrDefault(s => s.Account.Equals(hash));
            if (signer is null) return false;
            foreach (var rule in signer.GetAllRules())
            {
                if (Match(rule.Condition))
                    return rule.Action == WitnessRuleAction.Allow;
            }
            return false;
        }
        if (ScriptContainer is null) return false;
        ValidateCallFlags(CallFlags.ReadStates);
        var hashes = ScriptContainer switch
        {
            Block block => block.GetScriptHashesForVerifying(Snapshot),
            Header header => header.GetScriptHashesForVerifying(Snapshot),
            _ => throw new NotSupportedException(
                $"CheckWitness for a {ScriptContainer.GetType().Name} container needs its script hashes for verifying, which this engine does not model."),
        };
        return hashes.Contains(hash);
    }

    /// <summary>Whether <paramref name="condition"/> holds in the current context (neo WitnessCondition.Match).</summary>
    public bool Match(WitnessCondition condition) => condition switch
    {
        BooleanCondition b => b.Expression,
        NotCondition n => !Match(n.Expression),
        AndCondition a => a.Expressions.All(Match),
        OrCondition o => o.Expressions.Any(Match),
        ScriptHashCondition s => CurrentScriptHash == s.Hash,
        CalledByContractCondition c => CallingScriptHash == c.Hash,
        CalledByEntryCondition => IsCalledByEntry(),
        GroupCondition g => HasGroup(CurrentScriptHash!, g.Group),
        CalledByGroupCondition g => HasCallingGroup(g.Group),
        _ => throw new NotSupportedException($"Unknown witness condition {condition.Type}."),
    };

    /// <summary>The current context is the entry script or was called directly by it.</summary>
    private bool IsCalledByEntry()
    {
        var state = CurrentContext!.GetState<ExecutionContextState>();
        if (state.CallingContext is null) return true;
        return state.CallingContext.GetState<ExecutionContextState>().CallingContext is null;
    }

    private bool HasGroup(UInt160 contractHash, ECPoint group)
    {
        ValidateCallFlags(CallFlags.ReadStates);
        var contract = ContractManagement.GetContract(Snapshot, contractHash);
        return contract is not null && contract.Manifest.Groups.Any(g => g.PublicKey.Equals(group));
    }

    private bool HasCallingGroup(ECPoint group)
    {
        ValidateCallFlags(CallFlags.ReadStates);
        var calling = CallingScriptHash;
        return calling is not null && HasGroup(calling, group);
    }

    /// <summary>System.Runtime.CurrentSigners: the transaction's signers as stack items, or Null without a transaction.</summary>
    internal StackItem GetCurrentSigners() =>
        ScriptContainer is Transaction tx ? new Vm.Types.Array(tx.Signers.Select(s => (StackItem)s.ToStackItem())) : StackItem.Null;

    /// <summary>System.Runtime.GetScriptContainer: the transaction's stack item; other containers fault.</summary>
    internal StackItem GetScriptContainer() =>
        ScriptContainer is Transaction tx ? tx.ToStackItem() : throw new InvalidOperationException();

    /// <summary>
    /// System.Runtime.GetRandom: Murmur128(nonce data, network + call index) as an unsigned integer, +2^13 fee units.
    /// The nonce data is the first 16 bytes of the transaction hash (zeros without one) whose first 8 bytes,
    /// read little-endian, are XORed with the persisting block's nonce.
    /// </summary>
    internal System.Numerics.BigInteger GetRandom()
    {
        _nonceData ??= CreateNonceData();
        var buffer = Murmur128.Hash(_nonceData, unchecked(Settings.Network + _randomTimes++));
        AddExecFee(GetRandomPrice);
        return new System.Numerics.BigInteger(buffer, isUnsigned: true);
    }

    private byte[] CreateNonceData()
    {
        var data = ScriptContainer is Transaction tx ? tx.Hash.ToArray()[..16] : new byte[16];
        if (PersistingBlock is { } block)
        {
            var nonce = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(data) ^ block.Nonce;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(data, nonce);
        }
        return data;
    }
}
