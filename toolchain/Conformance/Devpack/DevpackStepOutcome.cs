namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>
/// The result of one step, keyed "TestClass/TestName/stepIndex". A failing step has a <see cref="Cause"/> (its first
/// problem, as a category for grouping) and a <see cref="Detail"/>. <see cref="ExpectedGas"/> is set for steps with
/// a recorded fee, <see cref="ActualGas"/> whenever the step ran to HALT or FAULT. <see cref="ExceptionMatches"/> tells,
/// for a step with `exceptionContains` that FAULTed, whether our message holds the official text (informational only).
/// </summary>
public sealed record DevpackStepOutcome(string Key, string? Cause, string? Detail, long? ExpectedGas, long? ActualGas,
    bool? ExceptionMatches = null)
{
    /// <summary>Why the step ran against a corrected expectation (dataset-errata.txt), or null.</summary>
    public string? Erratum { get; init; }

    public bool Passed => Cause is null;

    public bool HasGas => ExpectedGas is not null;

    public bool GasMatches => ExpectedGas is not null && ExpectedGas == ActualGas;

    public override string ToString() => Passed ? $"{Key}: pass" : $"{Key}: {Cause} ({Detail})";
}
