using System.Numerics;
using Xunit;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>Transfers and mints to a deployed contract: onNEP17Payment after the Transfer event, refusal, spending its own tokens.</summary>
public abstract partial class Nep17Suite
{
    [Fact]
    public void A_transfer_to_a_contract_calls_onNEP17Payment_after_the_Transfer_event_with_the_data()
    {
        MintTo(Alice, 10);
        Assert.True(Transfer(Alice, Receiver, 3, "paid for #7"));
        AssertTransfers(new Nep17Transfer(Alice, Receiver, 3));
        var payment = Assert.Single(PaymentReceiver.LastPayments(Engine, Receiver));
        Assert.Equal(new ReceivedPayment(Token, Alice.ToArray(), new BigInteger(3), null, "paid for #7"u8.ToArray()), payment, PaymentComparer.Instance);
        AssertTransferPrecedesPayment("onNEP17Payment");
        Assert.Equal(new BigInteger(3), BalanceOf(Receiver));

        Assert.True(Transfer(Alice, Receiver, 0, new BigInteger(42)));
        AssertTransfers(new Nep17Transfer(Alice, Receiver, 0));
        payment = Assert.Single(PaymentReceiver.LastPayments(Engine, Receiver));
        Assert.Equal(new ReceivedPayment(Token, Alice.ToArray(), BigInteger.Zero, null, new BigInteger(42)), payment, PaymentComparer.Instance);
    }

    [Fact]
    public void A_receiver_that_aborts_rolls_the_whole_transfer_back()
    {
        MintTo(Alice, 10);
        PaymentReceiver.Refuse(Engine, Receiver);
        var reason = AssertFaults(() => Transfer(Alice, Receiver, 3), "the receiver's ABORTMSG must fault the transfer");
        Assert.Contains(PaymentReceiver.RefusalReason, reason);
        Assert.Equal(new BigInteger(10), BalanceOf(Alice));
        Assert.Equal(BigInteger.Zero, BalanceOf(Receiver));
        Assert.Equal(ExpectedInitialSupply + 10, TotalSupply());
    }

    [Fact]
    public void A_contract_spends_its_own_tokens_without_a_witness_as_the_calling_script()
    {
        MintTo(Alice, 10);
        PaymentReceiver.ReturnToSender(Engine, Receiver);
        Assert.True(Transfer(Alice, Receiver, 4));
        AssertTransfers(new Nep17Transfer(Alice, Receiver, 4), new Nep17Transfer(Receiver, Alice, 4));
        Assert.Equal(new BigInteger(10), BalanceOf(Alice));
        Assert.Equal(BigInteger.Zero, BalanceOf(Receiver));
    }

    [Fact]
    public void Minting_to_a_contract_calls_onNEP17Payment_with_a_null_sender_as_the_token_says()
    {
        MintTo(Receiver, 7);
        AssertTransfers(new Nep17Transfer(null, Receiver, 7));
        var payments = PaymentReceiver.LastPayments(Engine, Receiver);
        if (!MintCallsOnPayment)
        {
            Assert.Empty(payments);
            return;
        }
        Assert.Equal(new ReceivedPayment(Token, null, new BigInteger(7), null, null), Assert.Single(payments), PaymentComparer.Instance);
        AssertTransferPrecedesPayment("onNEP17Payment");

        PaymentReceiver.Refuse(Engine, Receiver);
        AssertFaults(() => MintTo(Receiver, 1), "a refusing receiver must fault the mint");
        Assert.Equal(new BigInteger(7), BalanceOf(Receiver));
        Assert.Equal(ExpectedInitialSupply + 7, TotalSupply());
    }
}
