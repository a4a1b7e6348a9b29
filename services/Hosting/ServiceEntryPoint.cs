using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Protocol.Services.Hosting;

/// <summary>
/// A service's Main: runs the web application; when start-up options validation fails (ValidateOnStart), prints
/// "<c>name</c>: invalid configuration, not starting:" and one indented line per problem (each names its setting) to
/// standard error and returns exit code 2.
/// </summary>
public static class ServiceEntryPoint
{
    public const int InvalidConfiguration = 2;

    public static async Task<int> RunAsync(string name, Func<WebApplication> build)
    {
        try
        {
            await build().RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            Console.Error.WriteLine($"{name}: invalid configuration, not starting:");
            foreach (var failure in ex.Failures) Console.Error.WriteLine("  " + failure);
            return InvalidConfiguration;
        }
    }
}
