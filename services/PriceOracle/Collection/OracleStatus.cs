using Protocol.Services.PriceOracle.Aggregation;

namespace Protocol.Services.PriceOracle.Collection;

/// <summary>
/// What the instance knows now, shared by the loop (writer) and the endpoints (readers): the last round and whether the
/// instance is ready, with the reason when it is not. Readiness fails closed: no round yet, a round without enough live
/// sources, a round older than <see cref="StaleAfter"/> (the loop is stuck), or a submission problem.
/// </summary>
public sealed class OracleStatus(TimeProvider clock)
{
    private readonly object _sync = new();
    private PriceAggregate? _last;
    private string? _submissionProblem;

    /// <summary>How old the last round may be before the instance counts as stuck (set from the interval).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(1);

    public PriceAggregate? Last
    {
        get
        {
            lock (_sync) return _last;
        }
    }

    public void Publish(PriceAggregate aggregate)
    {
        lock (_sync) _last = aggregate;
    }

    /// <summary>Why submissions cannot go out (null: they can).</summary>
    public string? SubmissionProblem
    {
        get
        {
            lock (_sync) return _submissionProblem;
        }
        set
        {
            lock (_sync) _submissionProblem = value;
        }
    }

    /// <summary>Null when ready, else why not.</summary>
    public string? NotReadyReason()
    {
        lock (_sync)
        {
            if (_last is null) return "no aggregation round has finished yet";
            if (!_last.Valid) return $"no price: {_last.Failure}";
            var age = clock.GetUtcNow() - _last.ObservedAt;
            if (age > StaleAfter) return $"the last round is {age.TotalSeconds:0.#} s old (more than {StaleAfter.TotalSeconds:0.#} s): the loop is stuck";
            return _submissionProblem is { } problem ? $"cannot submit: {problem}" : null;
        }
    }
}
