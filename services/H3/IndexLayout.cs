namespace Protocol.Services.H3;

/// <summary>
/// The 64 bits of an H3 cell index, high to low: 1 reserved bit (0), 4 mode bits (1 = cell), 3 reserved bits (0),
/// 4 bits resolution, 7 bits base cell (0..121), then 15 digits of 3 bits for resolutions 1..15; digits below the
/// cell's resolution are 7. E.g. 0x87283472bffffff: mode 1, resolution 7, base cell 20, digits 0,6,4,3,4,5,3 then 7s.
/// </summary>
internal static class IndexLayout
{
    private const int ModeOffset = 59;
    private const int ResolutionOffset = 52;
    private const int BaseCellOffset = 45;
    private const ulong CellMode = 1;
    private const ulong DigitMask = 7;
    /// <summary>All 15 digits set to 7.</summary>
    private const ulong AllDigits7 = (1UL << 45) - 1;

    /// <summary>A cell index at <paramref name="res"/> on <paramref name="baseCell"/> with every digit 7 (digits to be set).</summary>
    public static ulong New(int res, int baseCell) =>
        (CellMode << ModeOffset) | ((ulong)res << ResolutionOffset) | ((ulong)baseCell << BaseCellOffset) | AllDigits7;

    public static int Resolution(ulong h) => (int)((h >> ResolutionOffset) & 15);

    public static ulong WithResolution(ulong h, int res) => (h & ~(15UL << ResolutionOffset)) | ((ulong)res << ResolutionOffset);

    public static int BaseCell(ulong h) => (int)((h >> BaseCellOffset) & 127);

    public static ulong WithBaseCell(ulong h, int baseCell) => (h & ~(127UL << BaseCellOffset)) | ((ulong)baseCell << BaseCellOffset);

    /// <summary>The digit at resolution <paramref name="r"/> (1..15).</summary>
    public static Digit GetDigit(ulong h, int r) => (Digit)((h >> ((15 - r) * 3)) & DigitMask);

    public static ulong WithDigit(ulong h, int r, Digit d)
    {
        int shift = (15 - r) * 3;
        return (h & ~(DigitMask << shift)) | ((ulong)d << shift);
    }

    /// <summary>
    /// A valid cell: top byte 0_0001_000, base cell below 122, digits 0..6 up to its resolution and 7 below it, and on
    /// a pentagon base cell the first non-zero digit is not 1 (pentagons have no k child).
    /// </summary>
    public static bool IsValidCell(ulong h)
    {
        if (h >> 56 != 0b0000_1000) return false;
        int res = Resolution(h);
        int baseCell = BaseCell(h);
        if (baseCell >= BaseCells.Count) return false;
        for (int r = 1; r <= 15; r++)
        {
            var d = GetDigit(h, r);
            if ((r <= res) == (d == Digit.Invalid)) return false;
        }
        return !(BaseCells.IsPentagon(baseCell) && LeadingNonZeroDigit(h) == Digit.K);
    }

    /// <summary>The first digit (coarsest resolution first) that is not 0, or 0 if all are (the base cell's centre line).</summary>
    public static Digit LeadingNonZeroDigit(ulong h)
    {
        int res = Resolution(h);
        for (int r = 1; r <= res; r++)
        {
            var d = GetDigit(h, r);
            if (d != Digit.Center) return d;
        }
        return Digit.Center;
    }

    /// <summary>Every digit rotated 60° counter-clockwise (the cell turned about its base cell's centre).</summary>
    public static ulong Rotate60Ccw(ulong h)
    {
        int res = Resolution(h);
        for (int r = 1; r <= res; r++) h = WithDigit(h, r, GetDigit(h, r).Rotate60Ccw());
        return h;
    }

    /// <summary>Every digit rotated 60° clockwise.</summary>
    public static ulong Rotate60Cw(ulong h)
    {
        int res = Resolution(h);
        for (int r = 1; r <= res; r++) h = WithDigit(h, r, GetDigit(h, r).Rotate60Cw());
        return h;
    }

    /// <summary>
    /// Rotated 60° counter-clockwise about a pentagon's centre: as <see cref="Rotate60Ccw"/>, but when the first
    /// non-zero digit lands on the deleted k direction the whole index turns once more, past that missing sector.
    /// </summary>
    public static ulong RotatePentagon60Ccw(ulong h)
    {
        int res = Resolution(h);
        bool seenNonZero = false;
        for (int r = 1; r <= res; r++)
        {
            h = WithDigit(h, r, GetDigit(h, r).Rotate60Ccw());
            if (!seenNonZero && GetDigit(h, r) != Digit.Center)
            {
                seenNonZero = true;
                if (LeadingNonZeroDigit(h) == Digit.K) h = Rotate60Ccw(h);
            }
        }
        return h;
    }

    /// <summary>Rotated 60° clockwise about a pentagon's centre, skipping the deleted k sector.</summary>
    public static ulong RotatePentagon60Cw(ulong h)
    {
        int res = Resolution(h);
        bool seenNonZero = false;
        for (int r = 1; r <= res; r++)
        {
            h = WithDigit(h, r, GetDigit(h, r).Rotate60Cw());
            if (!seenNonZero && GetDigit(h, r) != Digit.Center)
            {
                seenNonZero = true;
                if (LeadingNonZeroDigit(h) == Digit.K) h = Rotate60Cw(h);
            }
        }
        return h;
    }
}
