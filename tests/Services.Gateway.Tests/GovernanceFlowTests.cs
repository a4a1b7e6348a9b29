using System.Text.Json;
using Protocol.Services.Gateway.Tests.Support;
using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Services.Gateway.Tests;

/// <summary>
/// A governor's path through the gateway, every transaction built by it, signed here and relayed through it: lock 4,000
/// HNT for four years (enough voting power for the DAO's proposal threshold), propose a change of the price feed's max
/// age with a payload, vote for it; then the proposal endpoints show it Voting with the vote in its tally, and the
/// transactions that cannot work yet are refused with the contract's own message.
/// </summary>
[Collection(DevnetCollection.Name)]
public sealed class GovernanceFlowTests(GatewayDevnet devnet)
{
    private HttpClient Http => devnet.Http;

    private string DevKey => Convert.ToHexString(devnet.DevKey.PublicKey.Encode(true));

    [Fact]
    public async Task Lock_propose_and_vote_through_the_gateway_then_read_the_proposal_and_its_tally()
    {
        var dev = Address.FromScriptHash(devnet.DevAccount);
        var locked = await Http.TransactAsync("lock", new { account = dev, publicKey = DevKey, hnt = (4_000 * GatewayDevnet.OneHnt).ToString(), days = 1460 },
            devnet.DevKey, devnet.Network);
        var created = locked.GetProperty("notifications").EnumerateArray().Single(n => n.GetProperty("eventName").GetString() == "PositionCreated");
        var positionId = Hex(created.GetProperty("state").GetProperty("value")[0]);
        var position = await Http.GetOkAsync($"/v1/positions/{positionId}");
        Assert.Equal(JsonValueKind.Null, position.GetProperty("delegatedTo").ValueKind);
        Assert.False(position.GetProperty("inCustody").GetBoolean());

        var proposed = await Http.TransactAsync("propose", new
        {
            publicKey = DevKey, organisation = 0, title = "Shorter price age", uri = "https://example.invalid/p/1",
            choices = new object[]
            {
                new { label = "Yes", payload = new[] { new { contract = "PriceFeed", method = "setMaxAge", args = new[] { new { type = "Integer", value = "300000" } } } } },
                new { label = "No", payload = Array.Empty<object>() },
            },
            positions = new[] { positionId },
        }, devnet.DevKey, devnet.Network);
        var proposalId = Hex(proposed.GetProperty("notifications").EnumerateArray()
            .Single(n => n.GetProperty("eventName").GetString() == "ProposalCreated").GetProperty("state").GetProperty("value")[0]);

        await Http.TransactAsync("vote", new { account = dev, publicKey = DevKey, positionId, proposalId, choice = 0 }, devnet.DevKey, devnet.Network);

        var proposal = await Http.GetOkAsync($"/v1/proposals/{proposalId}");
        Assert.Equal("Voting", proposal.GetProperty("state").GetString());
        Assert.Equal("Shorter price age", proposal.GetProperty("title").GetString());
        Assert.Equal(dev, proposal.GetProperty("proposer").GetProperty("address").GetString());
        var yes = proposal.GetProperty("choices")[0];
        Assert.Equal("Yes", yes.GetProperty("label").GetString());
        Assert.Equal("PriceFeed", yes.GetProperty("payload")[0].GetProperty("targetName").GetString());
        Assert.Equal("setMaxAge", yes.GetProperty("payload")[0].GetProperty("method").GetString());
        var marker = await devnet.Calls.IntegersAsync("Governance", "voteMarker", Convert.FromHexString(proposalId), Convert.FromHexString(positionId));
        Assert.Equal(marker[1].ToString(), yes.Amount("tally"));
        Assert.Equal(yes.Amount("tally"), proposal.Amount("totalVotes"));
        Assert.Equal("0", proposal.GetProperty("choices")[1].Amount("tally"));

        var voting = await Http.GetOkAsync("/v1/proposals?state=voting&organisation=0");
        Assert.Contains(voting.EnumerateArray(), p => p.GetProperty("id").GetString() == proposalId);
        Assert.Empty((await Http.GetOkAsync("/v1/proposals?organisation=1")).EnumerateArray());
        Assert.Equal(1, (await Http.GetOkAsync($"/v1/positions/{positionId}")).GetProperty("activeVotes").GetInt64());

        // Built but not sent: relinquishing works while voting; executing is refused by the contract (not queued), a 422 with its message.
        await Http.PostOkAsync("/v1/transactions/relinquish", new { publicKey = DevKey, positionId, proposalId });
        var refused = await Http.PostProblemAsync("/v1/transactions/execute", new { publicKey = DevKey, proposalId }, 422, "The proposal is not queued for execution: Voting");
        Assert.Contains("not queued", refused.GetProperty("vmException").GetString());
        // The user does not own the position.
        await Http.PostProblemAsync("/v1/transactions/vote", new { publicKey = Convert.ToHexString(devnet.UserKey.PublicKey.Encode(true)), positionId, proposalId, choice = 1 },
            403, $"is owned by {dev}");
    }

    [Fact]
    public async Task Proposal_reads_refuse_bad_ids_unknown_proposals_and_unknown_states()
    {
        await Http.GetProblemAsync("/v1/proposals/abcd", 400, "64 hex digits");
        await Http.GetProblemAsync($"/v1/proposals/{new string('0', 64)}", 404, "No proposal");
        await Http.GetProblemAsync("/v1/proposals?state=Pending", 400, "Draft, Voting, Succeeded, Defeated, Queued, Executed, Cancelled, Expired");
        await Http.GetProblemAsync("/v1/proposals?organisation=70000", 400, "out of range");
    }

    private static string Hex(JsonElement byteString) => Convert.ToHexString(Convert.FromBase64String(byteString.GetProperty("value").GetString()!)).ToLowerInvariant();
}
