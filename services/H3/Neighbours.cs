namespace Protocol.Services.H3;

/// <summary>
/// The neighbour of a cell in a digit direction, found on the index itself: add the direction to the finest digit;
/// where that leaves the parent, carry a move up to the parent's digit, and so on up to the base cell, then turn
/// into the neighbouring base cell's orientation. Pentagons need care because their k sector is deleted.
/// </summary>
internal static class Neighbours
{
    /// <summary>The six directions, in the order H3 walks them.</summary>
    public static readonly Digit[] Directions = [Digit.J, Digit.JK, Digit.K, Digit.IK, Digit.I, Digit.IJ];

    /// <summary>
    /// For a child at a Class III (index 1) or Class II (index 0) resolution with digit <c>old</c>, moved one cell in
    /// <c>dir</c>: its new digit and the move its parent makes (centre: none). Derived from the aperture-7 arithmetic:
    /// the child is centreChild(parent) + unit(old); moving gives c = that + unit(dir); the new parent is up(c).
    /// </summary>
    private static readonly (Digit NewDigit, Digit ParentMove)[,,] Steps = DeriveSteps();

    private static (Digit, Digit)[,,] DeriveSteps()
    {
        var steps = new (Digit, Digit)[2, 7, 7];
        for (int classIII = 0; classIII < 2; classIII++)
            for (var old = Digit.Center; old < Digit.Invalid; old++)
                for (var dir = Digit.Center; dir < Digit.Invalid; dir++)
                {
                    var moved = (CoordIjk.Unit(old) + CoordIjk.Unit(dir)).Normalize(); // parent at the origin
                    var parent = classIII == 1 ? moved.UpAp7() : moved.UpAp7r();
                    var centreChild = classIII == 1 ? parent.DownAp7() : parent.DownAp7r();
                    steps[classIII, (int)old, (int)dir] = ((moved - centreChild).Normalize().ToDigit(), parent.ToDigit());
                }
        return steps;
    }

    /// <summary>
    /// The neighbour of a valid cell in direction <paramref name="dir"/> after turning the direction
    /// <paramref name="rotations"/> × 60° counter-clockwise; <paramref name="rotations"/> comes back as the turn to apply
    /// to directions from the neighbour on. False when the direction is a pentagon's deleted k direction.
    /// </summary>
    public static bool TryNeighbour(ulong origin, Digit dir, ref int rotations, out ulong neighbour)
    {
        ulong current = origin;
        rotations %= 6;
        for (int i = 0; i < rotations; i++) dir = dir.Rotate60Ccw();

        int newRotations = 0;
        int oldBaseCell = IndexLayout.BaseCell(current);
        var oldLeadingDigit = IndexLayout.LeadingNonZeroDigit(current);

        // Adjust digits from the finest up while the move carries into the parent.
        for (int r = IndexLayout.Resolution(current) - 1; ; r--)
        {
            if (r == -1)
            {
                int next = BaseCells.Neighbour(oldBaseCell, dir);
                newRotations = BaseCells.NeighbourRotation(oldBaseCell, dir);
                if (next == BaseCells.None)
                {
                    // The deleted k direction of a pentagon base cell: that edge borders the i-k neighbour.
                    next = BaseCells.Neighbour(oldBaseCell, Digit.IK);
                    newRotations = BaseCells.NeighbourRotation(oldBaseCell, Digit.IK);
                    current = IndexLayout.Rotate60Ccw(current);
                    rotations++;
                }
                current = IndexLayout.WithBaseCell(current, next);
                break;
            }

            var oldDigit = IndexLayout.GetDigit(current, r + 1);
            var (newDigit, parentMove) = Steps[Projection.IsClassIII(r + 1) ? 1 : 0, (int)oldDigit, (int)dir];
            current = IndexLayout.WithDigit(current, r + 1, newDigit);
            if (parentMove == Digit.Center) break;
            dir = parentMove;
        }

        int newBaseCell = IndexLayout.BaseCell(current);
        if (BaseCells.IsPentagon(newBaseCell))
        {
            bool alreadyAdjustedKSubsequence = false;
            if (IndexLayout.LeadingNonZeroDigit(current) == Digit.K)
            {
                if (oldBaseCell != newBaseCell)
                {
                    // Walked into the pentagon's deleted k sector from a neighbouring base cell.
                    current = BaseCells.IsCwOffset(newBaseCell, BaseCells.Home(oldBaseCell).Face)
                        ? IndexLayout.Rotate60Cw(current)
                        : IndexLayout.Rotate60Ccw(current);
                    alreadyAdjustedKSubsequence = true;
                }
                else
                {
                    // Walked into the deleted sector from inside the same pentagon.
                    switch (oldLeadingDigit)
                    {
                        case Digit.Center:
                            neighbour = 0; // the k direction from the pentagon's centre does not exist
                            return false;
                        case Digit.JK:
                            current = IndexLayout.Rotate60Ccw(current);
                            rotations += 1;
                            break;
                        case Digit.IK:
                            current = IndexLayout.Rotate60Cw(current);
                            rotations += 5;
                            break;
                        default:
                            throw new H3Exception(H3ErrorCode.Failed, $"Cell {H3.ToString(origin)} has no neighbour in direction {dir}.");
                    }
                }
            }

            for (int i = 0; i < newRotations; i++) current = IndexLayout.RotatePentagon60Ccw(current);

            // Base cells around a pentagon are oriented differently; account for the turn across this edge.
            if (oldBaseCell != newBaseCell)
            {
                if (BaseCells.IsPolarPentagon(newBaseCell))
                {
                    if (oldBaseCell != 118 && oldBaseCell != 8 && IndexLayout.LeadingNonZeroDigit(current) != Digit.JK)
                        rotations += 1;
                }
                else if (IndexLayout.LeadingNonZeroDigit(current) == Digit.IK && !alreadyAdjustedKSubsequence)
                {
                    rotations += 1;
                }
            }
        }
        else
        {
            for (int i = 0; i < newRotations; i++) current = IndexLayout.Rotate60Ccw(current);
        }

        rotations = (rotations + newRotations) % 6;
        neighbour = current;
        return true;
    }

    /// <summary>The cells within <paramref name="k"/> neighbour steps of a valid cell, breadth first, each once.</summary>
    public static List<ulong> Disk(ulong origin, int k)
    {
        var seen = new HashSet<ulong> { origin };
        var result = new List<ulong> { origin };
        int ringStart = 0;
        for (int step = 1; step <= k; step++)
        {
            int ringEnd = result.Count;
            for (int n = ringStart; n < ringEnd; n++)
            {
                foreach (var dir in Directions)
                {
                    int rotations = 0;
                    if (TryNeighbour(result[n], dir, ref rotations, out var next) && seen.Add(next)) result.Add(next);
                }
            }
            ringStart = ringEnd;
        }
        return result;
    }
}
