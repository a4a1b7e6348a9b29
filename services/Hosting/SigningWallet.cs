using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.Hosting;

/// <summary>
/// A service's signing account, opened from its settings: the NEP-6 wallet unlocked, the configured account (an address or
/// 0x-hash; default the wallet's default account), which the wallet must be able to sign for (a single key or enough keys
/// of a multisig), and its single key when it is a standard account. A problem names the setting under <c>section</c>.
/// </summary>
public sealed record SigningWallet(KeyRing Keys, UInt160 Account, KeyPair? Key)
{
    public static SigningWallet Open(string section, string walletPath, string password, string? account, byte addressVersion)
    {
        var wallet = Nep6Wallet.Load(walletPath, addressVersion);
        var keys = wallet.Unlock(password);
        UInt160 hash = account switch
        {
            null or "" => wallet.DefaultAccount?.ScriptHash
                ?? throw new InvalidOperationException($"{section}:WalletPath: the wallet '{walletPath}' has no account."),
            { } text when text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => UInt160.Parse(text),
            { } text => Address.ToScriptHash(text, addressVersion),
        };
        if (!keys.CanSign(hash))
            throw new InvalidOperationException($"{section}:Account: the wallet '{walletPath}' holds no key for {hash}.");
        return new SigningWallet(keys, hash, keys.Keys.FirstOrDefault(k => KeyRing.StandardAccount(k.PublicKey) == hash));
    }
}
