using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Testing.Standards;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>A NEP-17 token written against the framework's Nep17Token, compiled by our compiler, passes the standard suite.</summary>
public class SampleTokenTests : Nep17BurnableSuite
{
    private static readonly UInt160 Owner = Address.ToScriptHash("NXV7ZhHiyM1aHXwpVsRZC6BwNFP2jghXAq");

    protected override string ExpectedSymbol => "SMP";

    protected override byte ExpectedDecimals => 8;

    protected override UInt160 DeployToken(TestEngine engine) => SampleContracts.Deploy(engine, SampleContracts.Get("SampleToken.cs"));

    protected override void Mint(TestEngine engine, UInt160 to, BigInteger amount)
    {
        engine.Signers = [new Signer(Owner, WitnessScope.CalledByEntry)];
        engine.Invoke(Token, "mintTo", to, amount);
    }

    protected override void Burn(TestEngine engine, UInt160 from, BigInteger amount)
    {
        engine.Signers = [new Signer(Owner, WitnessScope.CalledByEntry)];
        engine.Invoke(Token, "burnFrom", from, amount);
    }

    [Fact]
    public void Only_the_owner_mints()
    {
        SignAs(Bob);
        var fault = Assert.Throws<TestFaultException>(() => Engine.Invoke(Token, "mintTo", Bob, 5));
        Assert.Contains("No authorization.", fault.Message);
        Assert.Equal(Owner, new UInt160(Engine.Call<Vm.Types.StackItem>(Token, "getOwner").GetSpan()));
    }
}
