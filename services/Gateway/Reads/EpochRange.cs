using Protocol.Services.Gateway.Api;

namespace Protocol.Services.Gateway.Reads;

/// <summary>
/// The epochs a list read covers: ?from=&amp;to= (inclusive), by default the last <see cref="DefaultCount"/> epochs up to
/// the current one, never before the DAO's first epoch, at most the configured maximum.
/// </summary>
public static class EpochRange
{
    public const int DefaultCount = 30;

    public static (long From, long To) Resolve(long? from, long? to, long firstEpoch, long currentEpoch, int maxEpochs)
    {
        if (from is < 0) throw ApiProblem.BadRequest($"from {from} is out of range: epochs are 0 or more.");
        if (to is < 0) throw ApiProblem.BadRequest($"to {to} is out of range: epochs are 0 or more.");
        long last = to ?? currentEpoch;
        long first = from ?? Math.Max(firstEpoch, last - DefaultCount + 1);
        if (first > last) throw ApiProblem.BadRequest($"from {first} is after to {last}.");
        if (last - first + 1 > maxEpochs)
            throw ApiProblem.BadRequest($"The range {first}..{last} has {last - first + 1} epochs; at most {maxEpochs} per request (Gateway:Reads:MaxEpochs).");
        return (Math.Max(first, firstEpoch), last);
    }
}
