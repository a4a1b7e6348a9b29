namespace Protocol.Services.Coverage.Rewards;

/// <summary>
/// An epoch and its half-open time range [StartMs, EndMs), Unix ms: a PoC belongs to the epoch its beacon was received
/// in, and one received exactly at EndMs belongs to the next (fixing the reference's IoT (s, e] vs Mobile [s, e)).
/// </summary>
public readonly record struct EpochWindow
{
    public EpochWindow(long epoch, long startMs, long endMs)
    {
        if (endMs <= startMs) throw new ArgumentException("An epoch ends after it starts.", nameof(endMs));
        Epoch = epoch;
        StartMs = startMs;
        EndMs = endMs;
    }

    /// <summary>The window of epoch <c>⌊t / length⌋</c> (PROTOCOL.md: epoch = ⌊time_seconds / epoch_length⌋).</summary>
    public static EpochWindow Of(long epoch, long lengthMs) => new(epoch, checked(epoch * lengthMs), checked((epoch + 1) * lengthMs));

    public long Epoch { get; }

    public long StartMs { get; }

    public long EndMs { get; }

    public bool Contains(long timeMs) => timeMs >= StartMs && timeMs < EndMs;
}
