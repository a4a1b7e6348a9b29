using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Services.Gateway.Reads;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.Gateway.Transactions;

/// <summary>
/// veHNT position transactions (VoteEscrow.extend, delegate, undelegate, claimDelegationRewards). Each first checks the
/// position exists (404) and belongs to the account (403), then lets the test invocation judge the rest.
/// </summary>
public sealed class PositionTransactions(ProtocolReader reader, TransactionBuilder builder, PositionsReader positions, SubDaoDirectory subDaos)
{
    public async Task<UnsignedTransactionView> ExtendAsync(ExtendRequest r, CancellationToken ct)
    {
        var (account, verification, id) = await OwnedAsync(r, ct);
        long days = Inputs.Integer(r.Days, "days", 1, 1_460);
        return await BuildAsync("extend", account, verification, "extend", ct, ContractParameter.ByteArray(id), ContractParameter.Integer(days));
    }

    public async Task<UnsignedTransactionView> DelegateAsync(DelegatePositionRequest r, CancellationToken ct)
    {
        var (account, verification, id) = await OwnedAsync(r, ct);
        var subDao = await subDaos.FindAsync(r.SubDao ?? throw ApiProblem.BadRequest("subDao is required: a subDAO id or symbol."), ct);
        return await BuildAsync("delegate", account, verification, "delegate", ct, ContractParameter.ByteArray(id), ContractParameter.Integer(subDao.Id));
    }

    public async Task<UnsignedTransactionView> UndelegateAsync(PositionRequest r, CancellationToken ct)
    {
        var (account, verification, id) = await OwnedAsync(r, ct);
        return await BuildAsync("undelegate", account, verification, "undelegate", ct, ContractParameter.ByteArray(id));
    }

    public async Task<UnsignedTransactionView> ClaimAsync(ClaimDelegationRequest r, CancellationToken ct)
    {
        var (account, verification, id) = await OwnedAsync(r, ct);
        long epoch = Inputs.Integer(r.Epoch, "epoch", 0, long.MaxValue);
        return await BuildAsync("claim", account, verification, "claimDelegationRewards", ct, ContractParameter.ByteArray(id), ContractParameter.Integer(epoch));
    }

    /// <summary>The signer and the position id, once the position is known to be the account's.</summary>
    internal async Task<(UInt160 Account, byte[] Verification, byte[] Id)> OwnedAsync(PositionRequest r, CancellationToken ct)
    {
        var (account, verification) = builder.Signer(r);
        var id = Inputs.Id(r.PositionId, "positionId", 8);
        var owner = await positions.OwnerAsync(id, ct);
        if (owner != account)
            throw ApiProblem.Forbidden($"Position {Convert.ToHexString(id).ToLowerInvariant()} is owned by {Address.FromScriptHash(owner, reader.AddressVersion)}, "
                + $"not by {Address.FromScriptHash(account, reader.AddressVersion)}.");
        return (account, verification, id);
    }

    private Task<UnsignedTransactionView> BuildAsync(string kind, UInt160 account, byte[] verification, string method, CancellationToken ct,
        params ContractParameter[] args) =>
        builder.BuildAsync(kind, account, verification, ScriptFactory.DynamicCall(reader.Contracts.VoteEscrow, method, args), null, ct);
}
