using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>GasToken (id -6): GAS, 8 decimals; fees are burned from senders and 52M GAS is minted at genesis.</summary>
public sealed class GasToken() : FungibleToken(-6, "GasToken")
{
    public override string Symbol => "GAS";

    public override byte Decimals => 8;

    /// <summary>
    /// neo GasToken.OnPersistAsync: burns each transaction's system + network fee from its sender (Transfer(sender, null));
    /// then mints the block's network fees, less (NKeys + 1) × Policy's NotaryAssisted fee per notary-assisted transaction
    /// (the Notary pays that to the notary nodes), to the primary: the single-signature account of the next block
    /// validator at the header's PrimaryIndex (NEO's OnPersist has already refreshed the committee).
    /// </summary>
    internal override void OnPersist(ApplicationEngine engine, Block block)
    {
        long totalNetworkFee = 0;
        foreach (var tx in block.Transactions)
        {
            Burn(engine, tx.Sender, tx.SystemFee + tx.NetworkFee);
            totalNetworkFee += tx.NetworkFee;
            if (tx.Attributes.OfType<NotaryAssistedAttribute>().FirstOrDefault() is { } notaryAssisted)
                totalNetworkFee -= (notaryAssisted.NKeys + 1)
                    * PolicyContract.GetAttributeFee(engine.Snapshot, (byte)TransactionAttributeType.NotaryAssisted);
        }
        var validators = NativeContracts.Neo.GetNextBlockValidators(engine.Snapshot, engine.Settings.ValidatorsCount);
        var primary = NeoToken.SignatureAccount(validators[block.PrimaryIndex]);
        Mint(engine, primary, totalNetworkFee, false);
    }
}
