namespace Protocol.Services.CoverageOracle.Hosting;

internal static class Clock
{
    public static long NowMs(this TimeProvider clock) => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
