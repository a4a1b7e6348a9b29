namespace Protocol.Services.H3.Tests;

/// <summary>Bad input is refused with H3's error code and a message naming the problem.</summary>
public sealed class InputValidationTests
{
    private const ulong Cell = 0x87283472bffffffUL; // res 7

    private static H3Exception Refused(H3ErrorCode code, Action action)
    {
        var e = Assert.Throws<H3Exception>(action);
        Assert.Equal(code, e.Code);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        return e;
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void Resolution_out_of_range(int res)
    {
        Assert.Contains(res.ToString(), Refused(H3ErrorCode.ResolutionDomain, () => H3.LatLngToCell(0, 0, res)).Message);
        Refused(H3ErrorCode.ResolutionDomain, () => H3.CellToParent(Cell, res));
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 10)]
    public void Non_finite_coordinates(double lat, double lng) =>
        Refused(H3ErrorCode.LatLngDomain, () => H3.LatLngToCell(lat, lng, 5));

    [Theory]
    [InlineData(0UL)]
    [InlineData(0x87283472bfffff0UL)]  // digit 7 missing below the resolution
    [InlineData(0x8f283472bffffffUL)]  // resolution 15 with 7s in its digits
    [InlineData(0x80f5fffffffffffUL)]  // base cell 122
    [InlineData(0x81087ffffffffffUL)]  // base cell 4 (a pentagon) with first digit 1: the deleted k sector
    [InlineData(0x82080ffffffffffUL)]  // the same at res 2: digits 0, 1
    [InlineData(0x187283472bffffffUL)] // mode bits not 1 (cell)
    public void Invalid_cells(ulong index)
    {
        Assert.False(H3.IsValidCell(index));
        Refused(H3ErrorCode.CellInvalid, () => H3.CellToLatLng(index));
        Refused(H3ErrorCode.CellInvalid, () => H3.GetResolution(index));
        Refused(H3ErrorCode.CellInvalid, () => H3.IsPentagon(index));
        Refused(H3ErrorCode.CellInvalid, () => H3.CellToParent(index, 0));
        Refused(H3ErrorCode.CellInvalid, () => H3.GridDisk(index, 1));
        Refused(H3ErrorCode.CellInvalid, () => H3.GridDistance(index, Cell));
        Refused(H3ErrorCode.CellInvalid, () => H3.GridDistance(Cell, index));
        Refused(H3ErrorCode.CellInvalid, () => H3.CellDistanceKm(index, Cell));
    }

    [Fact]
    public void A_pentagon_child_off_the_deleted_sector_is_valid() => Assert.True(H3.IsValidCell(0x820817fffffffffUL));

    [Fact]
    public void Parent_resolution_finer_than_the_cell() =>
        Assert.Contains("finer", Refused(H3ErrorCode.ResolutionMismatch, () => H3.CellToParent(Cell, 8)).Message);

    [Fact]
    public void Grid_distance_between_resolutions() =>
        Refused(H3ErrorCode.ResolutionMismatch, () => H3.GridDistance(Cell, H3.CellToParent(Cell, 6)));

    [Fact]
    public void Grid_distance_across_the_globe_cannot_be_computed() =>
        Refused(H3ErrorCode.Failed, () => H3.GridDistance(H3.LatLngToCell(0, 0, 9), H3.LatLngToCell(0, 180, 9)));

    [Fact]
    public void Negative_k() => Refused(H3ErrorCode.Domain, () => H3.GridDisk(Cell, -1));

    [Theory]
    [InlineData("")]
    [InlineData("0x87283472bffffff")]
    [InlineData("87283472bfffffg")]
    [InlineData(" 87283472bffffff")]
    [InlineData("187283472bffffffff")]
    public void Parse_refuses_what_is_not_hex(string text) => Refused(H3ErrorCode.Failed, () => H3.Parse(text));
}
