using System.Numerics;
using Protocol.Services.Gateway.Tests.Support;
using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Services.Gateway.Tests;

/// <summary>
/// Every transaction kind built against the story's chain (not sent): the valid ones answer an unsigned transaction whose
/// script calls the right contract, the refused ones the right status and message — 400 for bad input, 403 for another's
/// position, 404 for unknown things, 422 when the contract FAULTs or a transfer would do nothing.
/// </summary>
[Collection(DevnetCollection.Name)]
public sealed class TransactionBuildTests(GatewayDevnet devnet)
{
    private HttpClient Http => devnet.Http;

    private string DevKey => Convert.ToHexString(devnet.DevKey.PublicKey.Encode(true));

    private string UserKey => Convert.ToHexString(devnet.UserKey.PublicKey.Encode(true));

    private string PositionId => Convert.ToHexString(devnet.Story.PositionId).ToLowerInvariant();

    [Fact]
    public async Task Each_valid_kind_builds_an_unsigned_transaction_with_fees_and_its_events()
    {
        var cases = new (string Kind, object Body, string Event)[]
        {
            ("buy-dc", new { publicKey = DevKey, dc = "1000000", recipient = devnet.User.ToString() }, "Minted"),
            ("delegate-dc", new { publicKey = DevKey, subDao = "IOT", routerKey = "router-1", dc = "1000" }, "Delegated"),
            ("lock", new { publicKey = UserKey, hnt = "100000000", days = 30, kind = "constant" }, "PositionCreated"),
            ("extend", new { publicKey = DevKey, positionId = PositionId, days = 730 }, "PositionExtended"),
            ("undelegate", new { publicKey = DevKey, positionId = PositionId }, "Undelegated"),
            ("redeem", new { publicKey = DevKey, subDao = "1", dnt = "1000000" }, "Redeemed"),
        };
        foreach (var (kind, body, eventName) in cases)
        {
            var built = await Http.PostOkAsync($"/v1/transactions/{kind}", body);
            Assert.Equal(kind, built.GetProperty("kind").GetString());
            Assert.Equal("HALT", built.GetProperty("testInvocation").GetProperty("state").GetString());
            Assert.Contains(built.GetProperty("testInvocation").GetProperty("notifications").EnumerateArray(), n => n.GetProperty("eventName").GetString() == eventName);
            Assert.True(BigInteger.Parse(built.Amount("networkFee")) > 0, kind);
            Assert.Equal(BigInteger.Parse(built.Amount("systemFee")) + BigInteger.Parse(built.Amount("networkFee")), BigInteger.Parse(built.Amount("totalFee")));
            Assert.Equal(built.GetProperty("signData").GetString()![8..], ReverseHex(built.GetProperty("hash").GetString()![2..]));
        }
    }

    [Fact]
    public async Task Buy_dc_for_an_exact_amount_charges_the_ceiling_quote()
    {
        var built = await Http.PostOkAsync("/v1/transactions/buy-dc", new { publicKey = UserKey, dc = "1" });
        var minted = built.GetProperty("testInvocation").GetProperty("notifications").EnumerateArray().Single(n => n.GetProperty("eventName").GetString() == "Minted");
        var state = minted.GetProperty("state").GetProperty("value");
        Assert.Equal("200", state[2].GetProperty("value").GetString());   // 1 DC at $5.00 costs exactly 200 bones
        Assert.Equal("1", state[3].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Bad_signers_and_bad_bodies_are_400s()
    {
        var dev = Address.FromScriptHash(devnet.DevAccount);
        await Http.PostProblemAsync("/v1/transactions/buy-dc", new { account = dev, hnt = "1" }, 400, "publicKey", "verificationScript");
        await Http.PostProblemAsync("/v1/transactions/buy-dc", new { account = dev, publicKey = UserKey, hnt = "1" }, 400,
            $"belongs to {Address.FromScriptHash(devnet.User)}, not to the account {dev}");
        await Http.PostProblemAsync("/v1/transactions/buy-dc", new { publicKey = "02abcd", hnt = "1" }, 400, "not a public key");
        await Http.PostProblemAsync("/v1/transactions/buy-dc", new { publicKey = "02" + new string('f', 64), hnt = "1" }, 400, "not a point on secp256r1");
        await Http.PostProblemAsync("/v1/transactions/buy-dc", new { publicKey = DevKey }, 400, "exactly one of hnt");
        await Http.PostProblemAsync("/v1/transactions/buy-dc", new { publicKey = DevKey, hnt = "-5" }, 400, "hnt -5 is out of range");
        await Http.PostProblemAsync("/v1/transactions/buy-dc", new { publicKey = DevKey, hnt = "99999999999999999999" }, 400, "out of range");
        await Http.PostProblemAsync("/v1/transactions/buy-dc", new { publicKey = DevKey, hnt = "1.5" }, 400, "hnt '1.5' is not an integer");
        await Http.PostProblemAsync("/v1/transactions/buy-dc", new { publicKey = DevKey, hnt = "100", recipient = "nobody" }, 400, "recipient 'nobody'");
        await Http.PostProblemAsync("/v1/transactions/lock", new { publicKey = DevKey, hnt = "100000000", days = 0 }, 400, "days 0 is out of range");
        await Http.PostProblemAsync("/v1/transactions/lock", new { publicKey = DevKey, hnt = "100000000", days = 30, kind = "forever" }, 400, "\"cliff\" or \"constant\"");
        await Http.PostProblemAsync("/v1/transactions/delegate-dc", new { publicKey = DevKey, subDao = "NOPE", routerKey = "r", dc = "1" }, 404, "No subDAO 'NOPE'");
        await Http.PostProblemAsync("/v1/transactions/redeem", new { publicKey = DevKey, subDao = "IOT", dnt = "0" }, 400, "dnt 0 is out of range");
        await Http.PostProblemAsync("/v1/transactions/extend", new { publicKey = DevKey, positionId = "12", days = 10 }, 400, "16 hex digits");
        await Http.PostProblemAsync("/v1/transactions/extend", new { publicKey = DevKey, positionId = "00000000000000ff", days = 10 }, 404, "No veHNT position");
        await Http.PostProblemAsync("/v1/transactions/propose", new { publicKey = DevKey, organisation = 0, title = "t",
            choices = new object[] { new { label = "a", payload = new[] { new { contract = "Nowhere", method = "m" } } }, new { label = "b", payload = Array.Empty<object>() } } },
            400, "choices[0].payload[0].contract 'Nowhere'");
        using var malformed = await Http.PostAsync("/v1/transactions/buy-dc", new StringContent("{\"hnt\": ", System.Text.Encoding.UTF8, "application/json"));
        await malformed.ProblemAsync(400, "not valid JSON");
    }

    [Fact]
    public async Task Chain_refusals_are_422s_with_the_reason_and_another_s_position_is_a_403()
    {
        // The user holds 50 HNT at most: HNT's transfer would return false, so the gateway refuses with the balance.
        await Http.PostProblemAsync("/v1/transactions/lock", new { publicKey = UserKey, hnt = (1_000 * GatewayDevnet.OneHnt).ToString(), days = 30 }, 422,
            "HNT.transfer returned false", "and the transaction moves 1000 HNT");
        var shorter = await Http.PostProblemAsync("/v1/transactions/extend", new { publicKey = DevKey, positionId = PositionId, days = 10 }, 422,
            "A lockup can only be extended");
        Assert.Equal("The contract refused the transaction", shorter.GetProperty("title").GetString());
        await Http.PostProblemAsync("/v1/transactions/claim", new { publicKey = DevKey, positionId = PositionId, epoch = devnet.FirstEpoch + 1 }, 422,
            "already claimed");
        await Http.PostProblemAsync("/v1/transactions/redeem", new { publicKey = DevKey, subDao = "IOT", dnt = "1000000", minHnt = "999999999999999" }, 422,
            "less than the minimum HNT out");
        await Http.PostProblemAsync("/v1/transactions/undelegate", new { publicKey = UserKey, positionId = PositionId }, 403, "is owned by");
        await Http.PostProblemAsync("/v1/transactions/delegate", new { publicKey = UserKey, positionId = PositionId, subDao = "MOBILE" }, 403, "is owned by");
        // A fresh key with DC (bought for it by the dev account) but no GAS cannot pay the fees.
        var broke = Protocol.Toolchain.Devnet.Node.DevWallet.NewKey();
        var brokeAccount = Protocol.Toolchain.Chain.Transactions.KeyRing.StandardAccount(broke.PublicKey);
        await devnet.Calls.InvokeAsync("Hnt", "transfer", [devnet.DevAccount, devnet.Story.Contracts["DataCredits"], GatewayDevnet.OneHnt, brokeAccount]);
        await Http.PostProblemAsync("/v1/transactions/delegate-dc", new { publicKey = Convert.ToHexString(broke.PublicKey.Encode(true)), subDao = "IOT", routerKey = "r", dc = "1" },
            422, "The account holds 0 GAS; the transaction needs");
    }

    private static string ReverseHex(string hex) => Convert.ToHexString(Convert.FromHexString(hex).Reverse().ToArray()).ToLowerInvariant();
}
