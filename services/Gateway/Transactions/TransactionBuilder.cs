using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Services.Gateway.Options;
using Protocol.Services.Gateway.Reads;
using Protocol.Toolchain.Chain.Json;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.Gateway.Transactions;

/// <summary>
/// Builds unsigned transactions the way Neo's wallets do, over RPC: the script is test-invoked with the account as
/// CalledByEntry signer (a FAULT becomes 422 with the contract's message), the system fee is the GAS it consumed, the
/// network fee comes from calculatenetworkfee with the account's verification script in the witness, ValidUntilBlock is
/// the current height plus the node's MaxValidUntilBlockIncrement (or Gateway:Transactions:ValidForBlocks), and the
/// account must hold the fees in GAS.
/// </summary>
public sealed class TransactionBuilder(ProtocolReader reader, IOptions<GatewayOptions> options)
{
    /// <summary>The account and its verification script from the request; 400 when they are missing or disagree.</summary>
    public (UInt160 Account, byte[] Verification) Signer(SignerRequest request)
    {
        byte[] script;
        string from;
        if (!string.IsNullOrWhiteSpace(request.PublicKey))
        {
            script = VerificationScripts.CreateSignature(Inputs.PublicKey(request.PublicKey, "publicKey"));
            from = "publicKey";
        }
        else if (!string.IsNullOrWhiteSpace(request.VerificationScript))
        {
            script = Inputs.Base64(request.VerificationScript, "verificationScript");
            from = "verificationScript";
        }
        else throw ApiProblem.BadRequest("publicKey (hex, a standard account's key) or verificationScript (base64) is required to compute the network fee of the account's witness.");
        var derived = UInt160.FromScript(script);
        if (string.IsNullOrWhiteSpace(request.Account)) return (derived, script);
        var account = Inputs.Account(request.Account, "account", reader.AddressVersion);
        if (account != derived)
            throw ApiProblem.BadRequest($"The {from} belongs to {Address.FromScriptHash(derived, reader.AddressVersion)}, not to the account {Address.FromScriptHash(account, reader.AddressVersion)}.");
        return (account, script);
    }

    /// <param name="refusal">Given the successful test invocation, a reason to refuse it anyway (a NEP-17 transfer that returned false).</param>
    public async Task<UnsignedTransactionView> BuildAsync(string kind, UInt160 account, byte[] verification, byte[] script,
        Func<RpcInvokeResult, string?>? refusal = null, CancellationToken ct = default)
    {
        var settings = options.Value.Transactions;
        var version = await reader.VersionAsync(ct);
        Signer[] signers = [new(account, WitnessScope.CalledByEntry)];
        var test = await reader.Rpc.InvokeScriptAsync(script, signers, ct);
        if (!test.Halted)
            throw ApiProblem.Unprocessable("The contract refused the transaction", test.Exception ?? "The test invocation ended in FAULT.")
                .With("vmException", test.Exception).With("gasConsumed", test.GasConsumed.ToString());
        if (refusal?.Invoke(test) is { } reason) throw ApiProblem.Unprocessable("The transaction would do nothing", reason);
        uint height = await reader.Rpc.GetBlockCountAsync(ct) - 1;
        uint validUntil = height + (settings.ValidForBlocks > 0 ? (uint)settings.ValidForBlocks : version.MaxValidUntilBlockIncrement);
        long systemFee = test.GasConsumed + settings.SystemFeeMarginDatoshi;
        uint nonce = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
        var priced = new Transaction
        {
            Nonce = nonce, SystemFee = systemFee, ValidUntilBlock = validUntil, Signers = signers, Script = script,
            Witnesses = [new Witness(ReadOnlyMemory<byte>.Empty, verification)],
        };
        long networkFee = await reader.Rpc.CalculateNetworkFeeAsync(priced, ct);
        var tx = new Transaction { Nonce = nonce, SystemFee = systemFee, NetworkFee = networkFee, ValidUntilBlock = validUntil, Signers = signers, Script = script };
        var gas = (await reader.CallAsync(NativeContracts.Gas.Hash, "balanceOf", account)).Int();
        if (gas < systemFee + networkFee)
            throw ApiProblem.Unprocessable("Insufficient GAS",
                $"The account holds {TokenAmount.Format(gas, 8)} GAS; the transaction needs {TokenAmount.Format(systemFee + networkFee, 8)} GAS in fees.");
        return new UnsignedTransactionView(kind, tx.Hash.ToString(), Convert.ToBase64String(tx.ToArray()),
            Convert.ToHexString(tx.GetSignData(reader.Network)).ToLowerInvariant(), reader.Network, AccountView.Of(account, reader.AddressVersion),
            [new SignerView(account.ToString(), nameof(WitnessScope.CalledByEntry))], Convert.ToBase64String(script), TokenAmount.Gas(systemFee),
            TokenAmount.Gas(networkFee), TokenAmount.Gas(systemFee + networkFee), validUntil, nonce, Test(test));
    }

    private TestInvocationView Test(RpcInvokeResult test) => new(test.State, TokenAmount.Gas(test.GasConsumed),
        test.Stack.Select(s => JsonNode.Parse(StackItemJson.ToJson(s))).ToList(), test.Notifications.Select(Notification).ToList());

    public NotificationView Notification(RpcNotification n) =>
        new(n.Contract.ToString(), reader.Contracts.NameOf(n.Contract), n.EventName, JsonNode.Parse(StackItemJson.ToJson(n.State)));
}
