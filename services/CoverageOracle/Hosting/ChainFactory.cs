using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.Hosting;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.CoverageOracle.Hosting;

/// <summary>Opens the instance's wallet and connects to the node named in CoverageOracle:Chain (or the deployment record).</summary>
public static class ChainFactory
{
    public static RpcCoverageChain Create(CoverageChainOptions chain)
    {
        var resolved = ResolvedChain.From(chain);
        var signer = SigningWallet.Open("CoverageOracle:Chain", chain.WalletPath, chain.WalletPassword, chain.Account, (byte)chain.AddressVersion);
        var rpc = new RpcClient(new Uri(resolved.RpcUrl), timeout: TimeSpan.FromMilliseconds(chain.RpcTimeoutMs));
        return new RpcCoverageChain(new ChainClient(rpc, resolved.Network, signer.Keys), resolved.RegistryHash, resolved.RewardsHash, resolved.DaoHash, signer.Account,
            signer.Key ?? throw new InvalidOperationException($"CoverageOracle:Chain:Account: {signer.Account} is not a single-key account; reward roots are signed with one secp256r1 key."),
            chain.SystemFeeMarginDatoshi);
    }
}
