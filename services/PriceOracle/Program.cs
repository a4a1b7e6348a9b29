using Protocol.Services.Hosting;
using Protocol.Services.PriceOracle.Hosting;

// The price oracle service: see README.md ("Price oracle service") for the settings and endpoints.
return await ServiceEntryPoint.RunAsync("price-oracle", () => PriceOracleHost.Build(args));

/// <summary>The entry point's type (for tests that host the service).</summary>
public partial class Program;
