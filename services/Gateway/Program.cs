using Protocol.Services.Hosting;
using Protocol.Services.Gateway.Hosting;

// The gateway API: see README.md for the settings and endpoints.
return await ServiceEntryPoint.RunAsync("gateway", () => GatewayHost.Build(args));

/// <summary>The entry point's type (for WebApplicationFactory).</summary>
public partial class Program;
