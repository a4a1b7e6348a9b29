using Microsoft.Extensions.Options;
using Protocol.Services.CoverageOracle.Tests.Support;

namespace Protocol.Services.CoverageOracle.Tests.Service;

/// <summary>Bad configuration stops the service at start-up with messages that name the settings.</summary>
public sealed class OptionsValidationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Task<IReadOnlyList<string>> FailuresAsync(Dictionary<string, string?> settings) => StartupFailures.OfAsync(OracleInstance.Build(settings));

    [Fact]
    public async Task Each_bad_setting_is_named()
    {
        var failures = await FailuresAsync(new Dictionary<string, string?>
        {
            ["CoverageOracle:SubDaoId"] = "70000",
            ["CoverageOracle:Chain:RpcUrl"] = "not a url",
            ["CoverageOracle:Chain:HotspotRegistry"] = "0x12",
            ["CoverageOracle:Chain:WalletPath"] = "/nonexistent/wallet.json",
            ["CoverageOracle:Ingest:MaxClockSkewMs"] = "-1",
            ["CoverageOracle:Verification:Denylist:0"] = "abcd",
            ["CoverageOracle:Rewards:OracleIndex"] = "1",
            ["CoverageOracle:Rewards:Quorum"] = "3",
            ["CoverageOracle:Rewards:Peers:0:Index"] = "1",
            ["CoverageOracle:Rewards:Peers:0:Url"] = "ftp://peer",
            ["CoverageOracle:Storage:Sqlite"] = "",
        });
        string[] expected =
        [
            "CoverageOracle:SubDaoId:", "CoverageOracle:Ingest:MaxClockSkewMs:", "CoverageOracle:Chain:RpcUrl: 'not a url'", "CoverageOracle:Chain:Network:",
            "CoverageOracle:Chain:HotspotRegistry: '0x12'", "CoverageOracle:Chain:Rewards: ''", "CoverageOracle:Chain:Dao: ''",
            "CoverageOracle:Chain:WalletPath: '/nonexistent/wallet.json' does not exist.", "CoverageOracle:Rewards:Peers:0:Url: 'ftp://peer'",
            "CoverageOracle:Rewards:Peers:0:Index: oracle index 1 is used twice", "CoverageOracle:Rewards:Quorum: 3 signatures needed but only 1",
            "CoverageOracle:Verification:Denylist:0: 'abcd'", "CoverageOracle:Storage:Sqlite:",
        ];
        foreach (var prefix in expected) Assert.Contains(failures, f => f.StartsWith(prefix, StringComparison.Ordinal));
        Assert.Equal(expected.Length, failures.Count);
    }

    [Fact]
    public async Task A_deployment_record_fills_the_chain_settings()
    {
        var record = _dir.File("deployment.json");
        File.WriteAllText(record, """
            {"network": 12345, "rpc": "http://127.0.0.1:20332/", "contracts": {
              "HotspotRegistry": {"hash": "0x1111111111111111111111111111111111111111", "tx": null},
              "Rewards": {"hash": "0x2222222222222222222222222222222222222222", "tx": null}}}
            """);
        var failures = await FailuresAsync(new Dictionary<string, string?>
        {
            ["CoverageOracle:Chain:DeploymentPath"] = record,
            ["CoverageOracle:Chain:WalletPath"] = record, // exists; only the Dao is missing
        });
        Assert.Equal(["CoverageOracle:Chain:Dao: '' is not a contract hash (0x + 40 hex digits)."], failures);
        Assert.Equal(["CoverageOracle:Chain:DeploymentPath: '/nonexistent.json' does not exist."],
            await FailuresAsync(new() { ["CoverageOracle:Chain:DeploymentPath"] = "/nonexistent.json", ["CoverageOracle:Chain:WalletPath"] = record }));
    }

    [Fact]
    public async Task The_executable_exits_with_code_2_on_bad_settings()
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [dll, "--CoverageOracle:Chain:RpcUrl=bad"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _dir.Path,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("coverage-oracle: invalid configuration, not starting:", error);
        Assert.Contains("CoverageOracle:Chain:RpcUrl: 'bad' is not an absolute URL.", error);
    }
}
