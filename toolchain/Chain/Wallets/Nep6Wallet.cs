using System.Text.Json;
using System.Text.Json.Nodes;
using Protocol.Toolchain.Chain.Keys;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Chain.Wallets;

/// <summary>
/// A NEP-6 wallet file as neo-cli and Neo's other wallets read and write it: {"name", "version": "1.0", "scrypt", "accounts",
/// "extra"}. Keys are NEP-2 encrypted with the wallet's scrypt parameters; all keys share the wallet password, which
/// <see cref="Unlock"/> checks (neo NEP6Wallet.VerifyPassword decrypts one key). Saving writes a temporary file, flushes it to
/// disk and renames it over the old one, so a crash leaves either the old or the new wallet.
/// </summary>
public sealed class Nep6Wallet
{
    public Nep6Wallet(string? name, byte addressVersion = Address.DefaultVersion, ScryptParameters? scrypt = null)
    {
        Name = name;
        AddressVersion = addressVersion;
        Scrypt = scrypt ?? ScryptParameters.Default;
    }

    public string? Name { get; set; }

    public string Version { get; private init; } = "1.0";

    public ScryptParameters Scrypt { get; private init; }

    public byte AddressVersion { get; }

    public List<Nep6Account> Accounts { get; } = [];

    public JsonNode? Extra { get; set; }

    /// <summary>The account marked default, else the first one.</summary>
    public Nep6Account? DefaultAccount => Accounts.FirstOrDefault(a => a.IsDefault) ?? Accounts.FirstOrDefault();

    public static Nep6Wallet Load(string path, byte addressVersion = Address.DefaultVersion)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Wallet file '{path}' does not exist.", path);
        try
        {
            return Parse(File.ReadAllBytes(path), addressVersion);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Wallet file '{path}' is not a valid NEP-6 wallet: {ex.Message}", ex);
        }
    }

    public static Nep6Wallet Parse(ReadOnlyMemory<byte> utf8, byte addressVersion = Address.DefaultVersion)
    {
        using var doc = JsonRead.Parse(utf8);
        var json = doc.RootElement;
        JsonRead.RequireObject(json, "wallet");
        var version = JsonRead.GetString(json, "version");
        if (!System.Version.TryParse(version, out _)) throw new FormatException($"Wallet version '{version}' is not a version number.");
        var wallet = new Nep6Wallet(JsonRead.TryGet(json, "name", out var n) ? JsonRead.AsString(n, "name") : null, addressVersion,
            ScryptParameters.FromJson(JsonRead.Get(json, "scrypt")))
        {
            Version = version,
            Extra = JsonRead.TryGet(json, "extra", out var extra) ? JsonTree.FromElement(extra) : null,
        };
        foreach (var item in JsonRead.GetArray(json, "accounts"))
        {
            var account = Nep6Account.FromJson(item, addressVersion);
            if (wallet.Find(account.ScriptHash) is not null)
                throw new FormatException($"Account {account.Address(addressVersion)} appears twice in the wallet.");
            wallet.Accounts.Add(account);
        }
        return wallet;
    }

    public Nep6Account? Find(UInt160 scriptHash) => Accounts.FirstOrDefault(a => a.ScriptHash == scriptHash);

    /// <summary>Finds an account by address, by 0x-hash or by label.</summary>
    public Nep6Account? Find(string addressHashOrLabel)
    {
        if (UInt160.TryParse(addressHashOrLabel, out var hash)) return Find(hash!);
        try
        {
            return Find(Address.ToScriptHash(addressHashOrLabel, AddressVersion));
        }
        catch (FormatException)
        {
            return Accounts.FirstOrDefault(a => a.Label == addressHashOrLabel);
        }
    }

    /// <summary>Adds the standard (single-signature) account of <paramref name="key"/>; the first account becomes the default.</summary>
    public Nep6Account AddKey(KeyPair key, string password, string? label = null)
    {
        var script = VerificationScripts.CreateSignature(key.PublicKey);
        return Add(new Nep6Account
        {
            ScriptHash = UInt160.FromScript(script),
            Label = label,
            Key = Nep2.Encrypt(key, password, AddressVersion, Scrypt),
            Contract = Nep6Contract.Standard(script),
        });
    }

    /// <summary>Adds the m-of-n account of <paramref name="publicKeys"/>, holding the key of the member <paramref name="memberKey"/>.</summary>
    public Nep6Account AddMultiSig(int m, IReadOnlyCollection<ECPoint> publicKeys, KeyPair memberKey, string password, string? label = null)
    {
        if (!publicKeys.Contains(memberKey.PublicKey))
            throw new ArgumentException("The member key is not one of the multisig account's public keys.", nameof(memberKey));
        var script = VerificationScripts.CreateMultiSig(m, publicKeys);
        return Add(new Nep6Account
        {
            ScriptHash = UInt160.FromScript(script),
            Label = label,
            Key = Nep2.Encrypt(memberKey, password, AddressVersion, Scrypt),
            Contract = Nep6Contract.MultiSig(script, m),
        });
    }

    private Nep6Account Add(Nep6Account account)
    {
        if (Find(account.ScriptHash) is not null)
            throw new InvalidOperationException($"The wallet already holds account {account.Address(AddressVersion)}.");
        account.IsDefault = Accounts.Count == 0;
        Accounts.Add(account);
        return account;
    }

    /// <summary>Decrypts every key with <paramref name="password"/>; a wrong password raises <see cref="WalletPasswordException"/>.</summary>
    public KeyRing Unlock(string password)
    {
        var ring = new KeyRing();
        var decrypted = new Dictionary<string, KeyPair>();
        foreach (var account in Accounts.Where(a => a.HasKey))
        {
            if (!decrypted.TryGetValue(account.Key!, out var key))
            {
                try
                {
                    key = Nep2.Decrypt(account.Key!, password, AddressVersion, Scrypt);
                }
                catch (FormatException ex) when (ex.Message.StartsWith("Wrong NEP-2 passphrase", StringComparison.Ordinal))
                {
                    throw new WalletPasswordException($"Incorrect password for the wallet (account {account.Address(AddressVersion)}).");
                }
                decrypted[account.Key!] = key;
            }
            ring.AddKey(key);
        }
        foreach (var account in Accounts.Where(a => a.Contract is { Script.Length: > 0 }))
            ring.AddAccount(account.Contract!.Script);
        return ring;
    }

    public byte[] ToJsonUtf8() => JsonWrite.ToUtf8(WriteJson);

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Name is null) writer.WriteNull("name");
        else writer.WriteString("name", Name);
        writer.WriteString("version", Version);
        writer.WritePropertyName("scrypt");
        Scrypt.WriteJson(writer);
        writer.WriteStartArray("accounts");
        foreach (var account in Accounts) account.WriteJson(writer, AddressVersion);
        writer.WriteEndArray();
        writer.WritePropertyName("extra");
        JsonTree.Write(writer, Extra);
        writer.WriteEndObject();
    }

    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(ToJsonUtf8());
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, full, overwrite: true);
    }
}

/// <summary>The wallet password does not decrypt the wallet's keys.</summary>
public sealed class WalletPasswordException(string message) : InvalidOperationException(message);
