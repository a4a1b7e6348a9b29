using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing.Standards;
using Protocol.Toolchain.Testing.Tests.Proxies;
using static Protocol.Toolchain.Testing.Tests.Standards.DevpackTokens;

namespace Protocol.Toolchain.Testing.Tests.Standards;

/// <summary>
/// The NEP-11 suite against the official compiler's SampleRoyaltyNEP11Token (examples/…SampleRoyaltyNEP11Token):
/// mint(to) by the hard-coded owner/minter NUuJw4C4XJFzxAvSZnFTfsNoWZytmQKXQP; token ids are the counter 1, 2, …
/// as integer bytes. Its properties come from the framework's Nep11Token ({"name": …}). No deviation.
/// </summary>
public sealed class SampleRoyaltyNep11TokenStandardTests : Nep11Suite
{
    protected override string ExpectedSymbol => "SampleRoyalty";

    protected override UInt160 DeployToken(TestEngine engine) =>
        SampleRoyaltyNEP11Token.Deploy(engine, Nef("SampleRoyaltyNEP11Token"), Manifest("SampleRoyaltyNEP11Token")).Hash;

    protected override byte[] Mint(TestEngine engine, UInt160 to)
    {
        var token = new SampleRoyaltyNEP11Token(engine, Token);
        As(engine, SampleOwner, () => token.Mint(to));
        return Assert.Single(token.LastTransferEvents).TokenId!;
    }
}
