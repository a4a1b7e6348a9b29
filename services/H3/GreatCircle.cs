namespace Protocol.Services.H3;

/// <summary>Angles and distances on H3's spherical earth.</summary>
internal static class GreatCircle
{
    /// <summary>H3's earth radius in km (authalic radius of WGS84).</summary>
    public const double EarthRadiusKm = 6371.007180918475;

    // Conversions written as h3-js writes them (deg·π/180, rad·180/π), so the same inputs give the same bits.
    public static double ToRadians(double degrees) => degrees * Math.PI / 180;

    public static double ToDegrees(double radians) => radians * 180 / Math.PI;

    /// <summary>
    /// Haversine central angle in radians between two points given in radians:
    /// a = sin²(Δlat/2) + cos lat1 · cos lat2 · sin²(Δlng/2), angle = 2·atan2(√a, √(1 − a)).
    /// Rounding can push a just past 1 for (nearly) antipodal points, where H3's C code returns NaN; a is clamped to
    /// [0, 1] so those give π. Elsewhere the result is H3's to the bit (same operations in the same order). Near the
    /// antipode haversine loses precision (√(1 − a) amplifies rounding to ~1e-8 relative, ~0.2 m on the earth).
    /// </summary>
    public static double DistanceRadians(double lat1, double lng1, double lat2, double lng2)
    {
        double sinLat = Math.Sin((lat2 - lat1) * 0.5);
        double sinLng = Math.Sin((lng2 - lng1) * 0.5);
        double a = Math.Clamp(sinLat * sinLat + Math.Cos(lat1) * Math.Cos(lat2) * sinLng * sinLng, 0.0, 1.0);
        return 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }
}
