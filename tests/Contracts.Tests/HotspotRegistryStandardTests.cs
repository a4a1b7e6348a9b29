using System.Numerics;
using Protocol.Scripts.Deployment;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Testing.Standards;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// Hotspot NFTs pass the reusable NEP-11 suite: the protocol is deployed and bootstrapped from the plan on the suite's
/// chain, a maker stakes 10 HNT and is approved for IOT, and each token is a hotspot the maker issues.
/// </summary>
public sealed class HotspotRegistryStandardTests : Nep11Suite
{
    private static readonly UInt160 Maker = Account(0xE2);
    private static int _devices;

    protected override string ExpectedSymbol => "HOTSPOT";

    protected override UInt160 DeployToken(TestEngine engine)
    {
        long now = (long)engine.Timestamp;
        var config = DaoChain.Config;
        var hashes = ProtocolDeployer.DeployAsync(new TestEngineHost(engine), ProtocolArtifacts.FromRepository(), config, now).GetAwaiter().GetResult();
        void As(UInt160 account, string contract, string method, params object?[] args)
        {
            var previous = engine.Signers;
            engine.Signers = [new Signer(account, WitnessScope.CalledByEntry)];
            try { engine.Invoke(hashes[contract], method, args); }
            finally { engine.Signers = previous; }
        }
        foreach (var call in ProtocolBootstrap.Calls(config, hashes, now)) As(Authority, call.Contract, call.Method, call.Args);
        // The authority lends the minter role to fund the maker's stake, then gives it back to the Dao.
        As(Authority, "Hnt", "setMinter", Minter);
        As(Minter, "Hnt", "mint", Maker, (BigInteger)1_000_000_000);
        As(Authority, "Hnt", "setMinter", hashes["Dao"]);
        As(Maker, "Hnt", "transfer", Maker, hashes["HotspotRegistry"], (BigInteger)1_000_000_000, (BigInteger)Iot);
        As(Authority, "HotspotRegistry", "approveMaker", (BigInteger)Iot, Maker);
        return hashes["HotspotRegistry"];
    }

    protected override byte[] Mint(TestEngine engine, UInt160 to)
    {
        byte seed = (byte)Interlocked.Increment(ref _devices);
        engine.Signers = [new Signer(Maker, WitnessScope.CalledByEntry)];
        return engine.Call<byte[]>(Token, "issue", Maker, HotspotChain.DeviceKey(seed), to, (BigInteger)Iot, "full")!;
    }
}
