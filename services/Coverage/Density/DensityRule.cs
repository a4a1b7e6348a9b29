namespace Protocol.Services.Coverage.Density;

/// <summary>
/// One resolution's HIP-17/HIP-104 parameters: a cell may hold up to <c>limit = min(Max, Target × max(occupied − N + 1, 1))</c>
/// hotspots (after its children were clipped), where <c>occupied</c> counts the cells of its k = 1 disk (itself
/// included) holding at least <see cref="Target"/>.
/// </summary>
public readonly record struct DensityRule(int Resolution, int Neighbors, long Target, long Max)
{
    public long Limit(int occupied) => Math.Min(Max, Target * Math.Max(occupied - Neighbors + 1, 1));
}

/// <summary>The HIP-104 table (helium-oracles.md §3a), resolutions 4 to 10; 11 counts hotspots unclipped.</summary>
public static class DensityRules
{
    /// <summary>Hotspots are counted in the resolution-11 parent of their location.</summary>
    public const int CountResolution = 11;

    /// <summary>The coarsest resolution rolled up to.</summary>
    public const int TopResolution = 4;

    /// <summary>Index = resolution; entries 4..10.</summary>
    private static readonly DensityRule?[] ByResolution =
    [
        null, null, null, null,
        new(4, 2, 500, 1000),
        new(5, 4, 100, 200),
        new(6, 4, 25, 50),
        new(7, 4, 5, 10),
        new(8, 2, 1, 1),
        new(9, 2, 1, 1),
        new(10, 2, 1, 1),
    ];

    public static DensityRule For(int resolution) =>
        resolution is >= TopResolution and < CountResolution
            ? ByResolution[resolution]!.Value
            : throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "HIP-104 rules cover resolutions 4 to 10.");
}
