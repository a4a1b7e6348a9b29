using Microsoft.AspNetCore.Http.HttpResults;
using Protocol.Services.Gateway.Transactions;

namespace Protocol.Services.Gateway.Endpoints;

/// <summary>
/// POST /v1/transactions/{kind}: an unsigned transaction for the body's request, ready to sign; POST /v1/transactions
/// relays a signed one; GET /v1/transactions/{hash} tracks it.
/// </summary>
public static class TransactionsApi
{
    public static RouteGroupBuilder MapTransactionsApi(this RouteGroupBuilder v1)
    {
        var tx = v1.MapGroup("/transactions").WithTags("Transactions");
        Build<BuyDcRequest, TokenTransactions>(tx, "buy-dc", "Burn HNT for DC (HNT.transfer to Data Credits).", (s, r, ct) => s.BuyDcAsync(r, ct));
        Build<DelegateDcRequest, TokenTransactions>(tx, "delegate-dc", "Move DC into a subDAO router's escrow.", (s, r, ct) => s.DelegateDcAsync(r, ct));
        Build<LockRequest, TokenTransactions>(tx, "lock", "Lock HNT as a veHNT position (HNT.transfer to VoteEscrow).", (s, r, ct) => s.LockAsync(r, ct));
        Build<ExtendRequest, PositionTransactions>(tx, "extend", "Extend a position's lockup.", (s, r, ct) => s.ExtendAsync(r, ct));
        Build<DelegatePositionRequest, PositionTransactions>(tx, "delegate", "Delegate a position to a subDAO.", (s, r, ct) => s.DelegateAsync(r, ct));
        Build<PositionRequest, PositionTransactions>(tx, "undelegate", "Undelegate a position.", (s, r, ct) => s.UndelegateAsync(r, ct));
        Build<ClaimDelegationRequest, PositionTransactions>(tx, "claim", "Claim a position's delegation rewards for an epoch.", (s, r, ct) => s.ClaimAsync(r, ct));
        Build<ProposeRequest, GovernanceTransactions>(tx, "propose", "Make a proposal with choices and payloads.", (s, r, ct) => s.ProposeAsync(r, ct));
        Build<VoteRequest, GovernanceTransactions>(tx, "vote", "Vote on a proposal with a position.", (s, r, ct) => s.VoteAsync(r, ct));
        Build<RelinquishRequest, GovernanceTransactions>(tx, "relinquish", "Withdraw a position's vote.", (s, r, ct) => s.RelinquishAsync(r, ct));
        Build<ExecuteRequest, GovernanceTransactions>(tx, "execute", "Execute a queued proposal's payload.", (s, r, ct) => s.ExecuteAsync(r, ct));
        Build<RedeemRequest, TokenTransactions>(tx, "redeem", "Redeem a subDAO token for HNT at its treasury.", (s, r, ct) => s.RedeemAsync(r, ct));
        Build<ClaimRewardsRequest, TokenTransactions>(tx, "claim-rewards", "Claim a hotspot's rewards with a Merkle proof.",
            (s, r, ct) => s.ClaimRewardsAsync(r, ct));
        tx.MapPost("/", async Task<Accepted<RelayedView>> (RelayRequest request, RelayService relay, CancellationToken ct) =>
            {
                var relayed = await relay.RelayAsync(request, ct);
                return TypedResults.Accepted(relayed.Location, relayed);
            })
            .WithName("RelayTransaction").WithSummary("Relay a signed transaction (base64) to the node.");
        tx.MapGet("/{hash}", async Task<Ok<TransactionStatusView>> (string hash, RelayService relay, CancellationToken ct) =>
                TypedResults.Ok(await relay.StatusAsync(hash, ct)))
            .WithName("GetTransaction").WithSummary("A transaction's status: pending, confirmed (VM state, events) or unknown (404).");
        return v1;
    }

    private static void Build<TRequest, TService>(RouteGroupBuilder group, string kind, string summary,
        Func<TService, TRequest, CancellationToken, Task<UnsignedTransactionView>> build)
        where TRequest : class where TService : notnull =>
        group.MapPost("/" + kind, async Task<Ok<UnsignedTransactionView>> (TRequest request, TService service, CancellationToken ct) =>
                TypedResults.Ok(await build(service, request, ct)))
            .WithName("Build" + string.Concat(kind.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])))
            .WithSummary(summary);
}
