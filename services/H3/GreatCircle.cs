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
    /// </summary>
    public static double DistanceRadians(double lat1, double lng1, double lat2, double lng2)
    {
        double sinLat = Math.Sin((lat2 - lat1) * 0.5);
        double sinLng = Math.Sin((lng2 - lng1) * 0.5);
        double a = sinLat * sinLat + Math.Cos(lat1) * Math.Cos(lat2) * sinLng * sinLng;
        return 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }
}
