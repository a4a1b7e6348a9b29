using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Protocol.Services.Gateway.Hosting;
using Protocol.Services.Gateway.Tests.Support;

namespace Protocol.Services.Gateway.Tests;

/// <summary>The service around the endpoints: the OpenAPI document, the per-client rate limit, health, and options refused at start-up.</summary>
[Collection(DevnetCollection.Name)]
public sealed class ServiceTests(GatewayDevnet devnet)
{
    public static readonly string[] Paths =
    [
        "/v1/accounts/{account}/balances", "/v1/accounts/{account}/positions", "/v1/accounts/{account}/hotspots", "/v1/positions/{id}",
        "/v1/subdaos", "/v1/subdaos/{subDao}", "/v1/subdaos/{subDao}/rewards", "/v1/epochs", "/v1/price", "/v1/proposals", "/v1/proposals/{id}",
        "/v1/hotspots/{tokenId}", "/v1/quotes/dc", "/v1/quotes/hnt", "/v1/quotes/redeem", "/v1/transactions", "/v1/transactions/{hash}",
        "/v1/transactions/buy-dc", "/v1/transactions/delegate-dc", "/v1/transactions/lock", "/v1/transactions/extend", "/v1/transactions/delegate",
        "/v1/transactions/undelegate", "/v1/transactions/claim", "/v1/transactions/propose", "/v1/transactions/vote", "/v1/transactions/relinquish",
        "/v1/transactions/execute", "/v1/transactions/redeem", "/v1/transactions/claim-rewards",
    ];

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint_with_its_problems()
    {
        var doc = await devnet.Http.GetOkAsync("/openapi/v1.json");
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimEnd('/')).ToHashSet();
        foreach (var path in Paths) Assert.Contains(path, paths);
        var buy = doc.GetProperty("paths").GetProperty("/v1/transactions/buy-dc").GetProperty("post");
        Assert.Equal("BuildBuyDc", buy.GetProperty("operationId").GetString());
        Assert.True(buy.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(buy.GetProperty("responses").TryGetProperty("400", out var bad));
        Assert.True(bad.GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(buy.GetProperty("responses").TryGetProperty("429", out _));
    }

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_and_problem_details()
    {
        await using var limited = new GatewayFactory(devnet.Settings(permitLimit: 3));
        using var http = limited.CreateClient();
        for (int i = 0; i < 3; i++) await http.GetOkAsync("/v1/price");
        using var refused = await http.GetAsync("/v1/subdaos");
        await refused.ProblemAsync(429, "more than 3 requests in 60 s");
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Ready_when_the_node_answers_on_the_configured_network()
    {
        var ready = await devnet.Http.GetOkAsync("/health/ready");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        await using var wrong = new GatewayFactory(new Dictionary<string, string?>(devnet.Settings()) { ["Gateway:Chain:Network"] = "894710606" });
        using var http = wrong.CreateClient();
        using var response = await http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("network magic mismatch", await response.Content.ReadAsStringAsync());
        // Nothing is built for a network the node does not run: the sign-data would be wrong.
        using var build = await http.PostAsJsonAsync("/v1/transactions/buy-dc", new { publicKey = Convert.ToHexString(devnet.UserKey.PublicKey.Encode(true)), hnt = "1000" });
        await build.ProblemAsync(503, "The node runs another network than Gateway:Chain:Network");
    }

    [Fact]
    public async Task Unknown_routes_are_problem_details_too()
    {
        using var response = await devnet.Http.GetAsync("/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bad_settings_stop_the_start_with_one_line_per_setting()
    {
        var failures = await StartupFailures.OfAsync(GatewayHost.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Chain:RpcUrl"] = "ftp://node",
            ["Gateway:RateLimit:PermitLimit"] = "0",
            ["Gateway:Contracts:DeploymentRecord"] = "/no/such/record.json",
            ["Gateway:Contracts:Hashes:Hnt"] = "0x12",
            ["Urls"] = "http://127.0.0.1:0",
        })));
        Assert.Contains(failures, f => f.StartsWith("Gateway:Chain:RpcUrl: 'ftp://node' is not an absolute http(s) URL"));
        Assert.Contains(failures, f => f.StartsWith("Gateway:Chain:Network: set the network magic"));
        Assert.Contains(failures, f => f.StartsWith("Gateway:RateLimit:PermitLimit:"));
        Assert.Contains(failures, f => f.StartsWith("Gateway:Contracts:DeploymentRecord: '/no/such/record.json' does not exist"));
        Assert.Contains(failures, f => f.StartsWith("Gateway:Contracts:Hashes:Hnt: '0x12' is not a contract hash"));
        Assert.Contains(failures, f => f.StartsWith("Gateway:Contracts: no hash for PriceFeed, Hnt, DataCredits, Dao, VoteEscrow, Governance"));
    }

    [Fact]
    public async Task The_process_exits_with_code_2_and_names_each_bad_setting()
    {
        using var dir = new TempDirectory();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Protocol.Services.Gateway.dll"),
            "--Gateway:Chain:RpcUrl=nowhere", $"--Gateway:Contracts:DeploymentRecord={devnet.RecordPath}", "--Urls=http://127.0.0.1:0"])
        {
            WorkingDirectory = dir.Path, RedirectStandardError = true, RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), "the gateway did not stop");
        Assert.Equal(2, process.ExitCode);
        var text = await stderr;
        Assert.Contains("gateway: invalid configuration, not starting:", text);
        Assert.Contains("  Gateway:Chain:RpcUrl: 'nowhere' is not an absolute http(s) URL.", text);
        Assert.Contains("  Gateway:Chain:Network: set the network magic", text);
        Assert.DoesNotContain("Gateway:Contracts", text);
        await stdout;
    }
}
