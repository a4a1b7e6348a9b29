using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Testing.Standards;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>A NEP-11 token on the framework's Nep11Token&lt;T&gt;, compiled by our compiler, passes the standard suite.</summary>
public class SampleNftTests : Nep11BurnableSuite
{
    private static readonly UInt160 Owner = Address.ToScriptHash("NXV7ZhHiyM1aHXwpVsRZC6BwNFP2jghXAq");

    protected override string ExpectedSymbol => "BDG";

    protected override UInt160 DeployToken(TestEngine engine) => SampleContracts.Deploy(engine, SampleContracts.Get("SampleNft.cs"));

    protected override byte[] Mint(TestEngine engine, UInt160 to)
    {
        engine.Signers = [new Signer(Owner, WitnessScope.CalledByEntry)];
        return engine.Call<byte[]>(Token, "mintBadge", to, "badge", 3);
    }

    protected override void Burn(TestEngine engine, byte[] tokenId)
    {
        engine.Signers = [new Signer(Owner, WitnessScope.CalledByEntry)];
        engine.Invoke(Token, "burnBadge", tokenId);
    }

    [Fact]
    public void Overridden_properties_add_to_the_base()
    {
        var id = Mint(Engine, Bob);
        var properties = (Vm.Types.Map)Engine.Call<Vm.Types.StackItem>(Token, "properties", id);
        Assert.Equal("badge", properties[new Vm.Types.ByteString("name"u8.ToArray())].GetString());
        Assert.Equal(3, (int)properties[new Vm.Types.ByteString("level"u8.ToArray())].GetInteger());
    }
}
