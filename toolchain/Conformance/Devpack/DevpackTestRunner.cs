using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>
/// Replays one devpack test as its README describes: a fresh <see cref="TestEngine"/>, the listed deploys in order
/// with their signers and data, then every step with its (or the test's) signers, state carried over between steps.
/// A host exception is that step's failure; it never ends the run.
/// </summary>
public static class DevpackTestRunner
{
    /// <summary>
    /// The official compiled contracts; $PROTOCOL_DEVPACK_ARTIFACTS points the replay at other artefacts of the same names
    /// (e.g. our compiler's output for the devpack's test contracts, to compare NEF sizes and GAS with the official ones).
    /// </summary>
    public static string ArtifactsFolder => OtherArtifacts is { } configured ? configured : Path.Combine(ConformancePaths.Root, "neo-devpack", "artifacts");

    /// <summary>Set when the replay runs other artefacts: their hashes cannot be the official ones, so deploy hashes are not checked.</summary>
    private static string? OtherArtifacts => Environment.GetEnvironmentVariable("PROTOCOL_DEVPACK_ARTIFACTS") is { Length: > 0 } configured ? configured : null;

    public static List<DevpackStepOutcome> Run(string testClass, DevpackTest test)
    {
        var prefix = $"{testClass}/{test.Name}/";
        TestEngine engine;
        try
        {
            engine = new TestEngine();
        }
        catch (Exception e)
        {
            return FailAll(test, prefix, ("engine: " + HostException(e), e.GetBaseException().Message));
        }
        var hashes = new Dictionary<string, UInt160>(StringComparer.Ordinal);
        foreach (var deploy in test.Deploys)
        {
            // Nothing can run without its contracts: every step fails with the deploy's cause.
            if (SetUp(engine, deploy, hashes) is { } problem) return FailAll(test, prefix, problem);
        }
        var outcomes = new List<DevpackStepOutcome>();
        var results = new List<StackItem?>();
        for (int i = 0; i < test.Steps.Count; i++)
        {
            var step = test.Steps[i];
            var run = new StepRun(prefix + i, step);
            try
            {
                if (step.Deploy is { } deploy) RunDeployStep(engine, deploy, hashes, run);
                else RunCallStep(engine, test, step, hashes, results, run);
            }
            catch (Exception e)
            {
                run.Fail(HostException(e), e.GetBaseException().Message);
            }
            results.Add(run.Result);
            outcomes.Add(run.Finish());
        }
        return outcomes;
    }

    /// <summary>The cause of an exception that escaped the engine: its type, and the innermost type when wrapped.</summary>
    public static string HostException(Exception e) =>
        "host exception: " + e.GetType().Name + (e.GetBaseException() is var inner && inner != e ? $" ({inner.GetType().Name})" : "");

    private static List<DevpackStepOutcome> FailAll(DevpackTest test, string prefix, (string Cause, string Detail) problem) =>
        test.Steps.Select((s, i) => new DevpackStepOutcome(prefix + i, problem.Cause, problem.Detail, s.Gas, null) { Erratum = s.Erratum }).ToList();

    /// <summary>Deploys an entry of the test's `deploy` list; returns the problem, or null when it worked.</summary>
    private static (string Cause, string Detail)? SetUp(TestEngine engine, DevpackDeploy deploy, Dictionary<string, UInt160> hashes)
    {
        try
        {
            var hash = Deploy(engine, deploy);
            if (OtherArtifacts is null && deploy.Hash is { } expected && hash.ToString() != expected)
                return ("deploy: hash mismatch", $"{deploy.Contract} deployed at {hash}, expected {expected}");
            hashes[deploy.Contract] = hash;
            return null;
        }
        catch (TestFaultException fault)
        {
            return ("deploy: " + DevpackCauses.OfFault(fault.Message), $"{deploy.Contract}: {fault.Message}");
        }
        catch (Exception e)
        {
            return ("deploy: " + HostException(e), $"{deploy.Contract}: {e.GetBaseException().Message}");
        }
    }

    private static UInt160 Deploy(TestEngine engine, DevpackDeploy deploy)
    {
        engine.Signers = deploy.Signers;
        var data = deploy.Data is { } json ? DevpackValues.Argument(json) : StackItem.Null;
        var path = Path.Combine(ArtifactsFolder, deploy.Contract);
        return engine.Deploy(path + ".nef", path + ".manifest.json", data);
    }

    private static void RunDeployStep(TestEngine engine, DevpackDeploy deploy, Dictionary<string, UInt160> hashes, StepRun run)
    {
        try
        {
            var hash = Deploy(engine, deploy);
            run.Halted(StackItem.Null, engine.LastFeeConsumed);
            if (OtherArtifacts is null && run.Step.Expect.Halts && deploy.Hash is { } expected && hash.ToString() != expected)
                run.Fail("deploy: hash mismatch", $"deployed at {hash}, expected {expected}");
            hashes.TryAdd(deploy.Contract, hash);
        }
        catch (TestFaultException fault)
        {
            run.Faulted(fault.Message, fault.FeeConsumed);
        }
    }

    private static void RunCallStep(TestEngine engine, DevpackTest test, DevpackStep step, Dictionary<string, UInt160> hashes,
        IReadOnlyList<StackItem?> results, StepRun run)
    {
        engine.Signers = step.Signers ?? test.Signers;
        UInt160 hash;
        if (step.Hash is not null) hash = UInt160.Parse(step.Hash);
        else if (!hashes.TryGetValue(step.Contract!, out hash!))
        {
            run.Fail("harness: contract not deployed", step.Contract!);
            return;
        }
        var args = step.Args.Select(DevpackValues.Argument).ToList();
        var script = CallScripts.DynamicCall(hash, step.Method!, CallFlags.All, args);
        try
        {
            run.Halted(engine.Execute(script), engine.LastFeeConsumed);
        }
        catch (TestFaultException fault)
        {
            run.Faulted(fault.Message, fault.FeeConsumed);
            return;
        }
        var expect = step.Expect;
        if (!expect.Halts || run.Result is not { } result) return;
        if (expect.Stack is { } stack && DevpackValues.Mismatch(stack, result) is { } mismatch)
            run.Fail("wrong result", mismatch);
        foreach (var check in expect.Checks)
            if (DevpackChecks.Evaluate(check, result, results) is { } failed)
                run.Fail("check failed: " + CheckKind(check), failed);
    }

    private static string CheckKind(System.Text.Json.JsonElement check) =>
        check.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n is not ("path" or "exactType" or "value")) ?? "?";
}
