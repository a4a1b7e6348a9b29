namespace Protocol.Services.H3;

/// <summary>
/// The 122 resolution 0 cells: 110 hexagons and 12 pentagons (one at each icosahedron vertex). Each has a home face,
/// a coordinate system of its own, and a neighbour in each digit direction (pentagons lack the k direction).
/// </summary>
internal static partial class BaseCells
{
    public const int Count = 122;

    /// <summary>Marks "no neighbour" (a pentagon's deleted k direction) in <see cref="Neighbours"/>.</summary>
    public const int None = 127;

    public static bool IsPentagon(int baseCell) => baseCell is >= 0 and < Count && Data[baseCell].IsPentagon;

    /// <summary>The two pentagons at the poles of the icosahedron (4 north, 117 south), whose neighbours all face them.</summary>
    public static bool IsPolarPentagon(int baseCell) => baseCell is 4 or 117;

    /// <summary>Home face and coordinates of a base cell.</summary>
    public static FaceIjk Home(int baseCell) => new(Data[baseCell].Face, Data[baseCell].Coord);

    /// <summary>Whether a pentagon's coordinate system is rotated clockwise (not counter-clockwise) on <paramref name="face"/>.</summary>
    public static bool IsCwOffset(int baseCell, int face) =>
        Data[baseCell].CwOffsetFace0 == face || Data[baseCell].CwOffsetFace1 == face;

    /// <summary>The base cell at resolution 0 face coordinates (each component 0..2) and the ccw rotations into it.</summary>
    public static (int Cell, int Rotations) AtFaceIjk(FaceIjk fijk) =>
        ByFaceIjk[fijk.Face, fijk.Coord.I * 9 + fijk.Coord.J * 3 + fijk.Coord.K];

    /// <summary>The neighbour of a base cell in a direction, or <see cref="None"/>.</summary>
    public static int Neighbour(int baseCell, Digit direction) => Neighbours[baseCell, (int)direction];

    /// <summary>60° ccw rotations from a base cell's system into its neighbour's in a direction (-1: no neighbour).</summary>
    public static int NeighbourRotation(int baseCell, Digit direction) => NeighbourRotations[baseCell, (int)direction];

    /// <summary>The direction from one base cell to a neighbouring one (the centre for itself), or <see cref="Digit.Invalid"/>.</summary>
    public static Digit DirectionTo(int origin, int neighbour)
    {
        for (var d = Digit.Center; d < Digit.Invalid; d++)
            if (Neighbours[origin, (int)d] == neighbour) return d;
        return Digit.Invalid;
    }
}
