namespace Protocol.Services.H3;

/// <summary>
/// Between face coordinates and cell indexes. Coarsening a cell's face coordinates one aperture-7 step at a time
/// yields its digit at each resolution (its offset from the parent's centre child) until resolution 0 names the base
/// cell; the digits are then rotated into the base cell's own orientation. Decoding walks the digits back down from
/// the base cell's home face and moves the result onto the neighbouring face if it lies beyond the home face's edge.
/// </summary>
internal static class IndexCodec
{
    /// <summary>Face-coordinate limit of a resolution 0 cell on a face grid (each component 0..2).</summary>
    private const int MaxFaceCoord = 2;

    /// <summary>The index of the cell at face coordinates <paramref name="fijk"/> at resolution <paramref name="res"/>.</summary>
    public static ulong FromFaceIjk(FaceIjk fijk, int res)
    {
        ulong h = IndexLayout.New(res, 0);
        var ijk = fijk.Coord;
        for (int r = res - 1; r >= 0; r--)
        {
            var child = ijk;
            CoordIjk centreChild;
            if (Projection.IsClassIII(r + 1))
            {
                ijk = ijk.UpAp7();
                centreChild = ijk.DownAp7();
            }
            else
            {
                ijk = ijk.UpAp7r();
                centreChild = ijk.DownAp7r();
            }
            h = IndexLayout.WithDigit(h, r + 1, (child - centreChild).Normalize().ToDigit());
        }

        if (ijk.I > MaxFaceCoord || ijk.J > MaxFaceCoord || ijk.K > MaxFaceCoord)
            throw new H3Exception(H3ErrorCode.Failed, $"Face coordinates {fijk} at resolution {res} lie outside face {fijk.Face}'s base cells.");

        var (baseCell, rotations) = BaseCells.AtFaceIjk(new FaceIjk(fijk.Face, ijk));
        h = IndexLayout.WithBaseCell(h, baseCell);
        if (BaseCells.IsPentagon(baseCell))
        {
            // A pentagon has no k sector: turn out of it, the way this face's copy of the pentagon is offset.
            if (IndexLayout.LeadingNonZeroDigit(h) == Digit.K)
                h = BaseCells.IsCwOffset(baseCell, fijk.Face) ? IndexLayout.Rotate60Cw(h) : IndexLayout.Rotate60Ccw(h);
            for (int i = 0; i < rotations; i++) h = IndexLayout.RotatePentagon60Ccw(h);
        }
        else
        {
            for (int i = 0; i < rotations; i++) h = IndexLayout.Rotate60Ccw(h);
        }
        return h;
    }

    /// <summary>
    /// The coordinates reached from <paramref name="start"/> (a base cell's coordinates in some face or local system)
    /// by following the digits of <paramref name="h"/> down to its resolution.
    /// </summary>
    public static CoordIjk FollowDigits(ulong h, CoordIjk start)
    {
        int res = IndexLayout.Resolution(h);
        var ijk = start;
        for (int r = 1; r <= res; r++)
        {
            ijk = Projection.IsClassIII(r) ? ijk.DownAp7() : ijk.DownAp7r();
            ijk = ijk.Neighbour(IndexLayout.GetDigit(h, r));
        }
        return ijk;
    }

    /// <summary>The face coordinates of a valid cell (on the face that holds its centre).</summary>
    public static FaceIjk ToFaceIjk(ulong h)
    {
        int baseCell = IndexLayout.BaseCell(h);
        bool pentagon = BaseCells.IsPentagon(baseCell);

        // The pentagon's i-k (5) sector lies across the deleted k sector in the home face's system: turn it clockwise.
        if (pentagon && IndexLayout.LeadingNonZeroDigit(h) == Digit.IK) h = IndexLayout.Rotate60Cw(h);

        var home = BaseCells.Home(baseCell);
        int res = IndexLayout.Resolution(h);
        var fijk = home with { Coord = FollowDigits(h, home.Coord) };

        // A hexagon base cell centred on its home face keeps all its descendants on that face.
        if (!pentagon && (res == 0 || home.Coord == CoordIjk.Zero)) return fijk;

        // Otherwise the cell may lie beyond the face's edge. Overage is judged on a Class II grid.
        var original = fijk.Coord;
        int classIIRes = res;
        if (Projection.IsClassIII(res))
        {
            fijk = fijk with { Coord = fijk.Coord.DownAp7r() };
            classIIRes++;
        }

        bool pentagonLeading4 = pentagon && IndexLayout.LeadingNonZeroDigit(h) == Digit.I;
        if (FaceIjk.AdjustOverageClassII(ref fijk, classIIRes, pentagonLeading4))
        {
            // Around a pentagon a cell can be more than one face away.
            if (pentagon)
                while (FaceIjk.AdjustOverageClassII(ref fijk, classIIRes, false)) { }
            if (classIIRes != res) fijk = fijk with { Coord = fijk.Coord.UpAp7r() };
        }
        else if (classIIRes != res)
        {
            fijk = fijk with { Coord = original };
        }
        return fijk;
    }
}
