namespace Protocol.Services.H3.Tests;

/// <summary>Hand-checked facts of the H3 system (from its documentation), independent of h3-js.</summary>
public sealed class KnownVectorTests
{
    private static IEnumerable<ulong> BaseCells() =>
        Enumerable.Range(0, 122).Select(bc => (0x8001fffffffffffUL & ~(127UL << 45)) | ((ulong)bc << 45));

    [Fact]
    public void Documentation_example_point_at_res_7()
    {
        // h3geo.org's example: the point 37.3615593, -122.0553238 at resolution 7.
        ulong cell = H3.LatLngToCell(37.3615593, -122.0553238, 7);
        Assert.Equal(0x87283472bffffffUL, cell);
        Assert.Equal("87283472bffffff", H3.ToString(cell));
        Assert.Equal(7, H3.GetResolution(cell));
        Assert.False(H3.IsPentagon(cell));
        var (lat, lng) = H3.CellToLatLng(cell);
        Assert.Equal(37.35171820183272, lat, 1e-12);
        Assert.Equal(-122.05032565263946, lng, 1e-12);
    }

    [Fact]
    public void Resolution_0_has_122_base_cells_of_which_12_are_pentagons()
    {
        var all = BaseCells().ToList();
        Assert.All(all, c => Assert.True(H3.IsValidCell(c)));
        Assert.Equal(122, all.Distinct().Count());
        var pentagons = all.Where(H3.IsPentagon).Select(c => (int)((c >> 45) & 127)).ToList();
        Assert.Equal([4, 14, 24, 38, 49, 58, 63, 72, 83, 97, 107, 117], pentagons);
        Assert.False(H3.IsValidCell((0x8001fffffffffffUL & ~(127UL << 45)) | (122UL << 45)));
    }

    [Fact]
    public void Every_base_cell_centre_maps_back_to_it()
    {
        foreach (var cell in BaseCells())
        {
            var (lat, lng) = H3.CellToLatLng(cell);
            Assert.Equal(cell, H3.LatLngToCell(lat, lng, 0));
        }
    }

    [Fact]
    public void Pentagons_have_five_neighbours_and_hexagons_six()
    {
        ulong pentagon = 0x8009fffffffffffUL; // base cell 4, resolution 0
        Assert.True(H3.IsPentagon(pentagon));
        Assert.Equal(6, H3.GridDisk(pentagon, 1).Count);
        Assert.Equal(16, H3.GridDisk(pentagon, 2).Count);

        // Its res 9 centre child: digits all 0.
        ulong pentagon9 = 0x89080000003ffffUL;
        Assert.True(H3.IsValidCell(pentagon9));
        Assert.True(H3.IsPentagon(pentagon9));
        Assert.Equal(pentagon, H3.CellToParent(pentagon9, 0));
        Assert.Equal(6, H3.GridDisk(pentagon9, 1).Count);
        Assert.All(H3.GridDisk(pentagon9, 1).Where(c => c != pentagon9), c => Assert.Equal(1, H3.GridDistance(pentagon9, c)));

        ulong hexagon = 0x87283472bffffffUL;
        Assert.Equal(7, H3.GridDisk(hexagon, 1).Count);
        Assert.Equal(19, H3.GridDisk(hexagon, 2).Count);
        Assert.Equal(37, H3.GridDisk(hexagon, 3).Count);
        Assert.Equal([hexagon], H3.GridDisk(hexagon, 0));
    }

    [Fact]
    public void Parents_and_distances_of_the_documentation_cell()
    {
        ulong cell = 0x87283472bffffffUL;
        Assert.Equal(0x86283472fffffffUL, H3.CellToParent(cell, 6));
        Assert.Equal(0x8029fffffffffffUL, H3.CellToParent(cell, 0));
        Assert.Equal(cell, H3.CellToParent(cell, 7));
        Assert.Equal(0, H3.GridDistance(cell, cell));
        Assert.All(H3.GridDisk(cell, 3), c => Assert.InRange(H3.GridDistance(cell, c), 0, 3));
        Assert.Equal(0.0, H3.CellDistanceKm(cell, cell));
    }

    [Fact]
    public void Great_circle_distance_uses_H3s_earth_radius()
    {
        // A quarter meridian is π/2 radii; the antipode is π radii.
        Assert.Equal(Math.PI / 2 * 6371.007180918475, H3.GreatCircleDistanceKm((0, 0), (90, 0)), 1e-9);
        Assert.Equal(Math.PI * 6371.007180918475, H3.GreatCircleDistanceKm((0, 0), (0, 180)), 1e-9);
        Assert.Equal(0.0, H3.GreatCircleDistanceKm((12.5, 45.25), (12.5, 45.25)));
    }

    [Fact]
    public void Hex_strings_round_trip_in_lower_case()
    {
        Assert.Equal(0x87283472bffffffUL, H3.Parse("87283472bffffff"));
        Assert.Equal(0x87283472bffffffUL, H3.Parse("87283472BFFFFFF"));
        Assert.Equal(0x087283472bffffffUL, H3.Parse("087283472bffffff"));
        Assert.Equal("8009fffffffffff", H3.ToString(0x8009fffffffffffUL));
        Assert.Equal(ulong.MaxValue, H3.Parse("ffffffffffffffff"));
    }
}
