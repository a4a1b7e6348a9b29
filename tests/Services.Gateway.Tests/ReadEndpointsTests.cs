using System.Numerics;
using Protocol.Services.Gateway.Tests.Support;
using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Services.Gateway.Tests;

/// <summary>
/// The read endpoints against the story's chain, each checked against the contracts read directly over RPC (or the
/// story's known amounts), and each with its bad inputs.
/// </summary>
[Collection(DevnetCollection.Name)]
public sealed class ReadEndpointsTests(GatewayDevnet devnet)
{
    private HttpClient Http => devnet.Http;

    [Fact]
    public async Task Balances_by_address_and_by_hash_agree_with_the_tokens()
    {
        var dev = devnet.DevAccount;
        var byAddress = await Http.GetOkAsync($"/v1/accounts/{Address.FromScriptHash(dev)}/balances");
        var byHash = await Http.GetOkAsync($"/v1/accounts/{dev}/balances");
        // GAS moves with every block (the dev account is the validator), so compare the protocol's tokens.
        Assert.Equal(byAddress.GetProperty("balances").EnumerateArray().Take(4).Select(b => b.ToString()),
            byHash.GetProperty("balances").EnumerateArray().Take(4).Select(b => b.ToString()));
        Assert.Equal(Address.FromScriptHash(dev), byHash.GetProperty("account").GetProperty("address").GetString());
        var balances = byHash.GetProperty("balances").EnumerateArray().ToDictionary(b => b.GetProperty("symbol").GetString()!);
        Assert.Equal(["HNT", "DC", "IOT", "MOBILE", "GAS"], balances.Keys);
        foreach (var (symbol, contract) in new[] { ("HNT", "Hnt"), ("DC", "DataCredits"), ("IOT", "SubDaoToken.IOT"), ("MOBILE", "SubDaoToken.MOBILE") })
        {
            Assert.Equal(devnet.Story.Contracts[contract].ToString(), balances[symbol].GetProperty("contract").GetString());
            Assert.Equal((await devnet.Calls.BalanceAsync(contract, dev)).ToString(), balances[symbol].GetProperty("amount").GetString());
        }
        Assert.Equal(0, balances["DC"].GetProperty("decimals").GetInt32());
        Assert.Equal(6, balances["IOT"].GetProperty("decimals").GetInt32());
        var hnt = BigInteger.Parse(balances["HNT"].GetProperty("amount").GetString()!);
        Assert.Equal(((decimal)hnt / 100_000_000m).ToString(System.Globalization.CultureInfo.InvariantCulture), balances["HNT"].GetProperty("display").GetString());
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("0x1234")]
    [InlineData("NZNovBUmCdqkXkHzYYnQXpXbLGNCsx2nkd5")]
    public async Task A_bad_account_is_a_400_naming_both_formats(string account)
    {
        var problem = await Http.GetProblemAsync($"/v1/accounts/{account}/balances", 400, account);
        Assert.Contains(account.StartsWith("0x") ? "40 hex digits" : "Neo address", problem.GetProperty("detail").GetString());
        await Http.GetProblemAsync($"/v1/accounts/{account}/positions", 400, account);
    }

    [Fact]
    public async Task Positions_include_the_delegated_one_held_in_custody_with_voting_power_now_and_later()
    {
        var now = await devnet.ChainTimeAsync();
        var later = now + 100L * 86_400_000;
        var json = await Http.GetOkAsync($"/v1/accounts/{Address.FromScriptHash(devnet.DevAccount)}/positions?at={later}");
        var id = Convert.ToHexString(devnet.Story.PositionId).ToLowerInvariant();
        var position = json.GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);
        Assert.Equal("cliff", position.GetProperty("kind").GetString());
        Assert.Equal(1, position.GetProperty("delegatedTo").GetInt64());
        Assert.True(position.GetProperty("inCustody").GetBoolean());
        Assert.Equal((1_000 * GatewayDevnet.OneHnt).ToString(), position.Amount("amount"));
        var nowMs = json.GetProperty("nowMs").GetInt64();
        Assert.Equal((await devnet.Calls.IntegerAsync("VoteEscrow", "votingPower", devnet.Story.PositionId, nowMs)).ToString(), position.Amount("votingPower"));
        Assert.Equal((await devnet.Calls.IntegerAsync("VoteEscrow", "votingPower", devnet.Story.PositionId, later)).ToString(), position.Amount("votingPowerAt"));
        Assert.True(BigInteger.Parse(position.Amount("votingPowerAt")) < BigInteger.Parse(position.Amount("votingPower")));

        // A block may land between the two reads (voting power decays with chain time): compare at the time each read used.
        var one = await Http.GetOkAsync($"/v1/positions/{id}");
        var oneNowMs = one.GetProperty("nowMs").GetInt64();
        Assert.Equal((await devnet.Calls.IntegerAsync("VoteEscrow", "votingPower", devnet.Story.PositionId, oneNowMs)).ToString(), one.Amount("votingPower"));
        Assert.Equal(JsonNull, one.GetProperty("votingPowerAt").ValueKind);
        Assert.Empty((await Http.GetOkAsync($"/v1/accounts/{devnet.User}/positions")).GetProperty("positions").EnumerateArray());
    }

    [Fact]
    public async Task Position_reads_refuse_bad_ids_times_and_unknown_positions()
    {
        await Http.GetProblemAsync($"/v1/accounts/{devnet.DevAccount}/positions?at=soon", 400, "at 'soon' is not an integer");
        await Http.GetProblemAsync($"/v1/accounts/{devnet.DevAccount}/positions?at=-5", 400, "out of range");
        await Http.GetProblemAsync("/v1/positions/xyz", 400, "16 hex digits");
        await Http.GetProblemAsync("/v1/positions/00000000000000ff", 404, "No veHNT position 00000000000000ff");
    }

    [Fact]
    public async Task SubDaos_show_treasuries_supplies_delegation_and_each_closed_epoch()
    {
        var list = (await Http.GetOkAsync("/v1/subdaos")).EnumerateArray().ToList();
        Assert.Equal(["IOT", "MOBILE"], list.Select(s => s.GetProperty("symbol").GetString()));
        var iot = list[0];
        Assert.Equal((await devnet.Calls.BalanceAsync("Hnt", devnet.Story.Contracts["Treasury.IOT"])).ToString(), iot.Amount("treasuryHnt"));
        Assert.Equal((await devnet.Calls.IntegerAsync("SubDaoToken.IOT", "totalSupply")).ToString(), iot.Amount("dntSupply"));
        Assert.True(BigInteger.Parse(iot.Amount("delegatedVeHnt")) > 0);
        Assert.Equal("0", list[1].Amount("delegatedVeHnt"));

        var first = devnet.FirstEpoch;
        var detail = await Http.GetOkAsync($"/v1/subdaos/iot?from={first}&to={first + 1}");
        var epochs = detail.GetProperty("epochs").EnumerateArray().ToList();
        Assert.Equal([first, first + 1], epochs.Select(e => e.GetProperty("epoch").GetInt64()));
        Assert.Equal("4000000", epochs[0].Amount("dcBurned"));
        var result = await devnet.Calls.IntegersAsync("Dao", "epochResult", 1, first);
        Assert.Equal(result[0].ToString(), epochs[0].GetProperty("utilityScore").GetString());
        Assert.Equal(result[1].ToString(), epochs[0].Amount("hntToTreasury"));
        var mobile = (await Http.GetOkAsync($"/v1/subdaos/2?from={first}&to={first + 1}")).GetProperty("epochs")[0];
        var shares = epochs[0].GetProperty("utilityShareBps").GetInt64() + mobile.GetProperty("utilityShareBps").GetInt64();
        Assert.InRange(shares, 9_998, 10_000);
        Assert.True(epochs[0].GetProperty("utilityShareBps").GetInt64() > mobile.GetProperty("utilityShareBps").GetInt64());

        await Http.GetProblemAsync("/v1/subdaos/NOPE", 404, "No subDAO 'NOPE'", "1 (IOT), 2 (MOBILE)");
        await Http.GetProblemAsync($"/v1/subdaos/IOT?from={first + 5}&to={first}", 400, "is after");
        await Http.GetProblemAsync($"/v1/subdaos/IOT?from=0&to=100000", 400, "at most 200");
    }

    [Fact]
    public async Task Epochs_report_each_close_and_the_supply()
    {
        var first = devnet.FirstEpoch;
        var json = await Http.GetOkAsync($"/v1/epochs?from={first}&to={first + 2}");
        var economy = json.GetProperty("economy");
        Assert.Equal(first, economy.GetProperty("firstEpoch").GetInt64());
        Assert.Equal(3600, economy.GetProperty("epochLengthSeconds").GetInt64());
        Assert.Equal((await devnet.Calls.IntegerAsync("Hnt", "totalSupply")).ToString(), economy.Amount("hntSupply"));
        Assert.Equal((await devnet.Calls.IntegerAsync("Hnt", "totalBurned")).ToString(), economy.Amount("hntBurned"));
        var epochs = json.GetProperty("epochs").EnumerateArray().ToList();
        Assert.True(epochs[0].GetProperty("closed").GetBoolean() && epochs[1].GetProperty("closed").GetBoolean());
        var summary = await devnet.Calls.IntegersAsync("Dao", "epochSummary", first);
        Assert.Equal(summary[0].ToString(), epochs[0].Amount("scheduled"));
        Assert.Equal(summary[3].ToString(), epochs[0].Amount("issued"));
        var issued = BigInteger.Parse(epochs[0].Amount("issued")) + BigInteger.Parse(epochs[1].Amount("issued"));
        Assert.Equal(issued.ToString(), epochs[1].Amount("issuedCumulative"));
        Assert.Equal(first * 3_600_000, epochs[0].GetProperty("startMs").GetInt64());
        Assert.False(epochs[2].GetProperty("closed").GetBoolean());
        Assert.Equal(JsonNull, epochs[2].GetProperty("issued").ValueKind);

        var recent = (await Http.GetOkAsync("/v1/epochs")).GetProperty("epochs").EnumerateArray().ToList();
        Assert.Equal(first, recent[0].GetProperty("epoch").GetInt64());
        Assert.Equal(economy.GetProperty("currentEpoch").GetInt64(), recent[^1].GetProperty("epoch").GetInt64());
        await Http.GetProblemAsync("/v1/epochs?from=abc", 400, "from 'abc' is not an integer");
    }

    [Fact]
    public async Task Price_shows_the_median_the_conservative_price_and_the_quorum()
    {
        var json = await Http.GetOkAsync("/v1/price");
        Assert.Equal("500000000", json.Amount("price"));
        Assert.Equal("5", json.GetProperty("price").GetProperty("display").GetString());
        Assert.Equal("500000000", json.Amount("conservativePrice"));
        var quorum = json.GetProperty("quorum");
        Assert.True(quorum.GetProperty("met").GetBoolean());
        Assert.Equal(1, quorum.GetProperty("oracles").GetInt32());
        Assert.Equal(1, quorum.GetProperty("fresh").GetInt32());
        var oracle = json.GetProperty("oracles")[0];
        Assert.Equal(devnet.DevAccount.ToString(), oracle.GetProperty("oracle").GetProperty("scriptHash").GetString());
        Assert.True(oracle.GetProperty("fresh").GetBoolean());
        Assert.Equal(JsonNull, json.GetProperty("problem").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
