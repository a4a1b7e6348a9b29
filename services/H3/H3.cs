using System.Globalization;

namespace Protocol.Services.H3;

/// <summary>
/// H3 v4 cell indexing (https://h3geo.org): 64-bit cells at resolutions 0 (122 base cells) to 15, on an icosahedron
/// with a gnomonic projection per face. Angles in and out are degrees; distances are kilometres on H3's sphere.
/// Every method checks its input and throws <see cref="H3Exception"/> with H3's error code where H3 has no answer.
/// Results agree with h3-js 4.5 (tests/Services.H3.Tests).
/// </summary>
public static class H3
{
    /// <summary>Finest H3 resolution.</summary>
    public const int MaxResolution = 15;

    /// <summary>The cell at <paramref name="resolution"/> containing the point (degrees; any finite values).</summary>
    public static ulong LatLngToCell(double latDegrees, double lngDegrees, int resolution)
    {
        CheckResolution(resolution, nameof(resolution));
        if (!double.IsFinite(latDegrees) || !double.IsFinite(lngDegrees))
            throw new H3Exception(H3ErrorCode.LatLngDomain, $"Latitude and longitude must be finite numbers (got {latDegrees}, {lngDegrees}).");
        var p = Vec3.FromLatLng(GreatCircle.ToRadians(latDegrees), GreatCircle.ToRadians(lngDegrees));
        return IndexCodec.FromFaceIjk(Projection.ToFaceIjk(p, resolution), resolution);
    }

    /// <summary>The centre of <paramref name="cell"/>, in degrees (lng in [-180, 180]).</summary>
    public static (double Lat, double Lng) CellToLatLng(ulong cell)
    {
        CheckCell(cell, nameof(cell));
        var (lat, lng) = Projection.ToSphere(IndexCodec.ToFaceIjk(cell), IndexLayout.Resolution(cell)).ToLatLng();
        return (GreatCircle.ToDegrees(lat), GreatCircle.ToDegrees(lng));
    }

    /// <summary>The resolution (0..15) of a valid cell.</summary>
    public static int GetResolution(ulong cell)
    {
        CheckCell(cell, nameof(cell));
        return IndexLayout.Resolution(cell);
    }

    /// <summary>Whether <paramref name="cell"/> is a valid H3 cell index (never throws).</summary>
    public static bool IsValidCell(ulong cell) => IndexLayout.IsValidCell(cell);

    /// <summary>Whether the valid cell is one of the 12 pentagons of its resolution.</summary>
    public static bool IsPentagon(ulong cell)
    {
        CheckCell(cell, nameof(cell));
        return BaseCells.IsPentagon(IndexLayout.BaseCell(cell)) && IndexLayout.LeadingNonZeroDigit(cell) == Digit.Center;
    }

    /// <summary>The ancestor of <paramref name="cell"/> at <paramref name="parentResolution"/> (0..the cell's own).</summary>
    public static ulong CellToParent(ulong cell, int parentResolution)
    {
        CheckCell(cell, nameof(cell));
        CheckResolution(parentResolution, nameof(parentResolution));
        int res = IndexLayout.Resolution(cell);
        if (parentResolution > res)
            throw new H3Exception(H3ErrorCode.ResolutionMismatch, $"Parent resolution {parentResolution} is finer than cell {ToString(cell)}'s resolution {res}.");
        ulong parent = IndexLayout.WithResolution(cell, parentResolution);
        for (int r = parentResolution + 1; r <= res; r++) parent = IndexLayout.WithDigit(parent, r, Digit.Invalid);
        return parent;
    }

    /// <summary>
    /// Number of grid steps between two cells of one resolution. Throws (code Failed) where H3 cannot compute it: base
    /// cells not adjacent (cells roughly more than a base cell apart) or a path that would unfold a pentagon across
    /// more than one icosahedron face; throws (ResolutionMismatch) for cells of different resolutions.
    /// </summary>
    public static int GridDistance(ulong a, ulong b)
    {
        CheckCell(a, nameof(a));
        CheckCell(b, nameof(b));
        return LocalIj.Distance(a, b);
    }

    /// <summary>The origin and every cell within <paramref name="k"/> grid steps of it, each once, in no particular order.</summary>
    public static IReadOnlyList<ulong> GridDisk(ulong origin, int k)
    {
        CheckCell(origin, nameof(origin));
        if (k < 0) throw new H3Exception(H3ErrorCode.Domain, $"k must be 0 or more (got {k}).");
        return Neighbours.Disk(origin, k);
    }

    /// <summary>Haversine distance in km between two points in degrees, on H3's sphere (radius 6371.007180918475 km).</summary>
    public static double GreatCircleDistanceKm((double Lat, double Lng) a, (double Lat, double Lng) b) =>
        GreatCircle.DistanceRadians(
            GreatCircle.ToRadians(a.Lat), GreatCircle.ToRadians(a.Lng),
            GreatCircle.ToRadians(b.Lat), GreatCircle.ToRadians(b.Lng)) * GreatCircle.EarthRadiusKm;

    /// <summary>Great-circle distance in km between the centres of two cells (of any resolutions).</summary>
    public static double CellDistanceKm(ulong a, ulong b) => GreatCircleDistanceKm(CellToLatLng(a), CellToLatLng(b));

    /// <summary>The index as lower-case hex without leading zeros, as h3-js writes it (e.g. "87283472bffffff").</summary>
    public static string ToString(ulong cell) => cell.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses 1..16 hex digits (either case, nothing else) into an index; throws <see cref="H3Exception"/> otherwise.
    /// Does not check that the index is a valid cell (see <see cref="IsValidCell"/>; every other method checks).
    /// </summary>
    public static ulong Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length is 0 or > 16 || !hex.All(char.IsAsciiHexDigit))
            throw new H3Exception(H3ErrorCode.Failed, $"'{hex}' is not an H3 index: expected 1 to 16 hexadecimal digits.");
        return ulong.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    private static void CheckResolution(int res, string name)
    {
        if (res is < 0 or > MaxResolution)
            throw new H3Exception(H3ErrorCode.ResolutionDomain, $"{name} must be 0..{MaxResolution} (got {res}).");
    }

    private static void CheckCell(ulong cell, string name)
    {
        if (!IndexLayout.IsValidCell(cell))
            throw new H3Exception(H3ErrorCode.CellInvalid, $"{name} {ToString(cell)} is not a valid H3 cell.");
    }
}
