using Microsoft.Extensions.Options;
using Protocol.Services.Gateway.Hosting;

// The gateway API: see README.md for the settings and endpoints.
try
{
    await GatewayHost.Build(args).RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    Console.Error.WriteLine("gateway: invalid configuration, not starting:");
    foreach (var failure in ex.Failures) Console.Error.WriteLine("  " + failure);
    return 2;
}

/// <summary>The entry point's type (for WebApplicationFactory).</summary>
public partial class Program;
