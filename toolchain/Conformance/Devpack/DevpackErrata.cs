namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>
/// Steps whose expectation in the data set is wrong (an extraction error checked against the official test source),
/// listed in dataset-errata.txt as "key&lt;TAB&gt;reason". Such a step still runs and still counts as failing, but its
/// cause becomes "data-set erratum: reason" so it is not mistaken for an engine gap. The list is maintained by hand.
/// </summary>
public static class DevpackErrata
{
    public const string FileName = "dataset-errata.txt";

    public static string DefaultPath => Path.Combine(DevpackKnownGaps.SourceFolder, FileName);

    public static IReadOnlyDictionary<string, string> Load() => DevpackKnownGaps.Load(DefaultPath);

    /// <summary>Relabels the failing steps listed in <paramref name="errata"/>; the engine's own cause moves into the detail.</summary>
    public static DevpackSuiteResult Apply(DevpackSuiteResult result, IReadOnlyDictionary<string, string> errata) =>
        result with
        {
            Steps = result.Steps.Select(s => !s.Passed && errata.TryGetValue(s.Key, out var reason)
                ? s with { Cause = "data-set erratum: " + reason, Detail = $"{s.Cause}: {s.Detail}" }
                : s).ToList(),
        };
}
