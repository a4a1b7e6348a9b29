using Protocol.Services.H3;
using static Protocol.Services.H3.H3;

namespace Protocol.Services.Coverage.Geo;

/// <summary>The H3 questions proof-of-coverage asks of two asserted locations.</summary>
public static class PocGeometry
{
    /// <summary>Grid distances are measured between the resolution-11 parents of the two locations.</summary>
    public const int DistanceResolution = 11;

    /// <summary>
    /// Where H3 cannot compute a grid distance (cells on different icosahedron faces or across a pentagon), the pair
    /// is taken to satisfy the minimum distance when its centres are at least this far apart, metres. Eight
    /// resolution-11 steps are about 350 m; H3 only fails over much longer stretches, so this errs on the strict side.
    /// </summary>
    public const long UndefinedGridDistanceFloorMetres = 1_000;

    /// <summary>Whether the cell can serve as a PoC location: a valid H3 cell of resolution 11 or finer.</summary>
    public static bool IsUsableLocation(ulong cell) =>
        cell != 0 && IsValidCell(cell) && GetResolution(cell) >= DistanceResolution;

    /// <summary>Grid distance between the resolution-11 parents, or null where H3 has none.</summary>
    public static int? ParentGridDistance(ulong a, ulong b)
    {
        try
        {
            return GridDistance(CellToParent(a, DistanceResolution), CellToParent(b, DistanceResolution));
        }
        catch (H3Exception)
        {
            return null;
        }
    }

    /// <summary>
    /// Great-circle distance between the two cells' centres on H3's sphere, rounded to the metre (half away from zero,
    /// as the reference's <c>f64::round</c>).
    /// </summary>
    public static long CentreDistanceMetres(ulong a, ulong b) =>
        (long)Math.Round(CellDistanceKm(a, b) * 1000.0, MidpointRounding.AwayFromZero);
}
