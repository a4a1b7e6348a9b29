namespace Protocol.Services.H3;

/// <summary>
/// H3 v4 cell indexing (https://h3geo.org): 64-bit cells at resolutions 0 (122 base cells) to 15, on an icosahedron
/// with a gnomonic projection per face. Angles in and out are degrees; distances are kilometres on H3's sphere.
/// Every method checks its input and throws <see cref="H3Exception"/> with H3's error code where H3 has no answer.
/// </summary>
public static partial class H3
{
    /// <summary>Finest H3 resolution.</summary>
    public const int MaxResolution = 15;

    /// <summary>The cell at <paramref name="resolution"/> containing the point (degrees).</summary>
    public static ulong LatLngToCell(double latDegrees, double lngDegrees, int resolution) => throw new NotImplementedException();

    /// <summary>The centre of <paramref name="cell"/>, in degrees (lng in [-180, 180]).</summary>
    public static (double Lat, double Lng) CellToLatLng(ulong cell) => throw new NotImplementedException();

    /// <summary>The resolution (0..15) of a valid cell.</summary>
    public static int GetResolution(ulong cell) => throw new NotImplementedException();

    /// <summary>Whether <paramref name="cell"/> is a valid H3 cell index (never throws).</summary>
    public static bool IsValidCell(ulong cell) => throw new NotImplementedException();

    /// <summary>Whether the valid cell is one of the 12 pentagons of its resolution.</summary>
    public static bool IsPentagon(ulong cell) => throw new NotImplementedException();

    /// <summary>The ancestor of <paramref name="cell"/> at <paramref name="parentResolution"/> (≤ the cell's own).</summary>
    public static ulong CellToParent(ulong cell, int parentResolution) => throw new NotImplementedException();

    /// <summary>Number of grid steps between two cells of one resolution; throws where H3 cannot compute it.</summary>
    public static int GridDistance(ulong a, ulong b) => throw new NotImplementedException();

    /// <summary>The origin and every cell within <paramref name="k"/> grid steps of it, each once, in no particular order.</summary>
    public static IReadOnlyList<ulong> GridDisk(ulong origin, int k) => throw new NotImplementedException();

    /// <summary>Haversine distance in km between two points in degrees, on H3's sphere (radius 6371.007180918475 km).</summary>
    public static double GreatCircleDistanceKm((double Lat, double Lng) a, (double Lat, double Lng) b) => throw new NotImplementedException();

    /// <summary>Great-circle distance in km between the centres of two cells.</summary>
    public static double CellDistanceKm(ulong a, ulong b) => throw new NotImplementedException();

    /// <summary>The cell as lower-case hex without leading zeros, as h3-js writes it (e.g. "87283472bffffff").</summary>
    public static string ToString(ulong cell) => throw new NotImplementedException();

    /// <summary>Parses 1..16 hex digits (either case) into an index; throws on anything else. Does not check cell validity.</summary>
    public static ulong Parse(string hex) => throw new NotImplementedException();
}
