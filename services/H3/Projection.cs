namespace Protocol.Services.H3;

/// <summary>
/// Between the sphere and the face grids: a point goes to the nearest face centre, then a gnomonic projection about
/// that centre gives polar coordinates (distance, angle from the face's i axis) on the face plane, scaled so a
/// resolution 0 cell spacing is 1 and multiplied by √7 per resolution; Class III grids are turned by the aperture-7
/// angle asin(√(3/28)) ≈ 19.1°. Cell centres go back the same way.
/// </summary>
internal static class Projection
{
    private const double Epsilon = 0.0000000000000001;
    private const double TwoPi = 6.28318530717958647692528676655900576839433;
    private const double Sqrt7 = 2.6457513110645905905016157536392604257102;
    private const double InvSqrt7 = 0.37796447300922722721451653623418006081576;
    /// <summary>Rotation of a Class III grid against the Class II grid above it, radians.</summary>
    private const double Ap7RotationRads = 0.333473172251832115336090755351601070065900389;
    /// <summary>Gnomonic length (tan of the angle from a face centre) of one resolution 0 cell spacing.</summary>
    private const double Res0UnitGnomonic = 0.38196601125010500003;
    private const double InvRes0UnitGnomonic = 2.61803398874989588842;

    public static bool IsClassIII(int res) => (res & 1) == 1;

    /// <summary>An angle in radians brought into [0, 2π) (for inputs within one turn of that range).</summary>
    public static double PositiveAngle(double rads)
    {
        double tmp = rads < 0.0 ? rads + TwoPi : rads;
        if (rads >= TwoPi) tmp -= TwoPi;
        return tmp;
    }

    /// <summary>The cell containing a unit vector, on the nearest face's grid at <paramref name="res"/>.</summary>
    public static FaceIjk ToFaceIjk(Vec3 p, int res)
    {
        int face = 0;
        double sqd = 5.0; // more than any squared chord of the unit sphere (≤ 4)
        for (int f = 0; f < Faces.Count; f++)
        {
            double d = Vec3.DistanceSquared(Faces.Centers[f], p);
            if (d < sqd) { face = f; sqd = d; }
        }

        // Angle at the centre from the chord: cos r = 1 − 2 sin²(r/2) = 1 − chord²/2.
        double r = Math.Acos(1 - sqd * 0.5);
        if (r < Epsilon) return new FaceIjk(face, CoordIjk.FromHex2d(new Vec2(0.0, 0.0)));

        // Counter-clockwise angle from the face's i axis: the axis azimuth minus the point's azimuth.
        double theta = PositiveAngle(Faces.IAxisAzimuth[face] - PositiveAngle(Azimuth(Faces.Centers[face], p)));
        if (IsClassIII(res)) theta = PositiveAngle(theta - Ap7RotationRads);

        r = Math.Tan(r) * InvRes0UnitGnomonic;
        for (int i = 0; i < res; i++) r *= Sqrt7;
        return new FaceIjk(face, CoordIjk.FromHex2d(new Vec2(r * Math.Cos(theta), r * Math.Sin(theta))));
    }

    /// <summary>The centre of a cell given on a face grid at <paramref name="res"/>, as a unit vector.</summary>
    public static Vec3 ToSphere(FaceIjk fijk, int res)
    {
        var center = Faces.Centers[fijk.Face];
        var v = fijk.Coord.ToHex2d();
        double r = v.Length;
        if (r < Epsilon) return center;

        double theta = Math.Atan2(v.Y, v.X);
        for (int i = 0; i < res; i++) r *= InvSqrt7;
        r = Math.Atan(r * Res0UnitGnomonic);
        if (IsClassIII(res)) theta = PositiveAngle(theta + Ap7RotationRads);
        theta = PositiveAngle(Faces.IAxisAzimuth[fijk.Face] - theta); // now an azimuth

        var (north, east) = TangentBasis(center);
        var direction = Vec3.Combine(Math.Cos(theta), north, Math.Sin(theta), east);
        return Vec3.Combine(Math.Cos(r), center, Math.Sin(r), direction).Normalize();
    }

    /// <summary>Unit north and east directions of the tangent plane at <paramref name="p"/> (not at a pole).</summary>
    private static (Vec3 North, Vec3 East) TangentBasis(Vec3 p)
    {
        var pole = new Vec3(0.0, 0.0, 1.0);
        var north = Vec3.Combine(1.0, pole, -Vec3.Dot(pole, p), p).Normalize();
        return (north, Vec3.Cross(north, p));
    }

    /// <summary>Azimuth (clockwise from north, radians in (−π, π]) of <paramref name="to"/> seen from <paramref name="from"/>.</summary>
    private static double Azimuth(Vec3 from, Vec3 to)
    {
        var (north, east) = TangentBasis(from);
        var projected = Vec3.Combine(1.0, to, -Vec3.Dot(to, from), from).Normalize();
        return Math.Atan2(Vec3.Dot(projected, east), Vec3.Dot(projected, north));
    }
}
