using Microsoft.Extensions.Options;
using Protocol.Services.CoverageOracle.Hosting;

// The coverage oracle service: see README.md for the settings and endpoints.
try
{
    await CoverageOracleHost.Build(args).RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    Console.Error.WriteLine("coverage-oracle: invalid configuration, not starting:");
    foreach (var failure in ex.Failures) Console.Error.WriteLine("  " + failure);
    return 2;
}

/// <summary>The entry point's type (for tests that host the service).</summary>
public partial class Program;
