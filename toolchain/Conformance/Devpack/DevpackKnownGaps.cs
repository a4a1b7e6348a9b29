using System.Text;

namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>What a run changed against the known-gap list.</summary>
public sealed record DevpackGapComparison(
    IReadOnlyList<DevpackStepOutcome> Regressions, IReadOnlyList<string> NowPassing, IReadOnlyList<string> Stale)
{
    /// <summary>True when no unlisted step fails and every listed step still fails (the list may only shrink).</summary>
    public bool Clean => Regressions.Count == 0 && NowPassing.Count == 0 && Stale.Count == 0;
}

/// <summary>
/// The checked-in list of steps that fail today (known-gaps.txt next to this file): one "key&lt;TAB&gt;cause" line per
/// failing step, '#' lines are comments. Regenerate it with PROTOCOL_UPDATE_KNOWN_GAPS=1.
/// </summary>
public static class DevpackKnownGaps
{
    public const string FileName = "known-gaps.txt";

    public const string UpdateVariable = "PROTOCOL_UPDATE_KNOWN_GAPS";

    public static string RegenerateHint =>
        $"Regenerate the list with: {UpdateVariable}=1 dotnet test tests/Toolchain.Testing.Tests --filter DevpackConformanceTests";

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>known-gaps.txt in toolchain/Conformance/Devpack ($PROTOCOL_DEVPACK_KNOWN_GAPS overrides).</summary>
    public static string DefaultPath { get; } = Environment.GetEnvironmentVariable("PROTOCOL_DEVPACK_KNOWN_GAPS") is { Length: > 0 } configured
        ? configured : Path.Combine(SourceFolder, FileName);

    /// <summary>toolchain/Conformance/Devpack in the source tree above the binaries (the data files live there, not in bin).</summary>
    public static string SourceFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var folder = Path.Combine(dir.FullName, "toolchain", "Conformance", "Devpack");
                if (Directory.Exists(folder)) return folder;
            }
            throw new DirectoryNotFoundException("toolchain/Conformance/Devpack was not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Key → text after the tab; a missing file is an empty list.</summary>
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        var gaps = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return gaps;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            gaps[tab < 0 ? line : line[..tab]] = tab < 0 ? "" : line[(tab + 1)..];
        }
        return gaps;
    }

    /// <summary>Writes every failing step of <paramref name="result"/>, sorted by key.</summary>
    public static void Save(string path, DevpackSuiteResult result)
    {
        var text = new StringBuilder();
        text.Append("# neo-devpack conformance steps that fail today: key<TAB>first cause. The list may only shrink.\n");
        text.Append($"# {RegenerateHint}\n");
        foreach (var step in result.Failures.OrderBy(s => s.Key, StringComparer.Ordinal))
            text.Append(step.Key).Append('\t').Append(step.Cause!.Replace('\t', ' ')).Append('\n');
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    public static DevpackGapComparison Compare(DevpackSuiteResult result, IReadOnlyDictionary<string, string> gaps)
    {
        var regressions = result.Failures.Where(s => !gaps.ContainsKey(s.Key)).ToList();
        var nowPassing = result.Steps.Where(s => s.Passed && gaps.ContainsKey(s.Key)).Select(s => s.Key).ToList();
        var run = result.Steps.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var stale = gaps.Keys.Where(k => !run.Contains(k)).Order(StringComparer.Ordinal).ToList();
        return new DevpackGapComparison(regressions, nowPassing, stale);
    }
}
