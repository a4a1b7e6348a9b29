using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>Collects what one step did and keeps its first problem as the cause.</summary>
internal sealed class StepRun(string key, DevpackStep step)
{
    private string? _cause;
    private string? _detail;
    private long? _fee;
    private bool? _exceptionMatches;

    public DevpackStep Step => step;

    /// <summary>The step's result on HALT (Null for a void method), null on FAULT or when it did not run.</summary>
    public StackItem? Result { get; private set; }

    public void Halted(StackItem result, long fee)
    {
        Result = result;
        _fee = fee;
        if (!step.Expect.Halts) Fail("HALT, expected FAULT", "result " + DevpackValues.Describe(result));
    }

    public void Faulted(string message, long fee)
    {
        _fee = fee;
        if (step.Expect.ExceptionContains is { } official) _exceptionMatches = message.Contains(official, StringComparison.Ordinal);
        if (step.Expect.Halts) Fail(DevpackCauses.OfFault(message), message);
    }

    public void Fail(string cause, string detail)
    {
        if (_cause is not null) return;
        _cause = cause;
        _detail = detail;
    }

    public DevpackStepOutcome Finish()
    {
        if (step.Gas is { } gas && _fee is { } fee && gas != fee)
            Fail("gas mismatch", $"consumed {fee}, expected {gas} (diff {fee - gas})");
        return new DevpackStepOutcome(key, _cause, _detail, step.Gas, _fee, _exceptionMatches) { Erratum = step.Erratum };
    }
}
