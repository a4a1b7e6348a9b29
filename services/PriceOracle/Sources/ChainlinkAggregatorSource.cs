using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Protocol.Services.PriceOracle.Options;

namespace Protocol.Services.PriceOracle.Sources;

/// <summary>
/// A Chainlink-style aggregator (AggregatorV3Interface) read over Ethereum JSON-RPC: eth_call of latestRoundData() at
/// "latest", decoded by <see cref="EthAbi"/>. The answer is scaled by decimals() (read once, or configured) and stamped
/// with updatedAt. Refused: a non-positive answer, updatedAt = 0 (round not complete), answeredInRound &lt; roundId (an
/// answer carried over from an earlier round). Aggregators update on deviation or a heartbeat of up to hours: give such a
/// source a matching MaxAgeMs.
/// </summary>
internal sealed class ChainlinkAggregatorSource(SourceOptions options, AggregationOptions aggregation, HttpClient http)
    : HttpPriceSource(options, aggregation, http)
{
    private int? _decimals = options.Decimals;
    private int _nextId;

    public override async Task<SourceQuote> FetchAsync(CancellationToken ct)
    {
        var decimals = _decimals ??= await ReadDecimalsAsync(ct).ConfigureAwait(false);
        var words = await CallAsync(EthAbi.LatestRoundDataSelector, 5, ct).ConfigureAwait(false);
        BigInteger roundId, updatedAt, answeredInRound;
        BigInteger answer = EthAbi.Int256(words[1]);
        try
        {
            roundId = EthAbi.UInt(words[0], 80, "roundId");
            updatedAt = EthAbi.UInt(words[3], 256, "updatedAt");
            answeredInRound = EthAbi.UInt(words[4], 80, "answeredInRound");
        }
        catch (FormatException ex)
        {
            throw new SourceException(DropReason.Malformed, $"latestRoundData: {ex.Message}", ex);
        }
        if (answer.Sign <= 0) throw new SourceException(DropReason.InvalidPrice, $"the aggregator's answer is {answer}");
        if (updatedAt.IsZero) throw new SourceException(DropReason.SourceError, $"round {roundId} is not complete (updatedAt = 0)");
        if (answeredInRound < roundId)
            throw new SourceException(DropReason.Stale, $"round {roundId} carries the answer of round {answeredInRound}");
        if (updatedAt > long.MaxValue / 1000) throw new SourceException(DropReason.Malformed, $"updatedAt {updatedAt} is not a time");
        var price = EthAbi.ToDecimal(answer, decimals)
            ?? throw new SourceException(DropReason.InvalidPrice, $"the answer {answer} with {decimals} decimals is out of range");
        return new SourceQuote(price, null, DateTimeOffset.FromUnixTimeSeconds((long)updatedAt));
    }

    private async Task<int> ReadDecimalsAsync(CancellationToken ct)
    {
        var words = await CallAsync(EthAbi.DecimalsSelector, 1, ct).ConfigureAwait(false);
        try
        {
            var decimals = EthAbi.UInt(words[0], 8, "decimals");
            return decimals <= 28 ? (int)decimals : throw new SourceException(DropReason.Malformed, $"decimals() is {decimals}, more than 28");
        }
        catch (FormatException ex)
        {
            throw new SourceException(DropReason.Malformed, $"decimals(): {ex.Message}", ex);
        }
    }

    /// <summary>eth_call {to: Address, data: selector} at "latest"; the result's first <paramref name="words"/> words.</summary>
    private async Task<byte[][]> CallAsync(string selector, int words, CancellationToken ct)
    {
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = Interlocked.Increment(ref _nextId),
            ["method"] = "eth_call",
            ["params"] = new JsonArray(new JsonObject { ["to"] = Options.Address, ["data"] = selector }, "latest"),
        };
        using var message = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(request) };
        using var document = await SendAsync(message, ct).ConfigureAwait(false);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new SourceException(DropReason.Malformed, "the answer is not a JSON-RPC object");
        if (root.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null)
        {
            var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? c.GetRawText() : "?";
            var text = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m.ToString() : error.GetRawText();
            throw new SourceException(DropReason.SourceError, $"eth_call failed: {code} {JsonValues.Shorten(text)}");
        }
        if (!root.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.String)
            throw new SourceException(DropReason.Malformed, "the answer has no string \"result\"");
        byte[][] decoded;
        try
        {
            decoded = EthAbi.Words(result.GetString()!);
        }
        catch (FormatException ex)
        {
            throw new SourceException(DropReason.Malformed, $"eth_call result: {ex.Message}", ex);
        }
        if (decoded.Length < words)
            throw new SourceException(DropReason.Malformed,
                $"eth_call returned {decoded.Length} words where {words} were expected (is {Options.Address} an aggregator?)");
        return decoded;
    }
}
