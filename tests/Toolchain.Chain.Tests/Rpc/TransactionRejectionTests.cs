using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Tests.Support;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Chain.Tests.Rpc;

/// <summary>
/// sendrawtransaction refusals (neo-node GetRelayResult codes) with the devnet's detail, the client's clear exceptions for
/// them, and the node still accepting good transactions afterwards.
/// </summary>
public class TransactionRejectionTests(DevnetFixture devnet) : IClassFixture<DevnetFixture>
{
    private static readonly byte[] Script = ScriptFactory.DynamicCall(NativeContracts.Neo.Hash, "symbol");

    private static RpcException Rpc(Exception ex) => ex as RpcException ?? (RpcException)ex.InnerException!;

    private async Task<Transaction> SignedAsync(ChainClient client, TransactionOptions? options = null) =>
        await client.BuildAsync(Script, [ChainClient.EntrySigner(devnet.DevAccount)], options);

    private async Task AssertStillAccepting()
    {
        using var client = devnet.Client();
        var hash = await client.SendAsync(await SignedAsync(client));
        devnet.Node.ProduceBlock();
        Assert.Equal("HALT", (await client.WaitAsync(hash, TimeSpan.FromSeconds(10))).VmState);
    }

    [Fact]
    public async Task Bad_signature_is_minus_508()
    {
        using var client = devnet.Client();
        var tx = await SignedAsync(client);
        var invocation = tx.Witnesses[0].InvocationScript.ToArray();
        invocation[10] ^= 0xFF;
        var tampered = tx.WithWitnesses([new Witness(invocation, tx.Witnesses[0].VerificationScript)]);
        var error = await Assert.ThrowsAsync<RpcException>(() => client.Rpc.SendRawTransactionAsync(tampered));
        Assert.Equal(RpcErrorCode.InvalidSignature, error.Code);
        Assert.StartsWith("Invalid signature - InvalidSignature: the signature of signer", error.RpcMessage);
        var explained = await Assert.ThrowsAsync<TransactionRejectedException>(() => client.SendAsync(tampered));
        Assert.Equal(-508, explained.Code);
        await AssertStillAccepting();
    }

    [Fact]
    public async Task Wrong_magic_is_named_by_the_client_and_refused_by_the_node()
    {
        using var wrong = devnet.Client(network: 894710606);
        var mismatch = await Assert.ThrowsAsync<NetworkMismatchException>(() => SignedAsync(wrong));
        Assert.Equal($"network magic mismatch: wallet signs for 894710606 (0x3554334E), node is {devnet.Node.Settings.Network} (0x4E564544)", mismatch.Message);

        using var client = devnet.Client();
        var tx = await SignedAsync(client);
        var signedElsewhere = devnet.Keys().Sign(tx, 894710606);
        var error = await Assert.ThrowsAsync<RpcException>(() => client.Rpc.SendRawTransactionAsync(signedElsewhere));
        Assert.Equal(RpcErrorCode.InvalidSignature, error.Code);
        Assert.Contains($"magic {devnet.Node.Settings.Network}", error.RpcMessage);
        await AssertStillAccepting();
    }

    [Fact]
    public async Task Expired_valid_until_block_is_minus_510()
    {
        using var client = devnet.Client();
        var height = devnet.Node.Height;
        var tx = await SignedAsync(client, new TransactionOptions { ValidUntilBlock = height });
        var error = await Assert.ThrowsAsync<TransactionRejectedException>(() => client.SendAsync(tx));
        Assert.Equal(RpcErrorCode.ExpiredTransaction, error.Code);
        Assert.Contains($"ValidUntilBlock {height}", error.Message);
        Assert.Contains($"is outside ({height}, {height + 5760}]", Rpc(error).RpcMessage);
        var tooFar = await SignedAsync(client, new TransactionOptions { ValidUntilBlock = height + 5761 });
        Assert.Equal(-510, (await Assert.ThrowsAsync<TransactionRejectedException>(() => client.SendAsync(tooFar))).Code);
        await AssertStillAccepting();
    }

    [Fact]
    public async Task Low_network_fee_is_minus_511_naming_the_needed_fee()
    {
        using var client = devnet.Client();
        var fair = await SignedAsync(client);
        var tx = await SignedAsync(client, new TransactionOptions { NetworkFee = fair.NetworkFee - 1 });
        var error = await Assert.ThrowsAsync<TransactionRejectedException>(() => client.SendAsync(tx));
        Assert.Equal(RpcErrorCode.InsufficientFunds, error.Code);
        Assert.Contains($"network fee {Gas.Format(fair.NetworkFee - 1)} is too low: this transaction needs {Gas.Format(fair.NetworkFee)}", Rpc(error).RpcMessage);
        await AssertStillAccepting();
    }

    [Fact]
    public async Task Insufficient_gas_is_named_with_need_and_have()
    {
        var poor = DevWallet.NewKey();
        using var client = new ChainClient(new RpcClient(devnet.Server.Url), devnet.Node.Settings.Network, new KeyRing().AddKey(poor));
        var account = KeyRing.StandardAccount(poor.PublicKey);
        var error = await Assert.ThrowsAsync<InsufficientGasException>(() => client.BuildAsync(Script, [ChainClient.EntrySigner(account)]));
        Assert.Matches(@"^insufficient GAS: need 0\.\d+ GAS, have 0 GAS \(sender 0x[0-9a-f]{40}\)$", error.Message);

        var tx = new KeyRing().AddKey(poor).Sign(new Transaction
        {
            SystemFee = 1_000_000, NetworkFee = 2_000_000, ValidUntilBlock = devnet.Node.Height + 10,
            Signers = [ChainClient.EntrySigner(account)], Script = Script,
        }, devnet.Node.Settings.Network);
        var rpc = await Assert.ThrowsAsync<RpcException>(() => client.Rpc.SendRawTransactionAsync(tx));
        Assert.Equal(RpcErrorCode.InsufficientFunds, rpc.Code);
        Assert.Equal("Insufficient funds for fee - InsufficientFunds: insufficient GAS: need 0.03 GAS (system 0.01 GAS + network 0.02 GAS), have 0 GAS", rpc.RpcMessage);
        var explained = await Assert.ThrowsAsync<InsufficientGasException>(() => client.SendAsync(tx));
        Assert.Equal(3_000_000, explained.Need);
        await AssertStillAccepting();
    }

    [Fact]
    public async Task Invalid_script_duplicates_and_failing_tests_have_their_codes()
    {
        using var client = devnet.Client();
        var bad = await SignedAsync(client, new TransactionOptions { SystemFee = 1_000_000 });
        var badScript = devnet.Keys().Sign(new Transaction
        {
            Nonce = 7, SystemFee = 1_000_000, NetworkFee = bad.NetworkFee, ValidUntilBlock = bad.ValidUntilBlock,
            Signers = bad.Signers, Script = new byte[] { 0xFF },
        }, devnet.Node.Settings.Network);
        Assert.Equal(RpcErrorCode.InvalidScript, (await Assert.ThrowsAsync<RpcException>(() => client.Rpc.SendRawTransactionAsync(badScript))).Code);

        var good = await SignedAsync(client);
        await client.SendAsync(good);
        Assert.Equal(RpcErrorCode.AlreadyInPool, (await Assert.ThrowsAsync<TransactionRejectedException>(() => client.SendAsync(good))).Code);
        devnet.Node.ProduceBlock();
        Assert.Equal(RpcErrorCode.AlreadyExists, (await Assert.ThrowsAsync<TransactionRejectedException>(() => client.SendAsync(good))).Code);

        var fault = await Assert.ThrowsAsync<InvocationFaultException>(() =>
            client.BuildAsync(ScriptFactory.DynamicCall(NativeContracts.Neo.Hash, "nosuchmethod"), [ChainClient.EntrySigner(devnet.DevAccount)]));
        Assert.StartsWith("Test invocation FAULTed:", fault.Message);
        await AssertStillAccepting();
    }
}
