using System.Numerics;
using Protocol.Services.Gateway.Tests.Support;
using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Services.Gateway.Tests;

/// <summary>
/// The story's hotspot (issued to the dev account, onboarded at an H3 cell, marked active, paid by a Merkle claim) seen
/// through the gateway, the IOT rewards escrow, and claims the escrow refuses.
/// </summary>
[Collection(DevnetCollection.Name)]
public sealed class HotspotTests(GatewayDevnet devnet)
{
    private HttpClient Http => devnet.Http;

    [Fact]
    public async Task The_owner_s_hotspot_shows_its_record_and_what_the_escrow_paid_it()
    {
        var dev = Address.FromScriptHash(devnet.DevAccount);
        var hotspots = (await Http.GetOkAsync($"/v1/accounts/{dev}/hotspots")).EnumerateArray().ToList();
        var hotspot = Assert.Single(hotspots);
        var tokenId = hotspot.GetProperty("tokenId").GetString()!;
        Assert.Equal(dev, hotspot.GetProperty("owner").GetProperty("address").GetString());
        Assert.Equal(1, hotspot.GetProperty("subDaoId").GetInt64());
        Assert.Equal("full", hotspot.GetProperty("deviceType").GetString());
        Assert.True(hotspot.GetProperty("onboarded").GetBoolean());
        Assert.True(hotspot.GetProperty("active").GetBoolean());
        var info = (Protocol.Toolchain.Vm.Types.Array)await devnet.Calls.CallAsync("HotspotRegistry", "hotspotInfo", Convert.FromHexString(tokenId));
        Assert.Equal("4000000", hotspot.Amount("onboardingFeePaidDc"));   // IOT full; the location fee is not part of the A term
        Assert.Equal(info[8].GetInteger().ToString(), hotspot.Amount("onboardingFeePaidDc"));
        Assert.Equal(info[6].GetInteger().ToString("x16"), hotspot.GetProperty("location").GetString());
        var claimed = await devnet.Calls.IntegerAsync("Rewards", "claimedBy", Convert.FromHexString(tokenId));
        Assert.True(claimed > 0);
        Assert.Equal(claimed.ToString(), hotspot.GetProperty("claimed").GetString());
        Assert.Equal(dev, hotspot.GetProperty("recipient").GetProperty("address").GetString());
        Assert.Equal(hotspot.ToString(), (await Http.GetOkAsync($"/v1/hotspots/{tokenId}")).ToString());
        Assert.Empty((await Http.GetOkAsync($"/v1/accounts/{devnet.User}/hotspots")).EnumerateArray());

        var pool = await Http.GetOkAsync("/v1/subdaos/IOT/rewards");
        var onChain = await devnet.Calls.IntegersAsync("Rewards", "poolInfo", 1);
        Assert.Equal(onChain[1].ToString(), pool.GetProperty("funded").GetString());
        Assert.Equal(onChain[2].ToString(), pool.GetProperty("claimed").GetString());
        Assert.Equal(devnet.FirstEpoch + 1, pool.GetProperty("epoch").GetInt64());
        Assert.Equal(1, pool.GetProperty("quorum").GetInt32());
        Assert.Single(pool.GetProperty("oracleKeys").EnumerateArray());
        Assert.Equal(devnet.Story.Contracts["SubDaoToken.IOT"].ToString(), pool.GetProperty("token").GetString());

        // Claiming again with the total already paid: the escrow refuses (nothing new to pay), a 422 with its message.
        var again = await Http.PostProblemAsync("/v1/transactions/claim-rewards", new
        {
            publicKey = Convert.ToHexString(devnet.UserKey.PublicKey.Encode(true)), tokenId, cumulative = claimed.ToString(), leafIndex = 0, proof = Array.Empty<string>(),
        }, 422);
        Assert.Equal("The contract refused the transaction", again.GetProperty("title").GetString());
        await Http.PostProblemAsync("/v1/transactions/claim-rewards", new
        {
            publicKey = Convert.ToHexString(devnet.UserKey.PublicKey.Encode(true)), tokenId, cumulative = (claimed + 1).ToString(), leafIndex = 0,
            proof = new[] { "zz" },
        }, 400, "proof[0] 'zz' is not an id: expected 64 hex digits");
    }

    [Fact]
    public async Task Hotspot_reads_refuse_bad_and_unknown_ids()
    {
        await Http.GetProblemAsync("/v1/hotspots/1234", 400, "64 hex digits");
        await Http.GetProblemAsync($"/v1/hotspots/{new string('a', 64)}", 404, "No hotspot");
        await Http.GetProblemAsync("/v1/subdaos/9/rewards", 404, "No subDAO '9'");
        await Http.GetProblemAsync($"/v1/accounts/not-an-address/hotspots", 400, "not a Neo address");
    }
}
