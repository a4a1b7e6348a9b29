namespace Protocol.Services.H3;

/// <summary>
/// Hex coordinates on one icosahedron face: three axes i, j, k 120° apart, so a cell has many (i, j, k) names; the
/// normalized one has no negative component and at least one zero. Aperture-7 steps move between resolutions: Class III
/// (odd) resolutions are rotated ~19.1° counter-clockwise from Class II (even) ones.
/// </summary>
internal readonly record struct CoordIjk(int I, int J, int K)
{
    public static readonly CoordIjk Zero = new(0, 0, 0);

    public static CoordIjk operator +(CoordIjk a, CoordIjk b) => new(a.I + b.I, a.J + b.J, a.K + b.K);

    public static CoordIjk operator -(CoordIjk a, CoordIjk b) => new(a.I - b.I, a.J - b.J, a.K - b.K);

    public CoordIjk Scale(int factor) => new(I * factor, J * factor, K * factor);

    /// <summary>The same cell with no negative component and the smallest components (one of them 0).</summary>
    public CoordIjk Normalize()
    {
        int i = I, j = J, k = K;
        if (i < 0) { j -= i; k -= i; i = 0; }
        if (j < 0) { i -= j; k -= j; j = 0; }
        if (k < 0) { i -= k; j -= k; k = 0; }
        int min = Math.Min(i, Math.Min(j, k));
        return min > 0 ? new(i - min, j - min, k - min) : new(i, j, k);
    }

    /// <summary>The unit vector of a digit (bit 2 = i, bit 1 = j, bit 0 = k); 0 is the centre.</summary>
    public static CoordIjk Unit(Digit d) => new(((int)d >> 2) & 1, ((int)d >> 1) & 1, (int)d & 1);

    /// <summary>The neighbour in a digit's direction (the centre and the invalid digit 7 leave the cell where it is).</summary>
    public CoordIjk Neighbour(Digit d) => d is > Digit.Center and < Digit.Invalid ? (this + Unit(d)).Normalize() : this;

    /// <summary>The digit whose unit vector this is, or <see cref="Digit.Invalid"/>.</summary>
    public Digit ToDigit()
    {
        var c = Normalize();
        for (var d = Digit.Center; d < Digit.Invalid; d++)
            if (c == Unit(d)) return d;
        return Digit.Invalid;
    }

    // Resolution steps. DownAp7 takes a parent's (i, j) (k = 0) to its centre child's (2i + j, 3j − i); inverting that
    // 2×2 map (determinant 7) gives the parent of a child (i, j) as ((3i − j)/7, (i + 2j)/7), rounded half away from
    // zero to the containing parent. DownAp7r takes (i, j) to (3i − j, i + 2j), inverted by ((2i + j)/7, (3j − i)/7).

    /// <summary>Parent coordinates one resolution coarser when the child resolution is Class III.</summary>
    public CoordIjk UpAp7()
    {
        int i = I - K, j = J - K;
        return new CoordIjk(Round((3 * i - j) * OneSeventh), Round((i + 2 * j) * OneSeventh), 0).Normalize();
    }

    /// <summary>Parent coordinates one resolution coarser when the child resolution is Class II.</summary>
    public CoordIjk UpAp7r()
    {
        int i = I - K, j = J - K;
        return new CoordIjk(Round((2 * i + j) * OneSeventh), Round((3 * j - i) * OneSeventh), 0).Normalize();
    }

    /// <summary>Centre child coordinates one resolution finer, into a Class III grid: i→(3,0,1), j→(1,3,0), k→(0,1,3).</summary>
    public CoordIjk DownAp7() => new CoordIjk(3 * I + J, 3 * J + K, I + 3 * K).Normalize();

    /// <summary>Centre child coordinates one resolution finer, into a Class II grid: i→(3,1,0), j→(0,3,1), k→(1,0,3).</summary>
    public CoordIjk DownAp7r() => new CoordIjk(3 * I + K, I + 3 * J, J + 3 * K).Normalize();

    /// <summary>Rotated 60° counter-clockwise: i→(1,1,0), j→(0,1,1), k→(1,0,1).</summary>
    public CoordIjk Rotate60Ccw() => new CoordIjk(I + K, I + J, J + K).Normalize();

    /// <summary>Rotated 60° clockwise: i→(1,0,1), j→(1,1,0), k→(0,1,1).</summary>
    public CoordIjk Rotate60Cw() => new CoordIjk(I + J, J + K, I + K).Normalize();

    /// <summary>Grid steps between two cells of one face system (largest component of the normalized difference).</summary>
    public static int Distance(CoordIjk a, CoordIjk b)
    {
        var d = (a - b).Normalize();
        return Math.Max(Math.Abs(d.I), Math.Max(Math.Abs(d.J), Math.Abs(d.K)));
    }

    /// <summary>The cell centre on the face plane, in units of the cell spacing, x along the i axis.</summary>
    public Vec2 ToHex2d()
    {
        int i = I - K, j = J - K;
        return new Vec2(i - 0.5 * j, j * Sqrt3Over2);
    }

    /// <summary>
    /// The cell containing a point of the face plane (x along i, unit = cell spacing). Works on |x|, |y| in the i/j
    /// skew basis, picks the hexagon by the fractional parts, then mirrors back across the axes.
    /// </summary>
    public static CoordIjk FromHex2d(Vec2 v)
    {
        double a1 = Math.Abs(v.X), a2 = Math.Abs(v.Y);
        double x2 = a2 * InvSin60;
        double x1 = a1 + x2 / 2.0;
        int m1 = (int)x1, m2 = (int)x2;
        double r1 = x1 - m1, r2 = x2 - m2;
        int i, j;
        if (r1 < 0.5)
        {
            if (r1 < 1.0 / 3.0)
            {
                i = m1;
                j = r2 < (1.0 + r1) / 2.0 ? m2 : m2 + 1;
            }
            else
            {
                j = r2 < 1.0 - r1 ? m2 : m2 + 1;
                i = (1.0 - r1) <= r2 && r2 < 2.0 * r1 ? m1 + 1 : m1;
            }
        }
        else if (r1 < 2.0 / 3.0)
        {
            j = r2 < 1.0 - r1 ? m2 : m2 + 1;
            i = (2.0 * r1 - 1.0) < r2 && r2 < 1.0 - r1 ? m1 : m1 + 1;
        }
        else
        {
            i = m1 + 1;
            j = r2 < r1 / 2.0 ? m2 : m2 + 1;
        }

        // Mirror across the y axis, then the x axis, when the point was on the negative side.
        if (v.X < 0.0)
        {
            long axis = (j % 2 == 0) ? j / 2 : (j + 1) / 2;
            long diff = i - axis;
            i = (j % 2 == 0) ? (int)(i - 2.0 * diff) : (int)(i - (2.0 * diff + 1));
        }
        if (v.Y < 0.0)
        {
            i -= (2 * j + 1) / 2;
            j = -j;
        }
        return new CoordIjk(i, j, 0).Normalize();
    }

    private static int Round(double x) => (int)Math.Round(x, MidpointRounding.AwayFromZero);

    private const double OneSeventh = 0.14285714285714285714285714285714285;
    private const double Sqrt3Over2 = 0.8660254037844386467637231707529361834714;
    private const double InvSin60 = 1.1547005383792515290182975610039149112953;
}

/// <summary>A point on a face plane.</summary>
internal readonly record struct Vec2(double X, double Y)
{
    public double Length => Math.Sqrt(X * X + Y * Y);
}
