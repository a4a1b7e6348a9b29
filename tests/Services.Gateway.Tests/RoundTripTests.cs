using System.Numerics;
using Protocol.Services.Gateway.Tests.Support;
using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Services.Gateway.Tests;

/// <summary>A wallet's whole path: build "buy DC" through the gateway, sign it here with the user's key, relay it, watch it confirm, see the DC arrive.</summary>
[Collection(DevnetCollection.Name)]
public sealed class RoundTripTests(GatewayDevnet devnet)
{
    [Fact]
    public async Task Buy_dc_built_by_the_gateway_signed_by_the_wallet_and_relayed_moves_the_balances()
    {
        var http = devnet.Http;
        var address = Address.FromScriptHash(devnet.User);
        var before = await Balances(address);
        var publicKey = Convert.ToHexString(devnet.UserKey.PublicKey.Encode(true));

        var built = await http.PostOkAsync("/v1/transactions/buy-dc", new { account = address, publicKey, hnt = "100000000" });
        Assert.Equal("buy-dc", built.GetProperty("kind").GetString());
        Assert.Equal(devnet.Network, built.GetProperty("network").GetUInt32());
        Assert.Equal(devnet.User.ToString(), built.GetProperty("sender").GetProperty("scriptHash").GetString());
        Assert.Equal("CalledByEntry", built.GetProperty("signers")[0].GetProperty("scopes").GetString());
        var systemFee = BigInteger.Parse(built.Amount("systemFee"));
        Assert.Equal(BigInteger.Parse(built.GetProperty("testInvocation").Amount("gasConsumed")), systemFee);
        Assert.True(BigInteger.Parse(built.Amount("networkFee")) > 0);
        Assert.Contains(built.GetProperty("testInvocation").GetProperty("notifications").EnumerateArray(),
            n => n.GetProperty("eventName").GetString() == "Minted" && n.GetProperty("contractName").GetString() == "DataCredits");
        Assert.True(built.GetProperty("validUntilBlock").GetUInt32() > await devnet.Dev.Rpc.GetBlockCountAsync());

        var hash = await http.SignAndRelayAsync(built, devnet.UserKey, devnet.Network);
        var status = await http.ConfirmedAsync(hash);
        Assert.Equal("HALT", status.GetProperty("vmState").GetString());
        Assert.True(status.GetProperty("blockIndex").GetUInt32() > 0);
        Assert.Contains(status.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("eventName").GetString() == "Minted");

        var after = await Balances(address);
        Assert.Equal(before["DC"] + 500_000, after["DC"]);             // 1 HNT at $5.00, confidence 0
        Assert.Equal(before["HNT"] - GatewayDevnet.OneHnt, after["HNT"]);
        Assert.True(after["GAS"] <= before["GAS"] - systemFee);
    }

    private async Task<Dictionary<string, BigInteger>> Balances(string account) =>
        (await devnet.Http.GetOkAsync($"/v1/accounts/{account}/balances")).GetProperty("balances").EnumerateArray()
            .ToDictionary(b => b.GetProperty("symbol").GetString()!, b => BigInteger.Parse(b.GetProperty("amount").GetString()!));
}
