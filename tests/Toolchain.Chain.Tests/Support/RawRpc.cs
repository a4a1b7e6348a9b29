using System.Text;
using System.Text.Json;

namespace Protocol.Toolchain.Chain.Tests.Support;

/// <summary>Posts raw bodies to an RPC endpoint and reads raw answers, for the bad-input tests.</summary>
public static class RawRpc
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<string> PostAsync(Uri url, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(url, content);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The error {code, message} of a single answer.</summary>
    public static async Task<(int Code, string Message)> ErrorAsync(Uri url, string body)
    {
        using var doc = JsonDocument.Parse(await PostAsync(url, body));
        var error = doc.RootElement.GetProperty("error");
        return (error.GetProperty("code").GetInt32(), error.GetProperty("message").GetString()!);
    }

    public static string Request(string method, string parameters, object id = null!) =>
        $"{{\"jsonrpc\":\"2.0\",\"id\":{JsonSerializer.Serialize(id ?? 1)},\"method\":\"{method}\",\"params\":{parameters}}}";
}
