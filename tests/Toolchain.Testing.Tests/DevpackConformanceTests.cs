using Protocol.Toolchain.Conformance.Devpack;
using Xunit.Abstractions;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// Replays every neo-devpack case (../shared/conformance/neo-devpack/cases) on our test engine. Steps that fail today
/// are listed in toolchain/Conformance/Devpack/known-gaps.txt; the test fails on any unlisted failure and on any listed
/// step that now passes, so the list can only shrink. PROTOCOL_UPDATE_KNOWN_GAPS=1 rewrites the list from this run.
/// Steps whose expectation is an extraction error of the data set are named in dataset-errata.txt (kept by hand).
/// </summary>
public class DevpackConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_devpack_case_replays_with_no_regressions_against_the_known_gaps()
    {
        var errata = DevpackErrata.Load();
        var result = DevpackErrata.Apply(DevpackSuite.RunAll(), errata);
        var path = DevpackKnownGaps.DefaultPath;
        if (DevpackKnownGaps.UpdateRequested)
        {
            DevpackKnownGaps.Save(path, result);
            Report($"Known gaps rewritten: {path}");
        }
        var gaps = DevpackKnownGaps.Load(path);
        var comparison = DevpackKnownGaps.Compare(result, gaps);
        Report(result.Summary(gaps.Count) + $"{errata.Count} steps listed as data-set errata ({DevpackErrata.FileName})");

        Assert.Empty(result.LoadErrors);
        if (comparison.Clean) return;
        var lines = new List<string>();
        if (comparison.Regressions.Count > 0)
            lines.Add($"{comparison.Regressions.Count} failing steps are not in the known-gap list (regressions):");
        lines.AddRange(comparison.Regressions.Take(50).Select(s => "  " + s));
        if (comparison.NowPassing.Count > 0)
            lines.Add($"{comparison.NowPassing.Count} listed steps pass now; remove them from the list:");
        lines.AddRange(comparison.NowPassing.Take(50).Select(k => "  " + k));
        if (comparison.Stale.Count > 0)
            lines.Add($"{comparison.Stale.Count} listed steps no longer exist in the cases:");
        lines.AddRange(comparison.Stale.Take(20).Select(k => "  " + k));
        lines.Add(DevpackKnownGaps.RegenerateHint);
        var message = string.Join(Environment.NewLine, lines);
        Report(message);
        Assert.Fail(message);
    }

    private void Report(string text)
    {
        Console.WriteLine(text);
        output.WriteLine(text);
    }
}
