using Microsoft.Extensions.Options;
using Protocol.Services.PriceOracle.Hosting;

// The price oracle service: see README.md ("Price oracle service") for the settings and endpoints.
try
{
    await PriceOracleHost.Build(args).RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    Console.Error.WriteLine("price-oracle: invalid configuration, not starting:");
    foreach (var failure in ex.Failures) Console.Error.WriteLine("  " + failure);
    return 2;
}

/// <summary>The entry point's type (for tests that host the service).</summary>
public partial class Program;
