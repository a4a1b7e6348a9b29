namespace Protocol.Services.CoverageOracle.Tests.Support;

/// <summary>A clock the test moves (Unix ms); thread-safe.</summary>
public sealed class ManualClock(long startMs) : TimeProvider
{
    private long _nowMs = startMs;

    public long NowMs => Interlocked.Read(ref _nowMs);

    public void Set(long ms) => Interlocked.Exchange(ref _nowMs, ms);

    public void Advance(long ms) => Interlocked.Add(ref _nowMs, ms);

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(NowMs);
}
