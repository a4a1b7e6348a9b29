namespace Protocol.Services.H3;

/// <summary>
/// An index digit: which of the seven aperture-7 children (centre or one of six directions) a cell is of its parent.
/// The value's bits are the unit vector (4 = i, 2 = j, 1 = k). Pentagons have no k (1) child: the "deleted subsequence".
/// </summary>
internal enum Digit
{
    Center = 0,
    K = 1,
    J = 2,
    JK = 3,
    I = 4,
    IK = 5,
    IJ = 6,
    /// <summary>Unused digit positions below a cell's resolution hold 7.</summary>
    Invalid = 7,
}

internal static class Digits
{
    /// <summary>The digit 60° counter-clockwise: K → IK → I → IJ → J → JK → K.</summary>
    public static Digit Rotate60Ccw(this Digit d) => d switch
    {
        Digit.K => Digit.IK,
        Digit.IK => Digit.I,
        Digit.I => Digit.IJ,
        Digit.IJ => Digit.J,
        Digit.J => Digit.JK,
        Digit.JK => Digit.K,
        _ => d,
    };

    /// <summary>The digit 60° clockwise: K → JK → J → IJ → I → IK → K.</summary>
    public static Digit Rotate60Cw(this Digit d) => d switch
    {
        Digit.K => Digit.JK,
        Digit.JK => Digit.J,
        Digit.J => Digit.IJ,
        Digit.IJ => Digit.I,
        Digit.I => Digit.IK,
        Digit.IK => Digit.K,
        _ => d,
    };
}
