using System.Diagnostics;
using System.Numerics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Protocol.Services.Gateway.Hosting;
using Protocol.Services.Gateway.Tests.Support;

namespace Protocol.Services.Gateway.Tests;

/// <summary>
/// The dashboard in headless Chromium (Debian's, path from GATEWAY_TEST_CHROMIUM as scripts/test.sh sets it, else
/// /usr/bin/chromium), driven by playwright-core from the dashboard's own npm dependencies, against its own devnet:
/// the story's chain plus two more closed epochs (four in all, the third with DC burned for IOT) and an open proposal
/// with a vote. The gateway runs on a loopback port (a browser cannot reach the in-memory test server). Every plot must
/// have data points, the page no errors and no request outside the gateway; the screenshot is saved as
/// TestResults/gateway-dashboard.png at the repository root.
/// </summary>
public sealed class DashboardBrowserTests(GatewayDevnet devnet) : IClassFixture<GatewayDevnet>
{
    public const string ChromiumVariable = "GATEWAY_TEST_CHROMIUM";

    [Fact]
    public async Task Every_plot_of_the_dashboard_has_data_points_in_headless_chromium()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path
            : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
            : throw new InvalidOperationException($"{ChromiumVariable} is not set and /usr/bin/chromium is missing: run the tests through scripts/test.sh "
                + "(it installs Debian's chromium) or `apt-get install chromium`.");
        await MoreEpochsAndAProposalAsync();

        var root = RepositoryRoot();
        var app = GatewayHost.Build(["--contentRoot", Path.Combine(root, "services", "Gateway")], builder =>
        {
            builder.Configuration.AddInMemoryCollection(devnet.Settings());
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        try
        {
            var url = app.Urls.First().TrimEnd('/') + "/";
            var screenshot = Path.Combine(root, "TestResults", "gateway-dashboard.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            var seen = await RunBrowserAsync(root, url, screenshot, chromium);

            Assert.Equal(JsonValueKind.Null, seen.GetProperty("error").ValueKind);
            Assert.Empty(seen.GetProperty("errors").EnumerateArray());
            Assert.Empty(seen.GetProperty("external").EnumerateArray());
            var points = seen.GetProperty("canvases").EnumerateArray().ToDictionary(c => c.GetProperty("chart").GetString()!, c => c.GetProperty("points").GetInt32());
            Assert.Equal(["supply", "dc", "utility", "treasury", "price", "proposals"], points.Keys);
            Assert.True(points["supply"] >= 4 + 4 + 3, $"supply: {points["supply"]}");      // issued and cumulative per closed epoch, burns where derivable
            Assert.True(points["dc"] >= 8, $"dc: {points["dc"]}");                          // two subDAOs × four epochs
            Assert.True(points["utility"] >= 8, $"utility: {points["utility"]}");
            Assert.True(points["treasury"] >= 8, $"treasury: {points["treasury"]}");
            Assert.True(points["price"] >= 3, $"price: {points["price"]}");                 // the oracle's submission, a median and a quorum sample
            Assert.True(points["proposals"] >= 2, $"proposals: {points["proposals"]}");     // the open proposal's two choices
            Assert.Contains("HNT supply", seen.GetProperty("stats").GetString());
            Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or empty");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>DC burned for IOT in the story's third epoch, two more epochs closed, and a proposal open for voting with one vote.</summary>
    private async Task MoreEpochsAndAProposalAsync()
    {
        var p = devnet.Calls;
        var first = devnet.Story.FirstEpoch;
        await p.InvokeAsync("DataCredits", "burnDelegated", [1, "story-router"u8.ToArray(), 1_000_000]);
        for (var e = first + 2; e <= first + 3; e++)
        {
            await devnet.AdvanceAsync(3_600_000);
            await devnet.PostPriceAsync(500_000_000);
            await p.InvokeAsync("Dao", "closeEpoch", [e]);
        }
        var locked = await p.InvokeAsync("Hnt", "transfer", [devnet.DevAccount, devnet.Story.Contracts["VoteEscrow"], 4_000 * GatewayDevnet.OneHnt, new object[] { 0, 1460 }]);
        var position = ((Protocol.Toolchain.Vm.Types.Array)locked.Execution.Notifications.Single(n => n.EventName == "PositionCreated").State)[0].GetSpan().ToArray();
        var choices = new object[]
        {
            new object[] { "Yes", new object[] { new object[] { devnet.Story.Contracts["PriceFeed"], "setMaxAge", new object[] { new BigInteger(300_000) } } } },
            new object[] { "No", Array.Empty<object>() },
        };
        var proposed = await p.InvokeAsync("Governance", "propose", [BigInteger.Zero, devnet.DevAccount, "Shorter price age", "", choices, new object[] { position }]);
        var proposal = proposed.Execution.Stack[0].GetSpan().ToArray();
        await p.InvokeAsync("Governance", "vote", [position, proposal, BigInteger.Zero]);
    }

    private static async Task<JsonElement> RunBrowserAsync(string root, string url, string screenshot, string chromium)
    {
        var dashboard = Path.Combine(root, "services", "Gateway", "dashboard");
        var start = new ProcessStartInfo("node", [Path.Combine("test", "screenshot.mjs"), url, screenshot, chromium])
        {
            WorkingDirectory = dashboard, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the browser did not finish within 60 s");
        }
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"the browser check failed ({process.ExitCode}): {await stderr}\n{output}");
        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Protocol.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Protocol.sln above {AppContext.BaseDirectory}.");
    }
}
