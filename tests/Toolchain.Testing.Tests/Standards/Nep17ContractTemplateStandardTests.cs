using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing.Standards;
using Protocol.Toolchain.Testing.Tests.Proxies;
using static Protocol.Toolchain.Testing.Tests.Standards.DevpackTokens;

namespace Protocol.Toolchain.Testing.Tests.Standards;

/// <summary>
/// The NEP-17 suite against the official compiler's NEP-17 template (neocontractnep17/Nep17Contract.cs): deployed
/// with null data, so its _deploy makes the transaction sender (Alice) the owner, who alone may mint and burn.
/// </summary>
public sealed class Nep17ContractTemplateStandardTests : Nep17BurnableSuite
{
    protected override string ExpectedSymbol => "EXAMPLE";

    protected override byte ExpectedDecimals => 8;

    protected override UInt160 DeployToken(TestEngine engine) =>
        Nep17Contract.Deploy(engine, Nef("Nep17ContractTemplate"), Manifest("Nep17ContractTemplate")).Hash;

    protected override void Mint(TestEngine engine, UInt160 to, BigInteger amount) =>
        As(engine, Alice, () => new Nep17Contract(engine, Token).Mint(to, amount));

    protected override void Burn(TestEngine engine, UInt160 from, BigInteger amount) =>
        As(engine, Alice, () => new Nep17Contract(engine, Token).Burn(from, amount));
}
