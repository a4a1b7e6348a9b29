using System.Numerics;
using Xunit;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>Transfers and mints to a deployed contract: onNEP11Payment after the Transfer event, refusal, spending its own token.</summary>
public abstract partial class Nep11Suite
{
    [Fact]
    public void A_transfer_to_a_contract_calls_onNEP11Payment_after_the_Transfer_event_with_the_data()
    {
        var id = MintTo(Alice);
        Assert.True(Transfer(Receiver, id, "for the vault"));
        AssertTransfers(new Nep11Transfer(Alice, Receiver, 1, id));
        var expected = new ReceivedPayment(Token, Alice.ToArray(), BigInteger.One, id, "for the vault"u8.ToArray());
        Assert.Equal(expected, Assert.Single(PaymentReceiver.LastPayments(Engine, Receiver)), PaymentComparer.Instance);
        AssertTransferPrecedesPayment("onNEP11Payment");
        AssertHolds(Receiver, id);
        AssertHolds(Alice);
    }

    [Fact]
    public void A_receiver_that_aborts_rolls_the_whole_transfer_back()
    {
        var id = MintTo(Alice);
        PaymentReceiver.Refuse(Engine, Receiver);
        var reason = AssertFaults(() => Transfer(Receiver, id), "the receiver's ABORTMSG must fault the transfer");
        Assert.Contains(PaymentReceiver.RefusalReason, reason);
        AssertHolds(Alice, id);
        AssertHolds(Receiver);
    }

    [Fact]
    public void A_contract_transfers_a_token_it_owns_without_a_witness_as_the_calling_script()
    {
        var id = MintTo(Alice);
        PaymentReceiver.ReturnToSender(Engine, Receiver);
        Assert.True(Transfer(Receiver, id));
        AssertTransfers(new Nep11Transfer(Alice, Receiver, 1, id), new Nep11Transfer(Receiver, Alice, 1, id));
        AssertHolds(Alice, id);
        AssertHolds(Receiver);
    }

    [Fact]
    public void Minting_to_a_contract_calls_onNEP11Payment_with_a_null_sender_as_the_token_says()
    {
        var id = MintTo(Receiver);
        AssertTransfers(new Nep11Transfer(null, Receiver, 1, id));
        var payments = PaymentReceiver.LastPayments(Engine, Receiver);
        if (!MintCallsOnPayment)
        {
            Assert.Empty(payments);
            AssertHolds(Receiver, id);
            return;
        }
        Assert.Equal(new ReceivedPayment(Token, null, BigInteger.One, id, null), Assert.Single(payments), PaymentComparer.Instance);
        AssertTransferPrecedesPayment("onNEP11Payment");
        AssertHolds(Receiver, id);

        PaymentReceiver.Refuse(Engine, Receiver);
        var supply = TotalSupply();
        AssertFaults(() => MintTo(Receiver), "a refusing receiver must fault the mint");
        Assert.Equal(supply, TotalSupply());
        AssertHolds(Receiver, id);
    }
}
