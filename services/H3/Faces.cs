namespace Protocol.Services.H3;

/// <summary>
/// The icosahedron H3 projects onto: 20 faces, each with its own hex grid centred on the face centre (H3 v4 tables;
/// numbers are published facts of the H3 system).
/// </summary>
internal static class Faces
{
    public const int Count = 20;

    /// <summary>Face centres as unit vectors.</summary>
    public static readonly Vec3[] Centers =
    [
        new(0.2199307791404606, 0.6583691780274996, 0.7198475378926182), // 0
        new(-0.2139234834501421, 0.1478171829550703, 0.9656017935214205), // 1
        new(0.1092625278784797, -0.4811951572873210, 0.8697775121287253), // 2
        new(0.7428567301586791, -0.3593941678278028, 0.5648005936517033), // 3
        new(0.8112534709140969, 0.3448953237639384, 0.4721387736413930), // 4
        new(-0.1055498149613921, 0.9794457296411413, 0.1718874610009365), // 5
        new(-0.8075407579970092, 0.1533552485898818, 0.5695261994882688), // 6
        new(-0.2846148069787907, -0.8644080972654206, 0.4144792552473539), // 7
        new(0.7405621473854482, -0.6673299564565524, -0.0789837646326737), // 8
        new(0.8512303986474293, 0.4722343788582681, -0.2289137388687808), // 9
        new(-0.7405621473854481, 0.6673299564565524, 0.0789837646326737), // 10
        new(-0.8512303986474292, -0.4722343788582682, 0.2289137388687808), // 11
        new(0.1055498149613919, -0.9794457296411413, -0.1718874610009365), // 12
        new(0.8075407579970092, -0.1533552485898819, -0.5695261994882688), // 13
        new(0.2846148069787908, 0.8644080972654204, -0.4144792552473539), // 14
        new(-0.7428567301586791, 0.3593941678278027, -0.5648005936517033), // 15
        new(-0.8112534709140971, -0.3448953237639382, -0.4721387736413930), // 16
        new(-0.2199307791404607, -0.6583691780274996, -0.7198475378926182), // 17
        new(0.2139234834501420, -0.1478171829550704, -0.9656017935214205), // 18
        new(-0.1092625278784796, 0.4811951572873210, -0.8697775121287253), // 19
    ];

    /// <summary>Azimuth (radians, clockwise from north) from each face centre towards its Class II i axis.</summary>
    public static readonly double[] IAxisAzimuth =
    [
        5.619958268523939882, // 0
        5.760339081714187279, // 1
        0.780213654393430055, // 2
        0.430469363979999913, // 3
        6.130269123335111400, // 4
        2.692877706530642877, // 5
        2.982963003477243874, // 6
        3.532912002790141181, // 7
        3.494305004259568154, // 8
        3.003214169499538391, // 9
        5.930472956509811562, // 10
        0.138378484090254847, // 11
        0.448714947059150361, // 12
        0.158629650112549365, // 13
        5.891865957979238535, // 14
        2.711123289609793325, // 15
        3.294508837434268316, // 16
        3.804819692245439833, // 17
        3.664438879055192436, // 18
        2.361378999196363184, // 19
    ];

    /// <summary>Quadrants of a face's plane beyond its edges, indexing <see cref="Neighbours"/>.</summary>
    public const int IJ = 0, KI = 1, JK = 2;

    /// <summary>
    /// For each face, the face across each edge (ij, ki, jk quadrants) with how to carry coordinates over: rotate
    /// counter-clockwise by 60° that many times, then add the translation scaled to the resolution.
    /// </summary>
    public static readonly FaceOrientation[][] Neighbours =
    [
        [new(4, new CoordIjk(2, 0, 2), 1), new(1, new CoordIjk(2, 2, 0), 5), new(5, new CoordIjk(0, 2, 2), 3)], // 0
        [new(0, new CoordIjk(2, 0, 2), 1), new(2, new CoordIjk(2, 2, 0), 5), new(6, new CoordIjk(0, 2, 2), 3)], // 1
        [new(1, new CoordIjk(2, 0, 2), 1), new(3, new CoordIjk(2, 2, 0), 5), new(7, new CoordIjk(0, 2, 2), 3)], // 2
        [new(2, new CoordIjk(2, 0, 2), 1), new(4, new CoordIjk(2, 2, 0), 5), new(8, new CoordIjk(0, 2, 2), 3)], // 3
        [new(3, new CoordIjk(2, 0, 2), 1), new(0, new CoordIjk(2, 2, 0), 5), new(9, new CoordIjk(0, 2, 2), 3)], // 4
        [new(10, new CoordIjk(2, 2, 0), 3), new(14, new CoordIjk(2, 0, 2), 3), new(0, new CoordIjk(0, 2, 2), 3)], // 5
        [new(11, new CoordIjk(2, 2, 0), 3), new(10, new CoordIjk(2, 0, 2), 3), new(1, new CoordIjk(0, 2, 2), 3)], // 6
        [new(12, new CoordIjk(2, 2, 0), 3), new(11, new CoordIjk(2, 0, 2), 3), new(2, new CoordIjk(0, 2, 2), 3)], // 7
        [new(13, new CoordIjk(2, 2, 0), 3), new(12, new CoordIjk(2, 0, 2), 3), new(3, new CoordIjk(0, 2, 2), 3)], // 8
        [new(14, new CoordIjk(2, 2, 0), 3), new(13, new CoordIjk(2, 0, 2), 3), new(4, new CoordIjk(0, 2, 2), 3)], // 9
        [new(5, new CoordIjk(2, 2, 0), 3), new(6, new CoordIjk(2, 0, 2), 3), new(15, new CoordIjk(0, 2, 2), 3)], // 10
        [new(6, new CoordIjk(2, 2, 0), 3), new(7, new CoordIjk(2, 0, 2), 3), new(16, new CoordIjk(0, 2, 2), 3)], // 11
        [new(7, new CoordIjk(2, 2, 0), 3), new(8, new CoordIjk(2, 0, 2), 3), new(17, new CoordIjk(0, 2, 2), 3)], // 12
        [new(8, new CoordIjk(2, 2, 0), 3), new(9, new CoordIjk(2, 0, 2), 3), new(18, new CoordIjk(0, 2, 2), 3)], // 13
        [new(9, new CoordIjk(2, 2, 0), 3), new(5, new CoordIjk(2, 0, 2), 3), new(19, new CoordIjk(0, 2, 2), 3)], // 14
        [new(16, new CoordIjk(2, 0, 2), 1), new(19, new CoordIjk(2, 2, 0), 5), new(10, new CoordIjk(0, 2, 2), 3)], // 15
        [new(17, new CoordIjk(2, 0, 2), 1), new(15, new CoordIjk(2, 2, 0), 5), new(11, new CoordIjk(0, 2, 2), 3)], // 16
        [new(18, new CoordIjk(2, 0, 2), 1), new(16, new CoordIjk(2, 2, 0), 5), new(12, new CoordIjk(0, 2, 2), 3)], // 17
        [new(19, new CoordIjk(2, 0, 2), 1), new(17, new CoordIjk(2, 2, 0), 5), new(13, new CoordIjk(0, 2, 2), 3)], // 18
        [new(15, new CoordIjk(2, 0, 2), 1), new(18, new CoordIjk(2, 2, 0), 5), new(14, new CoordIjk(0, 2, 2), 3)], // 19
    ];
}

/// <summary>The face across an edge and the translation (in resolution 0 units) and 60° ccw rotations into its system.</summary>
internal readonly record struct FaceOrientation(int Face, CoordIjk Translate, int CcwRotations);
