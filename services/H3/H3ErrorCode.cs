namespace Protocol.Services.H3;

/// <summary>
/// Why an H3 operation failed. The numbers are H3's own error codes (the C library's <c>H3Error</c>, which h3-js
/// reports as <c>error.code</c>), so a failure here can be compared with the reference implementation's.
/// </summary>
public enum H3ErrorCode
{
    /// <summary>The operation failed and no more specific reason applies (e.g. cells too far apart for grid distance).</summary>
    Failed = 1,
    /// <summary>An argument was outside its range (e.g. a negative k).</summary>
    Domain = 2,
    /// <summary>Latitude or longitude was not a finite number.</summary>
    LatLngDomain = 3,
    /// <summary>A resolution was outside 0..15.</summary>
    ResolutionDomain = 4,
    /// <summary>A cell index was not a valid H3 cell.</summary>
    CellInvalid = 5,
    /// <summary>Pentagon distortion was met where the operation cannot cross it.</summary>
    Pentagon = 9,
    /// <summary>Two cells had incompatible resolutions (different, or a parent finer than its child).</summary>
    ResolutionMismatch = 12,
}
