using Protocol.Toolchain.Conformance.Devpack;
using Xunit.Abstractions;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// Replays every neo-devpack case (../shared/conformance/neo-devpack/cases) on our test engine. Steps that fail today
/// are listed in toolchain/Conformance/Devpack/known-gaps.txt; the test fails on any unlisted failure and on any listed
/// step that now passes, so the list can only shrink. PROTOCOL_UPDATE_KNOWN_GAPS=1 rewrites the list from this run.
/// Steps whose expectation is an extraction error of the data set run against the corrected expectation of
/// dataset-errata.txt (kept by hand) and must pass like any other.
/// </summary>
public class DevpackConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_devpack_case_replays_with_no_regressions_against_the_known_gaps()
    {
        var result = DevpackSuite.RunAll();
        var path = DevpackKnownGaps.DefaultPath;
        if (DevpackKnownGaps.UpdateRequested)
        {
            DevpackKnownGaps.Save(path, result);
            Report($"Known gaps rewritten: {path}");
        }
        var gaps = DevpackKnownGaps.Load(path);
        var comparison = DevpackKnownGaps.Compare(result, gaps);
        Report(result.Summary(gaps.Count));

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

    [Fact]
    public void A_corrected_step_fails_as_recorded_passes_as_corrected_and_fails_with_a_wrong_correction()
    {
        const string key = "UnitTest_Inc_Dec/Test_Local_Inc_UnChecked/0";
        var path = Path.Combine(DevpackSuite.CasesFolder, "UnitTest_Inc_Dec.json");
        DevpackStepOutcome Run(IReadOnlyDictionary<string, DevpackErratum>? errata)
        {
            var file = DevpackCaseFile.Load(path, errata);
            return file.Tests.SelectMany(t => DevpackTestRunner.Run(file.TestClass, t)).Single(s => s.Key == key);
        }
        var errata = DevpackErrata.Load();
        var recorded = Run(null);   // the data set says 4294967297 for unchecked(uint.MaxValue + 2)
        Assert.False(recorded.Passed);
        var corrected = Run(errata); // 1, with the GAS the official engine recorded
        Assert.True(corrected.Passed, corrected.ToString());
        Assert.True(corrected.GasMatches);
        Assert.NotNull(corrected.Erratum);
        var wrong = new Dictionary<string, DevpackErratum>
        {
            [key] = errata[key] with { Correction = System.Text.Json.Nodes.JsonNode.Parse("""{"expect":{"state":"HALT","stack":[{"type":"Integer","value":"2"}]}}""")!.AsObject() },
        };
        Assert.False(Run(wrong).Passed);
    }

    private void Report(string text)
    {
        Console.WriteLine(text);
        output.WriteLine(text);
    }
}
