namespace Protocol.Services.H3;

/// <summary>A cell (or substrate point) named by a face and coordinates on that face's grid.</summary>
internal readonly record struct FaceIjk(int Face, CoordIjk Coord)
{
    /// <summary>
    /// Face-coordinate sum (i + j + k) of a face edge in each Class II resolution's grid: 2·7^(res/2); beyond it a
    /// cell lies on a neighbouring face. Indexed by resolution (Class II only, odd entries unused).
    /// </summary>
    private static readonly int[] MaxDimByClassIIRes = [2, -1, 14, -1, 98, -1, 686, -1, 4802, -1, 33614, -1, 235298, -1, 1647086, -1, 11529602];

    /// <summary>Length of a resolution 0 unit vector in each Class II resolution's grid: 7^(res/2).</summary>
    private static readonly int[] UnitScaleByClassIIRes = [1, -1, 7, -1, 49, -1, 343, -1, 2401, -1, 16807, -1, 117649, -1, 823543, -1, 5764801];

    /// <summary>
    /// If these Class II coordinates lie beyond the face's edge, the same cell on the neighbouring face across it.
    /// A cell of a pentagon whose leading digit is 4 (i) sits where the deleted k sector was, so it is first rotated
    /// 60° clockwise about the pentagon (the face vertex at (maxDim, 0, 0)). Returns whether the face changed.
    /// </summary>
    public static bool AdjustOverageClassII(ref FaceIjk fijk, int res, bool pentagonLeading4)
    {
        var ijk = fijk.Coord;
        int maxDim = MaxDimByClassIIRes[res];
        if (ijk.I + ijk.J + ijk.K <= maxDim) return false;

        FaceOrientation orient;
        if (ijk.K > 0)
        {
            if (ijk.J > 0)
            {
                orient = Faces.Neighbours[fijk.Face][Faces.JK];
            }
            else
            {
                orient = Faces.Neighbours[fijk.Face][Faces.KI];
                if (pentagonLeading4)
                {
                    var origin = new CoordIjk(maxDim, 0, 0);
                    ijk = (ijk - origin).Rotate60Cw() + origin;
                }
            }
        }
        else
        {
            orient = Faces.Neighbours[fijk.Face][Faces.IJ];
        }

        for (int i = 0; i < orient.CcwRotations; i++) ijk = ijk.Rotate60Ccw();
        ijk = (ijk + orient.Translate.Scale(UnitScaleByClassIIRes[res])).Normalize();
        fijk = new FaceIjk(orient.Face, ijk);
        return true;
    }
}
