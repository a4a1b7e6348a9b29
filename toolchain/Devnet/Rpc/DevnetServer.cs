using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Protocol.Toolchain.Devnet.Node;

namespace Protocol.Toolchain.Devnet.Rpc;

/// <summary>
/// The running devnet: the node, its JSON-RPC endpoint on 127.0.0.1 (ASP.NET Core Kestrel; POST bodies up to 1 MiB, and GET
/// with ?jsonrpc&amp;id&amp;method&amp;params as neo-node accepts) and the block timer. Dispose stops the timer, then the server,
/// then closes the chain file.
/// </summary>
public sealed class DevnetServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _timer;

    private DevnetServer(DevnetNode node, WebApplication app, Uri url)
    {
        Node = node;
        _app = app;
        Url = url;
        _timer = Task.Run(() => node.RunBlockTimerAsync(_stopping.Token));
    }

    public DevnetNode Node { get; }

    /// <summary>The RPC endpoint, e.g. http://127.0.0.1:50012/.</summary>
    public Uri Url { get; }

    public static async Task<DevnetServer> StartAsync(DevnetOptions options, CancellationToken ct = default)
    {
        var node = DevnetNode.Open(options);
        try
        {
            var rpc = DevnetRpc.Create(node);
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.Listen(IPAddress.Loopback, options.RpcPort);
                k.Limits.MaxRequestBodySize = 1024 * 1024;
            });
            var app = builder.Build();
            app.MapPost("/", async context => await Answer(context, rpc, await ReadBody(context)));
            app.MapGet("/", async context => await Answer(context, rpc, GetRequest(context.Request.Query)));
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new DevnetServer(node, app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    private static async Task<byte[]> ReadBody(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }

    /// <summary>neo-node's GET form: all of id, method and params (JSON, or base64 of JSON) must be given, else Bad request.</summary>
    private static byte[] GetRequest(IQueryCollection query)
    {
        string? id = query["id"], method = query["method"], parameters = query["params"];
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(method) || string.IsNullOrEmpty(parameters)) return [];
        try
        {
            parameters = Encoding.UTF8.GetString(Convert.FromBase64String(parameters));
        }
        catch (FormatException)
        {
        }
        var request = new System.Text.Json.Nodes.JsonObject
        {
            ["jsonrpc"] = query["jsonrpc"].ToString() is { Length: > 0 } v ? v : null,
            ["id"] = id,
            ["method"] = method,
        };
        try
        {
            request["params"] = System.Text.Json.Nodes.JsonNode.Parse(parameters);
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
        return Encoding.UTF8.GetBytes(request.ToJsonString());
    }

    private static async Task Answer(HttpContext context, RpcDispatcher rpc, byte[] body)
    {
        var answer = rpc.Process(body);
        if (answer is null) return;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(answer, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _timer;
        await _app.StopAsync();
        await _app.DisposeAsync();
        Node.Dispose();
        _stopping.Dispose();
    }
}
