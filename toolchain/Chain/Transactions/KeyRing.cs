using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Chain.Transactions;

/// <summary>
/// Decrypted keys and the accounts they can witness: standard accounts (one key) and m-of-n accounts (any m of their keys).
/// <see cref="Sign"/> gives a transaction one witness per signer, in signer order: a standard witness is PUSHDATA1 sig over
/// the 40-byte script; a multisig witness pushes m signatures in the order the keys appear in the script (ascending).
/// Everything is signed over the sign-data magic ‖ hash, so a witness only verifies on the network it was made for.
/// </summary>
public sealed class KeyRing
{
    private readonly Dictionary<ECPoint, KeyPair> _keys = [];
    private readonly Dictionary<UInt160, byte[]> _scripts = [];

    public IEnumerable<KeyPair> Keys => _keys.Values;

    public IEnumerable<UInt160> Accounts => _scripts.Keys;

    /// <summary>Adds a key and its standard account.</summary>
    public KeyRing AddKey(KeyPair key)
    {
        _keys[key.PublicKey] = key;
        AddAccount(VerificationScripts.CreateSignature(key.PublicKey));
        return this;
    }

    /// <summary>Adds an account by its verification script (standard or multisig).</summary>
    public KeyRing AddAccount(byte[] verificationScript)
    {
        _scripts[UInt160.FromScript(verificationScript)] = verificationScript;
        return this;
    }

    public static UInt160 StandardAccount(ECPoint publicKey) => UInt160.FromScript(VerificationScripts.CreateSignature(publicKey));

    public byte[]? VerificationScript(UInt160 account) => _scripts.GetValueOrDefault(account);

    /// <summary>True when the ring holds the account's script and enough keys to witness it.</summary>
    public bool CanSign(UInt160 account) => VerificationScript(account) is { } script && SigningKeys(script) is not null;

    /// <summary>The transaction with a witness for each signer; throws when a signer is not an account the ring can witness.</summary>
    public Transaction Sign(Transaction tx, uint network)
    {
        var witnesses = tx.Signers.Select(s => CreateWitness(tx, s.Account, network)).ToArray();
        return tx.WithWitnesses(witnesses);
    }

    public Witness CreateWitness(Transaction tx, UInt160 account, uint network)
    {
        var script = VerificationScript(account)
            ?? throw new InvalidOperationException($"No key for signer {account} ({Address.FromScriptHash(account)}): the wallet does not hold this account.");
        var keys = SigningKeys(script)
            ?? throw new InvalidOperationException($"Not enough keys to witness {account}: the wallet holds too few of its multisig keys.");
        var data = tx.GetSignData(network);
        var invocation = new ScriptBuilder();
        foreach (var key in keys) invocation.EmitPush(key.Sign(data));
        return new Witness(invocation.ToArray(), script);
    }

    /// <summary>The keys that sign for <paramref name="script"/> in invocation order, or null when the ring lacks them.</summary>
    private IReadOnlyList<KeyPair>? SigningKeys(byte[] script)
    {
        if (VerificationScripts.IsSignatureContract(script))
            return _keys.TryGetValue(ECPoint.Decode(script.AsSpan(2, 33)), out var key) ? [key] : null;
        if (VerificationScripts.IsMultiSigContract(script, out var m, out var points))
        {
            var held = points.Where(_keys.ContainsKey).Take(m).Select(p => _keys[p]).ToList();
            return held.Count == m ? held : null;
        }
        return null;
    }
}
