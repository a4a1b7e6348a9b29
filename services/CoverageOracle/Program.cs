using Protocol.Services.Hosting;
using Protocol.Services.CoverageOracle.Hosting;

// The coverage oracle service: see README.md for the settings and endpoints.
return await ServiceEntryPoint.RunAsync("coverage-oracle", () => CoverageOracleHost.Build(args));

/// <summary>The entry point's type (for tests that host the service).</summary>
public partial class Program;
