using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.CoverageOracle.Hosting;

/// <summary>Opens the instance's wallet and connects to the node named in CoverageOracle:Chain (or the deployment record).</summary>
public static class ChainFactory
{
    public static RpcCoverageChain Create(CoverageChainOptions chain)
    {
        var resolved = ResolvedChain.From(chain);
        var version = (byte)chain.AddressVersion;
        var wallet = Nep6Wallet.Load(chain.WalletPath, version);
        var keys = wallet.Unlock(chain.WalletPassword);
        UInt160 account = chain.Account switch
        {
            null or "" => wallet.DefaultAccount?.ScriptHash
                ?? throw new InvalidOperationException($"CoverageOracle:Chain:WalletPath: the wallet '{chain.WalletPath}' has no account."),
            { } text when text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => UInt160.Parse(text),
            { } text => Address.ToScriptHash(text, version),
        };
        var key = keys.Keys.FirstOrDefault(k => Toolchain.Chain.Transactions.KeyRing.StandardAccount(k.PublicKey) == account)
            ?? throw new InvalidOperationException($"CoverageOracle:Chain:Account: the wallet '{chain.WalletPath}' holds no key for {account}.");
        var rpc = new RpcClient(new Uri(resolved.RpcUrl), timeout: TimeSpan.FromMilliseconds(chain.RpcTimeoutMs));
        return new RpcCoverageChain(new ChainClient(rpc, resolved.Network, keys), resolved.RegistryHash, resolved.RewardsHash, resolved.DaoHash, account, key,
            chain.SystemFeeMarginDatoshi);
    }
}
