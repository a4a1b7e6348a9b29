using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Testing.Standards;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// Hotspot NFTs pass the reusable NEP-11 suite: the protocol is deployed and bootstrapped from the plan on the suite's
/// chain, a maker stakes 10 HNT (DaoChain's default requirement) and is approved for IOT, and each token is a hotspot the
/// maker issues.
/// </summary>
public sealed class HotspotRegistryStandardTests : Nep11Suite
{
    private static readonly UInt160 Maker = Account(0xE2);
    private static int _devices;

    protected override string ExpectedSymbol => "HOTSPOT";

    protected override UInt160 DeployToken(TestEngine engine)
    {
        var chain = ProtocolChain.DeployOn(engine, DaoChain.Config, bootstrap: true);
        var registry = new Proxies.HotspotRegistry(engine, chain.Hashes["HotspotRegistry"]);
        chain.Fund(Maker, HotspotChain.MakerStake);
        Assert.True(chain.As(Maker, () => chain.Hnt.Transfer(Maker, registry.Hash, HotspotChain.MakerStake, Iot)));
        chain.As(Authority, () => registry.ApproveMaker(Iot, Maker));
        return registry.Hash;
    }

    protected override byte[] Mint(TestEngine engine, UInt160 to)
    {
        byte seed = (byte)Interlocked.Increment(ref _devices);
        engine.Signers = [new Signer(Maker, WitnessScope.CalledByEntry)];
        return engine.Call<byte[]>(Token, "issue", Maker, HotspotChain.DeviceKey(seed), to, (BigInteger)Iot, "full")!;
    }
}
