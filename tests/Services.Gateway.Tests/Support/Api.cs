using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.Gateway.Tests.Support;

/// <summary>HTTP helpers: JSON in and out, ProblemDetails checks, and a wallet's sign-and-relay of a built transaction.</summary>
public static class Api
{
    public static async Task<JsonElement> GetOkAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> PostOkAsync(this HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a ProblemDetails answer with the status and a detail containing every fragment; returns the document.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status, params string[] fragments)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        var detail = json.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
        foreach (var fragment in fragments) Assert.True(detail.Contains(fragment, StringComparison.Ordinal), $"'{fragment}' is not in the detail: {detail}");
        return json;
    }

    public static async Task<JsonElement> GetProblemAsync(this HttpClient http, string path, int status, params string[] fragments)
    {
        using var response = await http.GetAsync(path);
        return await response.ProblemAsync(status, fragments);
    }

    public static async Task<JsonElement> PostProblemAsync(this HttpClient http, string path, object body, int status, params string[] fragments)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        return await response.ProblemAsync(status, fragments);
    }

    /// <summary>
    /// What a wallet does with the gateway's answer: parse the unsigned transaction, check the sign-data is magic ‖ hash,
    /// sign it with the key, attach the witness and relay it; returns the hash the relay reports.
    /// </summary>
    public static async Task<string> SignAndRelayAsync(this HttpClient http, JsonElement built, KeyPair key, uint network)
    {
        var unsigned = Transaction.DeserializeUnsigned(new NeoBinaryReader(Convert.FromBase64String(built.GetProperty("transaction").GetString()!)));
        Assert.Equal(built.GetProperty("hash").GetString(), unsigned.Hash.ToString());
        var signData = Convert.FromHexString(built.GetProperty("signData").GetString()!);
        Assert.Equal(unsigned.GetSignData(network), signData);
        var witness = new Witness(VerificationScripts.CreateSignatureInvocation(key.Sign(signData)), VerificationScripts.CreateSignature(key.PublicKey));
        var signed = unsigned.WithWitnesses([witness]);
        using var response = await http.PostAsJsonAsync("/v1/transactions", new { transaction = Convert.ToBase64String(signed.ToArray()) });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"relay: {(int)response.StatusCode} {text}");
        var hash = JsonDocument.Parse(text).RootElement.GetProperty("hash").GetString()!;
        Assert.Equal(unsigned.Hash.ToString(), hash);
        Assert.Equal($"/v1/transactions/{hash}", response.Headers.Location?.ToString());
        return hash;
    }

    /// <summary>Polls GET /v1/transactions/{hash} until it is confirmed (10 s at most); returns the status document.</summary>
    public static async Task<JsonElement> ConfirmedAsync(this HttpClient http, string hash)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var response = await http.GetAsync($"/v1/transactions/{hash}");
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var json = JsonDocument.Parse(text).RootElement.Clone();
                if (json.GetProperty("status").GetString() == "confirmed") return json;
                Assert.Equal("pending", json.GetProperty("status").GetString());
            }
            else Assert.Fail($"tracking {hash}: {(int)response.StatusCode} {text}");
            if (DateTime.UtcNow > deadline) Assert.Fail($"{hash} was not confirmed within 10 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Build through the gateway, sign with the key, relay, wait for the block; asserts HALT.</summary>
    public static async Task<JsonElement> TransactAsync(this HttpClient http, string kind, object body, KeyPair key, uint network)
    {
        var built = await http.PostOkAsync($"/v1/transactions/{kind}", body);
        var status = await http.ConfirmedAsync(await http.SignAndRelayAsync(built, key, network));
        Assert.True(status.GetProperty("vmState").GetString() == "HALT", status.ToString());
        return status;
    }

    public static string Amount(this JsonElement json, string property) => json.GetProperty(property).GetProperty("amount").GetString()!;
}
