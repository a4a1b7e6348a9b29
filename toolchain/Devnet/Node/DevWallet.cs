using RandomNumberGenerator = System.Security.Cryptography.RandomNumberGenerator;
using Protocol.Toolchain.Chain.Keys;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Toolchain.Devnet.Node;

/// <summary>
/// The devnet's key: the default account of a NEP-6 wallet. A missing wallet is created with a fresh secp256r1 key and
/// two accounts Neo's wallets open: "dev" (the key's standard account, default) and "consensus" (the 1-of-1 multisig
/// account that is both the validators' and the committee's address, holding the genesis NEO and GAS).
/// </summary>
public static class DevWallet
{
    public static KeyPair LoadOrCreate(DevnetOptions options)
    {
        if (File.Exists(options.WalletPath))
        {
            var wallet = Nep6Wallet.Load(options.WalletPath, options.AddressVersion);
            var account = wallet.DefaultAccount
                ?? throw new InvalidOperationException($"Dev wallet '{options.WalletPath}' has no accounts.");
            if (account.Key is null) throw new InvalidOperationException($"Dev wallet '{options.WalletPath}': the default account has no key.");
            try
            {
                return Nep2.Decrypt(account.Key, options.WalletPassword, options.AddressVersion, wallet.Scrypt);
            }
            catch (FormatException ex)
            {
                throw new WalletPasswordException($"Cannot open dev wallet '{options.WalletPath}': {ex.Message}");
            }
        }
        var key = NewKey();
        var created = new Nep6Wallet("devnet", options.AddressVersion, options.WalletScrypt);
        created.AddKey(key, options.WalletPassword, "dev");
        created.AddMultiSig(1, [key.PublicKey], key, options.WalletPassword, "consensus");
        created.Save(options.WalletPath);
        return key;
    }

    /// <summary>A random valid private key (retries the ~2^-128 chance of a scalar outside [1, n-1]).</summary>
    public static KeyPair NewKey()
    {
        while (true)
        {
            var bytes = RandomNumberGenerator.GetBytes(32);
            try
            {
                return new KeyPair(bytes);
            }
            catch (ArgumentException)
            {
            }
            finally
            {
                Array.Clear(bytes);
            }
        }
    }

    public static Runtime.Models.UInt160 ConsensusAccount(ECPoint key) =>
        Runtime.Models.UInt160.FromScript(VerificationScripts.CreateBftMultiSig([key]));
}
