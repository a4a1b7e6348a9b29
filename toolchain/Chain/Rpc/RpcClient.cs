using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Chain.Rpc;

/// <summary>
/// A Neo N3 JSON-RPC 2.0 client over HTTP POST: {"jsonrpc":"2.0","id":n,"method","params":[…]}. An "error" answer raises
/// <see cref="RpcException"/> with Neo's code; a transport failure or a body that is not a JSON-RPC answer raises
/// <see cref="RpcTransportException"/> naming the endpoint. Typed methods live in RpcClient.Methods.cs.
/// </summary>
public sealed partial class RpcClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private int _nextId;

    public RpcClient(Uri endpoint, HttpClient? http = null, TimeSpan? timeout = null)
    {
        Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _ownsHttp = http is null;
        _http = http ?? new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(60) };
    }

    public RpcClient(string endpoint) : this(ParseEndpoint(endpoint))
    {
    }

    public Uri Endpoint { get; }

    private static Uri ParseEndpoint(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ArgumentException($"RPC URL '{endpoint}' is not an absolute http(s) URL.", nameof(endpoint));

    /// <summary>Sends one request and returns a copy of its "result".</summary>
    public async Task<JsonElement> SendAsync(string method, JsonArray parameters, CancellationToken cancellation = default)
    {
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = Interlocked.Increment(ref _nextId),
            ["method"] = method,
            ["params"] = parameters,
        };
        var body = request.ToJsonString();
        string text;
        try
        {
            using var content = new StringContent(body, System.Text.Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync(Endpoint, content, cancellation).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
            if (text.Length == 0)
                throw new RpcTransportException($"The node at {Endpoint} answered {method} with HTTP {(int)response.StatusCode} and no body.");
        }
        catch (HttpRequestException ex)
        {
            throw new RpcTransportException($"Cannot reach the Neo RPC node at {Endpoint} ({method}): {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellation.IsCancellationRequested)
        {
            throw new RpcTransportException($"The Neo RPC node at {Endpoint} did not answer {method} in time.", ex);
        }
        return ReadResult(method, text);
    }

    public Task<JsonElement> SendAsync(string method, params JsonNode?[] parameters) => SendAsync(method, new JsonArray(parameters), default);

    private JsonElement ReadResult(string method, string text)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new RpcTransportException($"The node at {Endpoint} answered {method} with something that is not JSON: {ex.Message}", ex);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new RpcTransportException($"The node at {Endpoint} answered {method} with a JSON {root.ValueKind}, not a JSON-RPC object.");
            if (JsonRead.TryGet(root, "error", out var error))
            {
                var code = JsonRead.GetInt32(error, "code");
                var message = JsonRead.TryGet(error, "message", out var m) ? m.ToString() : "";
                var data = JsonRead.TryGet(error, "data", out var d) ? d.ToString() : null;
                throw new RpcException(code, message, data);
            }
            if (!root.TryGetProperty("result", out var result))
                throw new RpcTransportException($"The node at {Endpoint} answered {method} with neither a result nor an error.");
            return result.Clone();
        }
    }

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }
}

/// <summary>The node could not be reached or did not answer with JSON-RPC.</summary>
public sealed class RpcTransportException(string message, Exception? inner = null) : Exception(message, inner);
