using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Devnet.Rpc;

/// <summary>
/// JSON-RPC 2.0 processing as neo-node's RpcServer.ProcessAsync does it: a body that is not JSON answers -32700 with id null;
/// an empty batch -32600; a request without "id" is a notification and gets no answer; a missing or non-string "method" or
/// non-array "params" is -32600; an unknown method -32601 "Method not found - name"; a method's FormatException is -32602
/// with its message; any other exception is answered with its HResult as code and its message, as neo-node does.
/// </summary>
public sealed class RpcDispatcher(byte addressVersion)
{
    public const int MaxParamsDepth = 32;

    private readonly Dictionary<string, Action<RpcParams, Utf8JsonWriter>> _methods = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Methods => _methods.Keys;

    public RpcDispatcher Register(string name, Action<RpcParams, Utf8JsonWriter> handler)
    {
        _methods[name] = handler;
        return this;
    }

    /// <summary>The answer to an HTTP body, or null when nothing is to be answered (only notifications).</summary>
    public byte[]? Process(ReadOnlyMemory<byte> body)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxParamsDepth });
        }
        catch (JsonException)
        {
            return Error(null, RpcError.BadRequest);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Array) return ProcessRequest(root);
            if (root.GetArrayLength() == 0) return Error(null, RpcError.InvalidRequest);
            var answers = root.EnumerateArray().Select(ProcessRequest).OfType<byte[]>().ToList();
            if (answers.Count == 0) return null;
            return JsonWrite.ToUtf8(w =>
            {
                w.WriteStartArray();
                foreach (var answer in answers) w.WriteRawValue(answer);
                w.WriteEndArray();
            });
        }
    }

    private byte[]? ProcessRequest(JsonElement request)
    {
        if (request.ValueKind != JsonValueKind.Object) return Error(null, RpcError.InvalidRequest);
        if (!request.TryGetProperty("id", out var id)) return null;
        var parameters = request.TryGetProperty("params", out var p) && p.ValueKind != JsonValueKind.Null ? p : default;
        var hasParams = parameters.ValueKind != JsonValueKind.Undefined;
        if (!request.TryGetProperty("method", out var m) || m.ValueKind != JsonValueKind.String || (hasParams && parameters.ValueKind != JsonValueKind.Array))
            return Error(id, RpcError.InvalidRequest);
        var method = m.GetString()!;
        if (!_methods.TryGetValue(method, out var handler)) return Error(id, RpcError.MethodNotFound.WithData(method));
        using var empty = JsonDocument.Parse("[]");
        var args = new RpcParams(hasParams ? parameters : empty.RootElement, addressVersion);
        try
        {
            var result = JsonWrite.ToUtf8(w => handler(args, w));
            return Response(id, w =>
            {
                w.WritePropertyName("result");
                w.WriteRawValue(result);
            });
        }
        catch (RpcServerException ex)
        {
            return Error(id, ex.Error);
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException)
        {
            return Error(id, RpcError.InvalidParams.WithData(ex.Message));
        }
        catch (Exception ex)
        {
            var inner = ex is System.Reflection.TargetInvocationException { InnerException: { } i } ? i : ex;
            return Error(id, new RpcError(inner.HResult, inner.Message));
        }
    }

    private static byte[] Error(JsonElement? id, RpcError error) => Response(id, w =>
    {
        w.WriteStartObject("error");
        w.WriteNumber("code", error.Code);
        w.WriteString("message", error.ErrorMessage);
        if (error.Data.Length > 0) w.WriteString("data", error.Data);
        w.WriteEndObject();
    });

    private static byte[] Response(JsonElement? id, Action<Utf8JsonWriter> body) => JsonWrite.ToUtf8(w =>
    {
        w.WriteStartObject();
        w.WriteString("jsonrpc", "2.0");
        w.WritePropertyName("id");
        if (id is { } value) value.WriteTo(w);
        else w.WriteNullValue();
        body(w);
        w.WriteEndObject();
    });
}
