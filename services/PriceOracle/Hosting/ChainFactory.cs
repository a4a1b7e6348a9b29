using Protocol.Services.Hosting;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Submission;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.PriceOracle.Hosting;

/// <summary>Opens the oracle wallet and connects to the node named in PriceOracle:Chain.</summary>
public static class ChainFactory
{
    public static RpcPriceFeedChain Create(ChainOptions chain, SubmissionOptions submission)
    {
        var signer = SigningWallet.Open("PriceOracle:Chain", chain.WalletPath, chain.WalletPassword, chain.Account, (byte)chain.AddressVersion);
        var rpc = new RpcClient(new Uri(chain.RpcUrl), timeout: TimeSpan.FromMilliseconds(chain.RpcTimeoutMs));
        return new RpcPriceFeedChain(new ChainClient(rpc, chain.Network, signer.Keys), UInt160.Parse(chain.PriceFeed), signer.Account, submission.SystemFeeMarginDatoshi);
    }
}
