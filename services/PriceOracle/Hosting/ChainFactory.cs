using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Submission;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.PriceOracle.Hosting;

/// <summary>Opens the oracle wallet and connects to the node named in PriceOracle:Chain.</summary>
public static class ChainFactory
{
    public static RpcPriceFeedChain Create(ChainOptions chain, SubmissionOptions submission)
    {
        var version = (byte)chain.AddressVersion;
        var wallet = Nep6Wallet.Load(chain.WalletPath, version);
        var keys = wallet.Unlock(chain.WalletPassword);
        UInt160 oracle = chain.Account switch
        {
            null or "" => wallet.DefaultAccount?.ScriptHash
                ?? throw new InvalidOperationException($"PriceOracle:Chain:WalletPath: the wallet '{chain.WalletPath}' has no account."),
            { } text when text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => UInt160.Parse(text),
            { } text => Address.ToScriptHash(text, version),
        };
        if (!keys.CanSign(oracle))
            throw new InvalidOperationException($"PriceOracle:Chain:Account: the wallet '{chain.WalletPath}' holds no key for {oracle}.");
        var rpc = new RpcClient(new Uri(chain.RpcUrl), timeout: TimeSpan.FromMilliseconds(chain.RpcTimeoutMs));
        return new RpcPriceFeedChain(new ChainClient(rpc, chain.Network, keys), UInt160.Parse(chain.PriceFeed), oracle, submission.SystemFeeMarginDatoshi);
    }
}
