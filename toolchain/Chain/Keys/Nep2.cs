using Aes = System.Security.Cryptography.Aes;
using PaddingMode = System.Security.Cryptography.PaddingMode;
using System.Text;
using Org.BouncyCastle.Crypto.Generators;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Chain.Keys;

/// <summary>
/// NEP-2 passphrase-protected private keys. addresshash = first 4 bytes of SHA256²(address as ASCII); derived =
/// scrypt(passphrase UTF-8, addresshash, n, r, p, 64); encrypted = AES-256-ECB(key = derived[32..64], privkey XOR
/// derived[0..32]); the record is Base58Check(01 42 E0 ‖ addresshash ‖ encrypted), 58 characters starting with "6P".
/// The passphrase is taken as UTF-8 without normalisation, as Neo's wallets do. The address is the account's: for Neo N3
/// the single-signature account of the key under the network's address version (<see cref="Encrypt(KeyPair,string,byte,ScryptParameters?)"/>).
/// </summary>
public static class Nep2
{
    private static readonly byte[] Prefix = [0x01, 0x42, 0xE0];

    /// <summary>Encrypts for the Neo N3 single-signature address of <paramref name="key"/>.</summary>
    public static string Encrypt(KeyPair key, string passphrase, byte addressVersion = Address.DefaultVersion, ScryptParameters? scrypt = null) =>
        Encrypt(key.PrivateKey, passphrase, N3Address(key.PublicKey, addressVersion), scrypt);

    /// <summary>Encrypts <paramref name="privateKey"/> salted with the hash of <paramref name="address"/>.</summary>
    public static string Encrypt(ReadOnlySpan<byte> privateKey, string passphrase, string address, ScryptParameters? scrypt = null)
    {
        if (privateKey.Length != 32) throw new ArgumentException($"A private key takes 32 bytes, got {privateKey.Length}.", nameof(privateKey));
        ArgumentNullException.ThrowIfNull(passphrase);
        var addressHash = AddressHash(address);
        var derived = Derive(passphrase, addressHash, scrypt ?? ScryptParameters.Default);
        var block = new byte[32];
        for (int i = 0; i < 32; i++) block[i] = (byte)(privateKey[i] ^ derived[i]);
        using var aes = Aes.Create();
        aes.Key = derived[32..];
        var encrypted = aes.EncryptEcb(block, PaddingMode.None);
        Array.Clear(derived);
        Array.Clear(block);
        return Base58.CheckEncode([.. Prefix, .. addressHash, .. encrypted]);
    }

    /// <summary>Decrypts to a Neo N3 key, checking the address hash against the key's N3 address.</summary>
    public static KeyPair Decrypt(string nep2, string passphrase, byte addressVersion = Address.DefaultVersion, ScryptParameters? scrypt = null) =>
        new(Decrypt(nep2, passphrase, key => N3Address(new KeyPair(key).PublicKey, addressVersion), scrypt));

    /// <summary>
    /// Decrypts <paramref name="nep2"/>; <paramref name="addressOf"/> gives the address of a candidate private key, whose
    /// hash must match the record's (a wrong passphrase fails there).
    /// </summary>
    public static byte[] Decrypt(string nep2, string passphrase, Func<byte[], string> addressOf, ScryptParameters? scrypt = null)
    {
        ArgumentNullException.ThrowIfNull(nep2);
        ArgumentNullException.ThrowIfNull(passphrase);
        byte[] data;
        try
        {
            data = Base58.CheckDecode(nep2.Trim());
        }
        catch (FormatException ex)
        {
            throw new FormatException($"Invalid NEP-2 key: {ex.Message}", ex);
        }
        if (data.Length != 39 || !data.AsSpan(0, 3).SequenceEqual(Prefix))
            throw new FormatException("Invalid NEP-2 key: expected 39 bytes starting 01 42 E0.");
        var addressHash = data[3..7];
        var derived = Derive(passphrase, addressHash, scrypt ?? ScryptParameters.Default);
        using var aes = Aes.Create();
        aes.Key = derived[32..];
        var block = aes.DecryptEcb(data[7..39], PaddingMode.None);
        var privateKey = new byte[32];
        for (int i = 0; i < 32; i++) privateKey[i] = (byte)(block[i] ^ derived[i]);
        Array.Clear(derived);
        Array.Clear(block);
        string address;
        try
        {
            address = addressOf(privateKey);
        }
        catch (ArgumentException)
        {
            throw new FormatException("Wrong NEP-2 passphrase: the decrypted key is not a valid secp256r1 key.");
        }
        if (!AddressHash(address).AsSpan().SequenceEqual(addressHash))
            throw new FormatException("Wrong NEP-2 passphrase: the decrypted key's address does not match the key's address hash.");
        return privateKey;
    }

    /// <summary>The first 4 bytes of SHA256(SHA256(ASCII address)).</summary>
    public static byte[] AddressHash(string address) => Hashes.Hash256(Encoding.ASCII.GetBytes(address))[..4];

    private static string N3Address(ECPoint publicKey, byte version) =>
        Address.FromScriptHash(UInt160.FromScript(VerificationScripts.CreateSignature(publicKey)), version);

    private static byte[] Derive(string passphrase, byte[] salt, ScryptParameters scrypt)
    {
        scrypt.Validate();
        var password = Encoding.UTF8.GetBytes(passphrase);
        try
        {
            return SCrypt.Generate(password, salt, scrypt.N, scrypt.R, scrypt.P, 64);
        }
        finally
        {
            Array.Clear(password);
        }
    }
}
