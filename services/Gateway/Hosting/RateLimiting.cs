using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Protocol.Services.Gateway.Options;

namespace Protocol.Services.Gateway.Hosting;

/// <summary>
/// Per-client fixed windows on /v1: each remote IP address gets Gateway:RateLimit:PermitLimit requests per
/// WindowSeconds; the next is refused at once with 429, a Retry-After header and ProblemDetails.
/// </summary>
public static class RateLimiting
{
    public const string PerClient = "per-client";

    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services) => services.AddRateLimiter(limiter =>
    {
        limiter.AddPolicy(PerClient, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value.RateLimit;
            return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                QueueLimit = 0,
            });
        });
        limiter.OnRejected = async (rejected, ct) =>
        {
            var http = rejected.HttpContext;
            var settings = http.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value.RateLimit;
            var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(settings.WindowSeconds);
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"This client made more than {settings.PermitLimit} requests in {settings.WindowSeconds} s; retry after {Math.Ceiling(retry.TotalSeconds)} s.",
                },
            });
        };
    });
}
