using System.Numerics;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Services.Gateway.Quotes;
using Protocol.Services.Gateway.Reads;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.Gateway.Transactions;

/// <summary>
/// The token transactions: buy DC (HNT.transfer to Data Credits), delegate DC, lock HNT as veHNT (HNT.transfer to
/// VoteEscrow), redeem DNT at a treasury and claim hotspot rewards. HNT's transfer returns false instead of failing when
/// the balance is short, so the builder refuses a test invocation that returned false and says what the account holds.
/// </summary>
public sealed class TokenTransactions(ProtocolReader reader, TransactionBuilder builder, SubDaoDirectory subDaos, QuoteService quotes)
{
    private const long MaxLockDays = 1_460;

    public async Task<UnsignedTransactionView> BuyDcAsync(BuyDcRequest r, CancellationToken ct)
    {
        var (account, verification) = builder.Signer(r);
        var c = reader.Contracts;
        if (string.IsNullOrWhiteSpace(r.Hnt) == string.IsNullOrWhiteSpace(r.Dc))
            throw ApiProblem.BadRequest("Give exactly one of hnt (bones to burn) and dc (the exact DC wanted).");
        UInt160? recipient = string.IsNullOrWhiteSpace(r.Recipient) ? null : Inputs.Account(r.Recipient, "recipient", reader.AddressVersion);
        BigInteger hnt;
        object? data;
        if (r.Dc is { Length: > 0 })
        {
            var dc = Inputs.Amount(r.Dc, "dc", 1);
            hnt = (await quotes.DataCreditsQuoteAsync("quoteHntForDc", dc, ct)).Amount;
            data = new object[] { recipient ?? account, dc };
        }
        else
        {
            hnt = Inputs.Amount(r.Hnt, "hnt", 1);
            data = recipient;
        }
        var script = ScriptFactory.DynamicCall(c.Hnt, "transfer", ContractParameter.Hash160(account), ContractParameter.Hash160(c.DataCredits),
            ContractParameter.Integer(hnt), ContractParameter.From(data));
        return await builder.BuildAsync("buy-dc", account, verification, script, await TransferRefusalAsync(account, hnt, ct), ct);
    }

    public async Task<UnsignedTransactionView> DelegateDcAsync(DelegateDcRequest r, CancellationToken ct)
    {
        var (account, verification) = builder.Signer(r);
        var dc = Inputs.Amount(r.Dc, "dc", 1);
        if (string.IsNullOrEmpty(r.RouterKey)) throw ApiProblem.BadRequest("routerKey is required: the router's key as text.");
        var subDao = await subDaos.FindAsync(r.SubDao ?? throw ApiProblem.BadRequest("subDao is required: a subDAO id or symbol."), ct);
        var script = ScriptFactory.DynamicCall(reader.Contracts.DataCredits, "delegate", ContractParameter.Hash160(account),
            ContractParameter.Integer(subDao.Id), ContractParameter.ByteArray(System.Text.Encoding.UTF8.GetBytes(r.RouterKey)), ContractParameter.Integer(dc));
        return await builder.BuildAsync("delegate-dc", account, verification, script, null, ct);
    }

    public async Task<UnsignedTransactionView> LockAsync(LockRequest r, CancellationToken ct)
    {
        var (account, verification) = builder.Signer(r);
        var hnt = Inputs.Amount(r.Hnt, "hnt", 1);
        long days = Inputs.Integer(r.Days, "days", 1, MaxLockDays);
        long kind = (r.Kind ?? "cliff").ToLowerInvariant() switch
        {
            "cliff" => 0,
            "constant" => 1,
            _ => throw ApiProblem.BadRequest($"kind '{r.Kind}' is not a lockup kind: \"cliff\" or \"constant\"."),
        };
        var c = reader.Contracts;
        var script = ScriptFactory.DynamicCall(c.Hnt, "transfer", ContractParameter.Hash160(account), ContractParameter.Hash160(c.VoteEscrow),
            ContractParameter.Integer(hnt), ContractParameter.Array(ContractParameter.Integer(kind), ContractParameter.Integer(days)));
        return await builder.BuildAsync("lock", account, verification, script, await TransferRefusalAsync(account, hnt, ct), ct);
    }

    public async Task<UnsignedTransactionView> RedeemAsync(RedeemRequest r, CancellationToken ct)
    {
        var (account, verification) = builder.Signer(r);
        var subDao = await subDaos.FindAsync(r.SubDao ?? throw ApiProblem.BadRequest("subDao is required: a subDAO id or symbol."), ct);
        var dnt = Inputs.Amount(r.Dnt, "dnt", 1);
        var min = Inputs.OptionalAmount(r.MinHnt, "minHnt", 0);
        if (min is null)
        {
            long slippage = r.SlippageBps is null ? 100 : Inputs.Integer(r.SlippageBps, "slippageBps", 0, 10_000);
            var quote = BigInteger.Parse((await quotes.RedeemAsync(subDao.Id.ToString(), dnt, ct)).Hnt.Amount);
            min = quote * (10_000 - slippage) / 10_000;
        }
        var script = ScriptFactory.DynamicCall(subDao.Treasury, "redeem", ContractParameter.Hash160(account), ContractParameter.Integer(dnt),
            ContractParameter.Integer(min.Value));
        return await builder.BuildAsync("redeem", account, verification, script, null, ct);
    }

    public async Task<UnsignedTransactionView> ClaimRewardsAsync(ClaimRewardsRequest r, CancellationToken ct)
    {
        var (account, verification) = builder.Signer(r);
        var rewards = reader.Contracts.Rewards ?? throw ApiProblem.NotFound("The gateway has no Rewards escrow configured (Gateway:Contracts).");
        var tokenId = Inputs.Id(r.TokenId, "tokenId", 32);
        var cumulative = Inputs.Amount(r.Cumulative, "cumulative", 1, ulong.MaxValue);
        long leaf = Inputs.Integer(r.LeafIndex, "leafIndex", 0, uint.MaxValue);
        if (r.Proof is null || r.Proof.Count > 32) throw ApiProblem.BadRequest("proof is required: 0 to 32 sibling hashes (hex, 32 bytes each).");
        var proof = r.Proof.Select((p, i) => ContractParameter.ByteArray(Inputs.Id(p, $"proof[{i}]", 32))).ToArray();
        var script = ScriptFactory.DynamicCall(rewards, "claim", ContractParameter.ByteArray(tokenId), ContractParameter.Integer(cumulative),
            ContractParameter.Integer(leaf), ContractParameter.Array(proof));
        return await builder.BuildAsync("claim-rewards", account, verification, script, null, ct);
    }

    /// <summary>HNT.transfer returns false when the balance is short: refuse it with the balance.</summary>
    private async Task<Func<RpcInvokeResult, string?>> TransferRefusalAsync(UInt160 account, BigInteger hnt, CancellationToken ct)
    {
        var balance = (await reader.CallAsync(reader.Contracts.Hnt, "balanceOf", account)).Int();
        return test => test.Stack.Count > 0 && test.Stack[^1].Bool() ? null
            : $"HNT.transfer returned false: the account holds {TokenAmount.Format(balance, 8)} HNT and the transaction moves {TokenAmount.Format(hnt, 8)} HNT.";
    }
}
