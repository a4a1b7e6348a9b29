namespace Protocol.Services.H3;

/// <summary>
/// A point of 3-D space; points of the unit sphere are positions on the earth (x towards lat 0 lng 0, y towards
/// lat 0 lng 90°E, z towards the north pole). H3 v4 projects through these vectors; the operations below keep the
/// reference library's order of floating-point operations, so results agree to the last bit where the libm agrees.
/// </summary>
internal readonly record struct Vec3(double X, double Y, double Z)
{
    /// <summary>The unit vector of a latitude/longitude in radians.</summary>
    public static Vec3 FromLatLng(double lat, double lng)
    {
        double r = Math.Cos(lat);
        return new Vec3(Math.Cos(lng) * r, Math.Sin(lng) * r, Math.Sin(lat));
    }

    /// <summary>Latitude and longitude in radians of a unit vector (longitude in [-π, π]).</summary>
    public (double Lat, double Lng) ToLatLng() => (Math.Asin(Z), Math.Atan2(Y, X));

    /// <summary>a·v1 + b·v2.</summary>
    public static Vec3 Combine(double a, Vec3 v1, double b, Vec3 v2) =>
        new(a * v1.X + b * v2.X, a * v1.Y + b * v2.Y, a * v1.Z + b * v2.Z);

    public static Vec3 Cross(Vec3 a, Vec3 b) =>
        new(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    public static double Dot(Vec3 a, Vec3 b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;

    /// <summary>This vector scaled to length 1 (by the reciprocal of its norm); the zero vector stays zero.</summary>
    public Vec3 Normalize()
    {
        double norm = Math.Sqrt(Dot(this, this));
        double s = norm > 0.0 ? 1.0 / norm : 0.0;
        return new Vec3(X * s, Y * s, Z * s);
    }

    /// <summary>Squared straight-line distance.</summary>
    public static double DistanceSquared(Vec3 a, Vec3 b)
    {
        var d = Combine(1.0, a, -1.0, b);
        return Dot(d, d);
    }
}
