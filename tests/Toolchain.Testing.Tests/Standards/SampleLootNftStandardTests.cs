using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing.Standards;
using Protocol.Toolchain.Testing.Tests.Proxies;
using static Protocol.Toolchain.Testing.Tests.Standards.DevpackTokens;

namespace Protocol.Toolchain.Testing.Tests.Standards;

/// <summary>
/// The NEP-11 suite against the official compiler's SampleLootNFT (examples/Example.SmartContract.NFT): claim(n)
/// mints token n (ids are the decimal text "1", "2", …) to the transaction sender, so minting to an account means
/// sending the claim as that account (the test engine trusts signers, contract hashes included).
/// </summary>
public sealed class SampleLootNftStandardTests : Nep11Suite
{
    private int _nextClaim = 1;

    protected override string ExpectedSymbol => "sLoot";

    protected override UInt160 DeployToken(TestEngine engine) =>
        SampleLootNFT.Deploy(engine, Nef("SampleLootNFT"), Manifest("SampleLootNFT")).Hash;

    protected override byte[] Mint(TestEngine engine, UInt160 to)
    {
        var loot = new SampleLootNFT(engine, Token);
        As(engine, to, () => loot.Claim(_nextClaim++));
        return Assert.Single(loot.LastTransferEvents).TokenId!;
    }
}
