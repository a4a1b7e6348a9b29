using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Protocol.Services.Gateway.Api;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;

namespace Protocol.Services.Gateway.Hosting;

/// <summary>
/// Every error leaves as ProblemDetails: <see cref="ApiProblem"/> with its own status, a malformed JSON body as 400, an
/// unreachable node or one on another network as 503, a node error answer as 502, a read the contract FAULTs as 422
/// with its message, anything else as 500 without internals.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var details = exception switch
        {
            ApiProblem p => Problem(p.Status, p.Title, p.Message, p.Extensions),
            BadHttpRequestException bad => Problem(StatusCodes.Status400BadRequest, "Bad request", Unwrap(bad)),
            RpcTransportException rpc => Problem(StatusCodes.Status503ServiceUnavailable, "Node unavailable", rpc.Message),
            NetworkMismatchException network => Problem(StatusCodes.Status503ServiceUnavailable, "Wrong network",
                $"The node runs another network than Gateway:Chain:Network: {network.Message}."),
            InvocationFaultException fault => Problem(StatusCodes.Status422UnprocessableEntity, "The contract refused the read", fault.Message,
                new Dictionary<string, object?> { ["vmException"] = fault.VmException }),
            RpcException rpc => Problem(StatusCodes.Status502BadGateway, "Node error", $"The Neo node answered with an error: {rpc.Message}"),
            _ => null,
        };
        if (details is null)
        {
            log.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
            details = Problem(StatusCodes.Status500InternalServerError, "Internal error", "The gateway failed to answer; see its log.");
        }
        context.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    private static string Unwrap(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json ? $"The request body is not valid JSON for this endpoint: {json.Message}" : bad.Message;

    private static ProblemDetails Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (extensions is not null) foreach (var (k, v) in extensions) problem.Extensions[k] = v;
        return problem;
    }
}
