using Protocol.Services.PriceOracle.Aggregation;
using Protocol.Services.PriceOracle.Options;

namespace Protocol.Services.PriceOracle.Submission;

/// <summary>The last price this oracle has on chain (from the feed, or from its own confirmed submissions).</summary>
public sealed record LastSubmitted(long PriceE8, long TimestampMs);

/// <summary>
/// When to submit: never for an invalid round (fail closed); always when nothing is on chain yet ("first"); when the
/// price moved more than DeviationBps from the last submitted one (|p − last|·10⁴ &gt; last·DeviationBps, "deviation");
/// when HeartbeatMs passed since the last submission's timestamp ("heartbeat"). Null: no submission this round.
/// </summary>
public static class SubmissionPolicy
{
    public static string? Decide(PriceAggregate aggregate, LastSubmitted? last, DateTimeOffset now, SubmissionOptions options)
    {
        if (!aggregate.Valid || aggregate.PriceE8 is not { } price) return null;
        if (last is null) return "first";
        var move = Math.Abs((decimal)price - last.PriceE8);
        if (move * 10_000m > (decimal)last.PriceE8 * options.DeviationBps)
            return $"deviation: {move * 10_000m / last.PriceE8:0.#} bps from {last.PriceE8}";
        var age = now.ToUnixTimeMilliseconds() - last.TimestampMs;
        if (age >= options.HeartbeatMs) return $"heartbeat: {age} ms since the last submission";
        return null;
    }
}
