using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing.Standards;
using Protocol.Toolchain.Testing.Tests.Proxies;
using static Protocol.Toolchain.Testing.Tests.Standards.DevpackTokens;

namespace Protocol.Toolchain.Testing.Tests.Standards;

/// <summary>
/// The NEP-17 suite against the official compiler's SampleNep17Token (examples/Example.SmartContract.NEP17): no deploy
/// data, a hard-coded owner (and minter) NUuJw4C4XJFzxAvSZnFTfsNoWZytmQKXQP who alone may mint and burn.
/// </summary>
public sealed class SampleNep17TokenStandardTests : Nep17BurnableSuite
{
    protected override string ExpectedSymbol => "SampleNep17Token";

    protected override byte ExpectedDecimals => 8;

    protected override UInt160 DeployToken(TestEngine engine) =>
        SampleNep17Token.Deploy(engine, Nef("SampleNep17Token"), Manifest("SampleNep17Token")).Hash;

    protected override void Mint(TestEngine engine, UInt160 to, BigInteger amount) =>
        As(engine, SampleOwner, () => new SampleNep17Token(engine, Token).Mint(to, amount));

    protected override void Burn(TestEngine engine, UInt160 from, BigInteger amount) =>
        As(engine, SampleOwner, () => new SampleNep17Token(engine, Token).Burn(from, amount));
}
