namespace Protocol.Services.TestSupport;

/// <summary>Polls a condition until it holds or a bounded time passes (then fails with what was last seen).</summary>
public static class Eventually
{
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var last = await probe();
            if (condition(last)) return last;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}; last seen: {last}");
            await Task.Delay(50);
        }
    }
}
