using System.Text.Json;
using Protocol.Services.PriceOracle.Options;

namespace Protocol.Services.PriceOracle.Sources;

/// <summary>
/// The HTTP part every adapter shares: configured headers, status and size checks, JSON parsing, each failure turned into
/// a <see cref="SourceException"/> with its reason. Timeouts are the collector's: it cancels <c>ct</c>.
/// </summary>
internal abstract class HttpPriceSource : IPriceSource
{
    /// <summary>Larger answers are refused: a price answer is a few kilobytes.</summary>
    public const int MaxAnswerBytes = 1 << 20;

    protected HttpPriceSource(SourceOptions options, AggregationOptions aggregation, HttpClient http)
    {
        Options = options;
        Http = http;
        Url = new Uri(options.Url, UriKind.Absolute);
        MaxAge = TimeSpan.FromMilliseconds(options.MaxAge(aggregation));
    }

    protected SourceOptions Options { get; }

    protected HttpClient Http { get; }

    protected Uri Url { get; }

    public string Name => Options.Name;

    public SourceKind Kind => Options.Kind;

    public decimal Weight => Options.Weight;

    public TimeSpan Timeout => TimeSpan.FromMilliseconds(Options.TimeoutMs);

    public TimeSpan MaxAge { get; }

    public abstract Task<SourceQuote> FetchAsync(CancellationToken ct);

    /// <summary>Sends <paramref name="request"/> and parses the answer as JSON.</summary>
    protected async Task<JsonDocument> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        foreach (var (name, value) in Options.Headers) request.Headers.TryAddWithoutValidation(name, value);
        HttpResponseMessage response;
        try
        {
            response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new SourceException(DropReason.Unreachable, $"cannot reach {request.RequestUri!.Authority}: {ex.Message}", ex);
        }
        using (response)
        {
            byte[] body;
            try
            {
                body = await ReadAsync(response, ct).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw new SourceException(DropReason.Unreachable, $"the answer from {request.RequestUri!.Authority} broke off: {ex.Message}", ex);
            }
            if (!response.IsSuccessStatusCode)
            {
                var text = JsonValues.Shorten(System.Text.Encoding.UTF8.GetString(body).ReplaceLineEndings(" "));
                throw new SourceException(DropReason.HttpStatus, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}{(text.Length > 0 ? ": " + text : "")}");
            }
            try
            {
                return JsonDocument.Parse(body);
            }
            catch (JsonException ex)
            {
                throw new SourceException(DropReason.Malformed, $"the answer is not JSON: {ex.Message}", ex);
            }
        }
    }

    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > MaxAnswerBytes)
            throw new SourceException(DropReason.Malformed, $"the answer is {response.Content.Headers.ContentLength} bytes, more than {MaxAnswerBytes}");
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxAnswerBytes) throw new SourceException(DropReason.Malformed, $"the answer is longer than {MaxAnswerBytes} bytes");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
