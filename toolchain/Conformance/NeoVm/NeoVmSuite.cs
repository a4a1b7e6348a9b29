namespace Protocol.Toolchain.Conformance.NeoVm;

/// <summary>Totals of a run over the official NeoVM vectors.</summary>
public sealed record NeoVmSuiteResult(int Files, int Tests, int Steps, IReadOnlyList<string> Failures,
    IReadOnlyDictionary<string, string> KnownGaps)
{
    public bool Passed => Failures.Count == 0 && KnownGaps.Count == 0;

    public string Summary =>
        $"NeoVM conformance: {Files} files, {Tests} tests, {Steps} steps run; {Failures.Count} failures; {KnownGaps.Count} known gaps";
}

/// <summary>Runs every vector file under ../shared/conformance/neo-vm.</summary>
public static class NeoVmSuite
{
    /// <summary>Vectors we cannot pass yet, keyed "Category/File/Test", with the reason. It is empty and must stay so.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownGaps = new Dictionary<string, string>();

    public static string Folder => Path.Combine(ConformancePaths.Root, "neo-vm");

    /// <summary>Vector files relative to <see cref="Folder"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static NeoVmSuiteResult RunAll()
    {
        int files = 0, tests = 0, steps = 0;
        var failures = new List<string>();
        foreach (var path in Files())
        {
            var file = VmVectorFile.Load(Path.Combine(Folder, path));
            files++;
            tests += file.Tests.Count;
            steps += file.Tests.Sum(t => t.Steps.Count);
            failures.AddRange(RunFile(file));
        }
        return new NeoVmSuiteResult(files, tests, steps, failures, KnownGaps);
    }

    /// <summary>Runs one file; returns a line per mismatch, prefixed "Category/File/Test".</summary>
    public static List<string> RunFile(VmVectorFile file)
    {
        var failures = new List<string>();
        foreach (var test in file.Tests)
        {
            var key = $"{file.Category}/{Path.GetFileNameWithoutExtension(file.Path)}/{test.Name}";
            if (KnownGaps.ContainsKey(key)) continue;
            try
            {
                failures.AddRange(VmVectorRunner.Run(test).Select(f => $"{key}: {f}"));
            }
            catch (Exception e)
            {
                failures.Add($"{key}: host exception escaped: {e}");
            }
        }
        return failures;
    }
}
