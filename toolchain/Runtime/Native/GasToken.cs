namespace Protocol.Toolchain.Runtime.Native;

/// <summary>GasToken (id -6): GAS, 8 decimals; fees are burned from senders and 52M GAS is minted at genesis.</summary>
public sealed class GasToken() : FungibleToken(-6, "GasToken")
{
    public override string Symbol => "GAS";

    public override byte Decimals => 8;
}
