namespace Protocol.Services.H3;

/// <summary>
/// Local coordinates: cells of one resolution placed on a single hex grid anchored at an origin cell's base cell, so
/// grid distance is a coordinate difference. This works when the target's base cell is the origin's or a neighbour of
/// it; across a pentagon the grid is unfolded over the deleted sector, and where that unfolding would span more than
/// one icosahedron face the reference H3 library gives up, so this does too (same error codes).
/// </summary>
internal static class LocalIj
{
    /// <summary>
    /// 60° clockwise rotations to unfold a pentagon, by the origin's leading digit (row) and the target's (column), or
    /// by the direction towards the pentagon and the leading digit inside it. -1: the deleted k digit (invalid).
    /// </summary>
    private static readonly int[,] PentagonRotations =
    {
        { 0, -1, 0, 0, 0, 0, 0 },
        { -1, -1, -1, -1, -1, -1, -1 },
        { 0, -1, 0, 0, 0, 1, 0 },
        { 0, -1, 0, 0, 1, 1, 0 },
        { 0, -1, 0, 5, 0, 0, 0 },
        { 0, -1, 5, 5, 0, 0, 0 },
        { 0, -1, 0, 0, 0, 0, 0 },
    };

    /// <summary>
    /// Pairs of directions (both relative to a pentagon base cell: the origin's and the target's) whose unfolding would
    /// cross more than one icosahedron face; H3 refuses these rather than risk a wrong answer.
    /// </summary>
    private static readonly bool[,] FailedDirections =
    {
        { false, false, false, false, false, false, false },
        { false, false, false, false, false, false, false },
        { false, false, false, false, true, true, false },
        { false, false, false, false, true, false, true },
        { false, false, true, true, false, false, false },
        { false, false, true, false, false, false, true },
        { false, false, false, true, false, true, false },
    };

    /// <summary>Coordinates of <paramref name="cell"/> in the local system anchored at <paramref name="origin"/> (both valid cells).</summary>
    public static CoordIjk ToLocalIjk(ulong origin, ulong cell)
    {
        ulong target = cell; // for messages: cell is rotated below
        int res = IndexLayout.Resolution(origin);
        if (res != IndexLayout.Resolution(cell))
            throw new H3Exception(H3ErrorCode.ResolutionMismatch, $"Cells {H3.ToString(origin)} and {H3.ToString(cell)} have different resolutions.");

        int originBaseCell = IndexLayout.BaseCell(origin);
        int baseCell = IndexLayout.BaseCell(cell);
        var dir = Digit.Center;     // from the origin's base cell to the cell's
        var revDir = Digit.Center;  // and back
        if (originBaseCell != baseCell)
        {
            dir = BaseCells.DirectionTo(originBaseCell, baseCell);
            if (dir == Digit.Invalid) throw TooFar(origin, target, "their base cells are not neighbours");
            revDir = BaseCells.DirectionTo(baseCell, originBaseCell);
        }

        bool originOnPentagon = BaseCells.IsPentagon(originBaseCell);
        bool cellOnPentagon = BaseCells.IsPentagon(baseCell);

        if (dir != Digit.Center)
        {
            // Undo the rotation into the neighbouring base cell's orientation (clockwise).
            int rotations = BaseCells.NeighbourRotation(originBaseCell, dir);
            for (int i = 0; i < rotations; i++)
            {
                if (cellOnPentagon)
                {
                    cell = IndexLayout.RotatePentagon60Cw(cell);
                    revDir = revDir.Rotate60Cw();
                    if (revDir == Digit.K) revDir = revDir.Rotate60Cw();
                }
                else
                {
                    cell = IndexLayout.Rotate60Cw(cell);
                    revDir = revDir.Rotate60Cw();
                }
            }
        }

        // Coordinates within the cell's own base cell (the face plays no part).
        var ijk = IndexCodec.FollowDigits(cell, CoordIjk.Zero);

        if (dir != Digit.Center)
        {
            int pentagonRotations = 0, directionRotations = 0;
            if (originOnPentagon)
            {
                var originLeading = IndexLayout.LeadingNonZeroDigit(origin);
                if (FailedDirections[(int)originLeading, (int)dir]) throw PentagonUnfolding(origin, target);
                directionRotations = pentagonRotations = PentagonRotations[(int)originLeading, (int)dir];
            }
            else if (cellOnPentagon)
            {
                var cellLeading = IndexLayout.LeadingNonZeroDigit(cell);
                if (FailedDirections[(int)cellLeading, (int)revDir]) throw PentagonUnfolding(origin, target);
                pentagonRotations = PentagonRotations[(int)revDir, (int)cellLeading];
            }
            if (pentagonRotations < 0 || directionRotations < 0)
                throw new H3Exception(H3ErrorCode.CellInvalid, $"Cell {H3.ToString(target)} uses a pentagon's deleted k digit.");

            for (int i = 0; i < pentagonRotations; i++) ijk = ijk.Rotate60Cw();

            // The neighbouring base cell's centre, scaled down to this resolution, in the origin's orientation.
            var offset = CoordIjk.Zero.Neighbour(dir);
            for (int r = res - 1; r >= 0; r--) offset = Projection.IsClassIII(r + 1) ? offset.DownAp7() : offset.DownAp7r();
            for (int i = 0; i < directionRotations; i++) offset = offset.Rotate60Cw();

            ijk = (ijk + offset).Normalize();
        }
        else if (originOnPentagon && cellOnPentagon)
        {
            // Same pentagon base cell: unfold between the two sectors.
            var originLeading = IndexLayout.LeadingNonZeroDigit(origin);
            var cellLeading = IndexLayout.LeadingNonZeroDigit(cell);
            if (FailedDirections[(int)originLeading, (int)cellLeading]) throw PentagonUnfolding(origin, target);
            int rotations = PentagonRotations[(int)originLeading, (int)cellLeading];
            for (int i = 0; i < rotations; i++) ijk = ijk.Rotate60Cw();
        }
        return ijk;
    }

    /// <summary>Grid steps between two valid cells of one resolution.</summary>
    public static int Distance(ulong origin, ulong cell) =>
        CoordIjk.Distance(ToLocalIjk(origin, origin), ToLocalIjk(origin, cell));

    private static H3Exception TooFar(ulong origin, ulong cell, string why) =>
        new(H3ErrorCode.Failed, $"Grid distance from {H3.ToString(origin)} to {H3.ToString(cell)} cannot be computed: {why}.");

    private static H3Exception PentagonUnfolding(ulong origin, ulong cell) =>
        TooFar(origin, cell, "the path would unfold a pentagon across more than one icosahedron face");
}
