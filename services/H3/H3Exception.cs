namespace Protocol.Services.H3;

/// <summary>
/// Thrown where H3 cannot answer: bad input (resolution, coordinates, cell) or an operation the H3 system cannot
/// compute (as the reference library reports an error). <see cref="Code"/> is H3's error code.
/// </summary>
public sealed class H3Exception : Exception
{
    public H3Exception(H3ErrorCode code, string message) : base(message) => Code = code;

    /// <summary>H3's error code for this failure (same numbering as the C library and h3-js).</summary>
    public H3ErrorCode Code { get; }
}
