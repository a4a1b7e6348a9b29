namespace Protocol.Services.H3.Tests;

/// <summary>
/// Seeded points over the whole globe for the agreement tests: uniform on the sphere, plus the awkward places —
/// the poles and their neighbourhood, the antimeridian (±180 exactly and just off it), icosahedron vertices (where
/// the pentagons are), longitudes outside ±180, and grid points on whole degrees.
/// </summary>
public static class TestPoints
{
    public static List<(double Lat, double Lng)> Generate(int count, int seed)
    {
        var rng = new Random(seed);
        var pentagonCentres = PentagonCentres();
        var points = new List<(double, double)>(count);
        while (points.Count < count)
        {
            points.Add((rng.Next(10)) switch
            {
                // Near a pole: within 1° (and some at exactly ±90).
                0 => (rng.Next(20) == 0 ? Sign(rng) * 90.0 : Sign(rng) * (90 - rng.NextDouble() * 1.0), Lng(rng)),
                // On or near the antimeridian.
                1 => (Lat(rng), rng.Next(4) switch
                {
                    0 => 180.0,
                    1 => -180.0,
                    _ => Sign(rng) * (180 - rng.NextDouble() * 1e-3),
                }),
                // Near a pentagon (icosahedron vertex): within ~0.5°.
                2 => Near(rng, pentagonCentres[rng.Next(pentagonCentres.Count)], 0.5),
                // Longitudes outside ±180 (h3 wraps them).
                3 when rng.Next(3) == 0 => (Lat(rng), (rng.NextDouble() * 2 - 1) * 540),
                // Whole degrees (exact binary fractions of the grid lines people type).
                3 => (rng.Next(-90, 91), rng.Next(-180, 181)),
                _ => (Lat(rng), Lng(rng)),
            });
        }
        return points;
    }

    /// <summary>The centres of the 12 resolution 0 pentagons.</summary>
    public static List<(double Lat, double Lng)> PentagonCentres() =>
        Enumerable.Range(0, 122)
            .Select(bc => (0x8001fffffffffffUL & ~(127UL << 45)) | ((ulong)bc << 45))
            .Where(H3.IsPentagon)
            .Select(H3.CellToLatLng)
            .ToList();

    /// <summary>A point within about <paramref name="degrees"/> of <paramref name="centre"/>.</summary>
    public static (double Lat, double Lng) Near(Random rng, (double Lat, double Lng) centre, double degrees) =>
        (Math.Clamp(centre.Lat + (rng.NextDouble() * 2 - 1) * degrees, -90, 90), centre.Lng + (rng.NextDouble() * 2 - 1) * degrees);

    /// <summary>The point <paramref name="km"/> from <paramref name="start"/> along the great circle at <paramref name="bearingDegrees"/>.</summary>
    public static (double Lat, double Lng) Offset((double Lat, double Lng) start, double km, double bearingDegrees)
    {
        double d = km / 6371.007180918475, b = bearingDegrees * Math.PI / 180;
        double lat1 = start.Lat * Math.PI / 180, lng1 = start.Lng * Math.PI / 180;
        double lat2 = Math.Asin(Math.Sin(lat1) * Math.Cos(d) + Math.Cos(lat1) * Math.Sin(d) * Math.Cos(b));
        double lng2 = lng1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - Math.Sin(lat1) * Math.Sin(lat2));
        return (lat2 * 180 / Math.PI, lng2 * 180 / Math.PI);
    }

    /// <summary>Latitude of a point uniform on the sphere.</summary>
    public static double Lat(Random rng) => Math.Asin(rng.NextDouble() * 2 - 1) * 180 / Math.PI;

    public static double Lng(Random rng) => rng.NextDouble() * 360 - 180;

    private static double Sign(Random rng) => rng.Next(2) == 0 ? -1.0 : 1.0;
}
