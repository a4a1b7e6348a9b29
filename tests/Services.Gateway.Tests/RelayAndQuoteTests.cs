using System.Net.Http.Json;
using System.Numerics;
using Protocol.Services.Gateway.Tests.Support;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.Gateway.Tests;

/// <summary>Relaying and tracking transactions, and the quotes against the contracts' own answers.</summary>
[Collection(DevnetCollection.Name)]
public sealed class RelayAndQuoteTests(GatewayDevnet devnet)
{
    private HttpClient Http => devnet.Http;

    [Fact]
    public async Task Relay_refuses_what_is_not_a_signed_transaction_and_what_the_node_refuses()
    {
        await Http.PostProblemAsync("/v1/transactions", new { transaction = "***" }, 400, "transaction is not valid base64");
        await Http.PostProblemAsync("/v1/transactions", new { }, 400, "transaction is required");
        var built = await Http.PostOkAsync("/v1/transactions/buy-dc", new { publicKey = Convert.ToHexString(devnet.UserKey.PublicKey.Encode(true)), hnt = "1000" });
        // The unsigned bytes carry no witness: not a signed transaction.
        await Http.PostProblemAsync("/v1/transactions", new { transaction = built.GetProperty("transaction").GetString() }, 400, "not a signed Neo N3 transaction");
        // Signed with another key: the node refuses the witness.
        var unsigned = Transaction.DeserializeUnsigned(new NeoBinaryReader(Convert.FromBase64String(built.GetProperty("transaction").GetString()!)));
        var wrong = unsigned.WithWitnesses([new Witness(VerificationScripts.CreateSignatureInvocation(devnet.DevKey.Sign(unsigned.GetSignData(devnet.Network))),
            VerificationScripts.CreateSignature(devnet.UserKey.PublicKey))]);
        var problem = await Http.PostProblemAsync("/v1/transactions", new { transaction = Convert.ToBase64String(wrong.ToArray()) }, 422, "Neo RPC error");
        Assert.Equal(unsigned.Hash.ToString(), problem.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Tracking_tells_confirmed_from_unknown_and_refuses_bad_hashes()
    {
        var unknown = await Http.GetProblemAsync($"/v1/transactions/0x{new string('0', 64)}", 404, "neither in a block nor in the node's memory pool");
        Assert.Equal("unknown", unknown.GetProperty("transactionStatus").GetString());
        await Http.GetProblemAsync("/v1/transactions/0x1234", 400, "64 hex digits");
        var receipt = await devnet.Calls.InvokeAsync("Dao", "crank", []);
        var status = await Http.GetOkAsync($"/v1/transactions/{receipt.TxHash}");
        Assert.Equal("confirmed", status.GetProperty("status").GetString());
        Assert.Equal("HALT", status.GetProperty("vmState").GetString());
        Assert.Equal(receipt.Execution.GasConsumed.ToString(), status.Amount("gasConsumed"));
    }

    [Fact]
    public async Task Dc_quotes_follow_the_contract_s_integer_maths()
    {
        foreach (var hnt in new BigInteger[] { GatewayDevnet.OneHnt, 123_456_789, 201 })
        {
            var quote = await Http.GetOkAsync($"/v1/quotes/dc?hnt={hnt}");
            Assert.Equal((await devnet.Calls.IntegerAsync("DataCredits", "quoteDcForHnt", hnt)).ToString(), quote.Amount("dc"));
        }
        foreach (var dc in new BigInteger[] { 1, 500_000, 1_234_567 })
        {
            var quote = await Http.GetOkAsync($"/v1/quotes/hnt?dc={dc}");
            Assert.Equal((await devnet.Calls.IntegerAsync("DataCredits", "quoteHntForDc", dc)).ToString(), quote.Amount("hnt"));
        }
        Assert.Equal("500000", (await Http.GetOkAsync("/v1/quotes/dc?hnt=100000000")).Amount("dc"));
        Assert.Equal("500000000", (await Http.GetOkAsync("/v1/quotes/dc?hnt=100000000")).Amount("conservativePrice"));
        await Http.GetProblemAsync("/v1/quotes/dc?hnt=199", 400, "buys less than 1 DC", "the least is 200 bones");
        await Http.GetProblemAsync("/v1/quotes/dc", 400, "hnt is required");
        await Http.GetProblemAsync("/v1/quotes/hnt?dc=0", 400, "dc 0 is out of range");
        await Http.GetProblemAsync("/v1/quotes/hnt?dc=ten", 400, "dc 'ten' is not an integer");
    }

    [Fact]
    public async Task Redeem_quotes_are_the_treasury_s()
    {
        var quote = await Http.GetOkAsync("/v1/quotes/redeem?subDao=IOT&dnt=1000000");
        Assert.Equal((await devnet.Calls.IntegerAsync("Treasury.IOT", "quoteRedeem", 1_000_000)).ToString(), quote.Amount("hnt"));
        Assert.Equal("IOT", quote.GetProperty("symbol").GetString());
        Assert.Equal("1", quote.GetProperty("dnt").GetProperty("display").GetString());
        var supply = BigInteger.Parse(quote.Amount("dntSupply"));
        await Http.GetProblemAsync($"/v1/quotes/redeem?subDao=IOT&dnt={supply + 1}", 422);
        await Http.GetProblemAsync("/v1/quotes/redeem?subDao=XYZ&dnt=1", 404, "No subDAO 'XYZ'");
        await Http.GetProblemAsync("/v1/quotes/redeem?dnt=1", 400, "subDao is required");
    }
}
