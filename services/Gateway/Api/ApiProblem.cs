namespace Protocol.Services.Gateway.Api;

/// <summary>
/// A request the gateway refuses, with the HTTP status and one sentence saying why; the exception handler turns it into
/// ProblemDetails (RFC 9457: type, title, status, detail). Thrown from parsing and checks so endpoints stay linear.
/// </summary>
public sealed class ApiProblem(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    /// <summary>Extra members of the problem document (e.g. the VM exception of a FAULT).</summary>
    public Dictionary<string, object?> Extensions { get; } = [];

    public static ApiProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ApiProblem NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);

    public static ApiProblem Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Forbidden", detail);

    /// <summary>The chain refused what was asked: a FAULT in a test invocation, a node refusing a relay, too little GAS.</summary>
    public static ApiProblem Unprocessable(string title, string detail) => new(StatusCodes.Status422UnprocessableEntity, title, detail);

    public static ApiProblem Unavailable(string detail) => new(StatusCodes.Status503ServiceUnavailable, "Unavailable", detail);

    public ApiProblem With(string key, object? value)
    {
        Extensions[key] = value;
        return this;
    }
}
