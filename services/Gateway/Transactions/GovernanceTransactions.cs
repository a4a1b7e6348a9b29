using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Toolchain.Chain.Transactions;

namespace Protocol.Services.Gateway.Transactions;

/// <summary>
/// Governance transactions: propose (choices with payloads of contract calls, named by record name or hash, arguments
/// in Neo's ContractParameter JSON), vote and relinquish with a position the account owns, and execute (anyone).
/// </summary>
public sealed class GovernanceTransactions(ProtocolReader reader, TransactionBuilder builder, PositionTransactions positions)
{
    public async Task<UnsignedTransactionView> ProposeAsync(ProposeRequest r, CancellationToken ct)
    {
        var (account, verification) = builder.Signer(r);
        long organisation = Inputs.Integer(r.Organisation, "organisation", 0, 65_535);
        if (string.IsNullOrEmpty(r.Title)) throw ApiProblem.BadRequest("title is required (1 to 256 bytes).");
        if (r.Choices is not { Count: >= 2 and <= 8 }) throw ApiProblem.BadRequest("choices must list 2 to 8 choices, each {label, payload}.");
        var choices = r.Choices.Select((c, i) => ContractParameter.Array(
            ContractParameter.String(string.IsNullOrEmpty(c.Label) ? throw ApiProblem.BadRequest($"choices[{i}].label is required.") : c.Label),
            ContractParameter.Array((c.Payload ?? []).Select((call, j) => Call(call, $"choices[{i}].payload[{j}]")).ToArray()))).ToArray();
        var ids = (r.Positions ?? []).Select((p, i) => ContractParameter.ByteArray(Inputs.Id(p, $"positions[{i}]", 8))).ToArray();
        var script = ScriptFactory.DynamicCall(reader.Contracts.Governance, "propose", ContractParameter.Integer(organisation),
            ContractParameter.Hash160(account), ContractParameter.String(r.Title), ContractParameter.String(r.Uri ?? ""), ContractParameter.Array(choices),
            ContractParameter.Array(ids));
        return await builder.BuildAsync("propose", account, verification, script, null, ct);
    }

    public async Task<UnsignedTransactionView> VoteAsync(VoteRequest r, CancellationToken ct)
    {
        var (account, verification, id) = await positions.OwnedAsync(r, ct);
        var proposal = Inputs.Id(r.ProposalId, "proposalId", 32);
        long choice = Inputs.Integer(r.Choice, "choice", 0, 7);
        var script = ScriptFactory.DynamicCall(reader.Contracts.Governance, "vote", ContractParameter.ByteArray(id), ContractParameter.ByteArray(proposal),
            ContractParameter.Integer(choice));
        return await builder.BuildAsync("vote", account, verification, script, null, ct);
    }

    public async Task<UnsignedTransactionView> RelinquishAsync(RelinquishRequest r, CancellationToken ct)
    {
        var (account, verification, id) = await positions.OwnedAsync(r, ct);
        var proposal = Inputs.Id(r.ProposalId, "proposalId", 32);
        var script = ScriptFactory.DynamicCall(reader.Contracts.Governance, "relinquish", ContractParameter.ByteArray(id), ContractParameter.ByteArray(proposal));
        return await builder.BuildAsync("relinquish", account, verification, script, null, ct);
    }

    public async Task<UnsignedTransactionView> ExecuteAsync(ExecuteRequest r, CancellationToken ct)
    {
        var (account, verification) = builder.Signer(r);
        var proposal = Inputs.Id(r.ProposalId, "proposalId", 32);
        var script = ScriptFactory.DynamicCall(reader.Contracts.Governance, "execute", ContractParameter.ByteArray(proposal));
        return await builder.BuildAsync("execute", account, verification, script, null, ct);
    }

    private ContractParameter Call(PayloadCallRequest call, string at)
    {
        var target = reader.Contracts.Resolve(call.Contract ?? "")
            ?? throw ApiProblem.BadRequest($"{at}.contract '{call.Contract}' is neither a protocol contract name nor a 0x-hash.");
        if (string.IsNullOrEmpty(call.Method)) throw ApiProblem.BadRequest($"{at}.method is required.");
        var args = (call.Args ?? []).Select((a, k) =>
        {
            try
            {
                return ContractParameter.FromJson(a);
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException)
            {
                throw ApiProblem.BadRequest($"{at}.args[{k}] is not a Neo contract parameter ({{\"type\", \"value\"}}): {ex.Message}");
            }
        }).ToArray();
        return ContractParameter.Array(ContractParameter.Hash160(target), ContractParameter.String(call.Method), ContractParameter.Array(args));
    }
}
