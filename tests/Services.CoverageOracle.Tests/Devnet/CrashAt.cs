using Protocol.Services.CoverageOracle.Hosting;

namespace Protocol.Services.CoverageOracle.Tests.Devnet;

/// <summary>Fault points that "kill" the instance the first time it reaches <paramref name="point"/> (the exception unwinds the step).</summary>
public sealed class CrashAt(string point) : FaultPoints
{
    private int _armed = 1;

    public bool Crashed => _armed == 0;

    public override void Hit(string at)
    {
        if (at == point && Interlocked.Exchange(ref _armed, 0) == 1) throw new SimulatedCrashException(at);
    }
}

public sealed class SimulatedCrashException(string point) : Exception($"Simulated crash at {point}.");
