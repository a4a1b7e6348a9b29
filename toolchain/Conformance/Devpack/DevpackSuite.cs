using System.Diagnostics;
using System.Text;

namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>Totals of a run over every neo-devpack case file.</summary>
public sealed record DevpackSuiteResult(int Files, int Tests, IReadOnlyList<DevpackStepOutcome> Steps,
    IReadOnlyList<string> LoadErrors, TimeSpan Elapsed)
{
    public int Passed => Steps.Count(s => s.Passed);

    public int WithGas => Steps.Count(s => s.HasGas);

    public int GasMatches => Steps.Count(s => s.GasMatches);

    public IEnumerable<DevpackStepOutcome> Failures => Steps.Where(s => !s.Passed);

    /// <summary>Failing steps grouped by first cause, largest group first.</summary>
    public IReadOnlyList<(string Cause, int Count)> FailuresByCause =>
        Failures.GroupBy(s => s.Cause!).Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();

    public string Summary(int knownGaps, int maxCauses = 40)
    {
        var text = new StringBuilder();
        text.AppendLine($"Devpack conformance: {Files} case files, {Tests} tests, {Steps.Count} steps run; {Passed} steps passed; "
            + $"{WithGas} steps with gas, {GasMatches} gas matches; {Steps.Count - Passed} failing; {knownGaps} known gaps listed; "
            + $"{Elapsed.TotalSeconds:F1} s");
        var corrected = Steps.Where(s => s.Erratum is not null).ToList();
        text.AppendLine($"{corrected.Count} steps ran against an expectation corrected in {DevpackErrata.FileName}; {corrected.Count(s => s.Passed)} of them passed");
        var messages = Steps.Where(s => s.ExceptionMatches is not null).ToList();
        text.AppendLine($"exceptionContains (informational): {messages.Count(s => s.ExceptionMatches == true)} of {messages.Count} "
            + "FAULT messages contain the official engine's text");
        foreach (var error in LoadErrors) text.AppendLine("  load error: " + error);
        var causes = FailuresByCause;
        if (causes.Count > 0) text.AppendLine("Failing steps by first cause:");
        foreach (var (cause, count) in causes.Take(maxCauses)) text.AppendLine($"  {count,5}  {cause}");
        if (causes.Count > maxCauses)
            text.AppendLine($"  ... {causes.Count - maxCauses} more causes ({causes.Skip(maxCauses).Sum(c => c.Count)} steps)");
        return text.ToString();
    }
}

/// <summary>Runs every cases/*.json file of ../shared/conformance/neo-devpack.</summary>
public static class DevpackSuite
{
    public static string CasesFolder => Path.Combine(ConformancePaths.Root, "neo-devpack", "cases");

    /// <summary>Case files in ordinal order.</summary>
    public static IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(CasesFolder, "*.json").Order(StringComparer.Ordinal).ToList();

    /// <param name="errata">Corrected steps; default: dataset-errata.txt next to the known gaps.</param>
    public static DevpackSuiteResult RunAll(int workers = 1, IReadOnlyDictionary<string, DevpackErratum>? errata = null)
    {
        var clock = Stopwatch.StartNew();
        errata ??= DevpackErrata.Load();
        var files = Files();
        var perFile = new List<DevpackStepOutcome>[files.Count];
        var testCounts = new int[files.Count];
        var errors = new string?[files.Count];
        // Tests are independent (fresh engine each), so files may run in parallel; the default is serial (about 4 s),
        // which keeps the run safe from shared static state in engine code under construction.
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
        {
            try
            {
                var file = DevpackCaseFile.Load(files[i], errata);
                testCounts[i] = file.Tests.Count;
                perFile[i] = file.Tests.SelectMany(t => DevpackTestRunner.Run(file.TestClass, t)).ToList();
            }
            catch (Exception e)
            {
                errors[i] = $"{Path.GetFileName(files[i])}: {e.GetType().Name}: {e.Message}";
                perFile[i] = [];
            }
        });
        var steps = perFile.SelectMany(s => s).ToList();
        var keys = steps.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var stale = errata.Keys.Where(k => !keys.Contains(k)).Select(k => $"{DevpackErrata.FileName}: {k} is not a step of the cases");
        return new DevpackSuiteResult(files.Count, testCounts.Sum(), steps, [.. errors.OfType<string>(), .. stale], clock.Elapsed);
    }
}
