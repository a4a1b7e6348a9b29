using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Xunit;

namespace Protocol.Services.TestSupport;

/// <summary>What start-up options validation (ValidateOnStart) reports for a service built with bad settings.</summary>
public static class StartupFailures
{
    /// <summary>Starts <paramref name="app"/>, which must fail with OptionsValidationException, disposes it and returns the failures.</summary>
    public static async Task<IReadOnlyList<string>> OfAsync(WebApplication app)
    {
        await using (app)
        {
            var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
            return ex.Failures.ToList();
        }
    }
}
