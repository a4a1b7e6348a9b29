using Protocol.Services.Coverage.Density;
using Protocol.Services.Coverage.Rewards;
using static Protocol.Services.H3.H3;

namespace Protocol.Services.Coverage.Tests.Density;

/// <summary>HIP-17/104 scaling on small hand-built maps around San Francisco, each worked out in the comments.</summary>
public class HexDensityMapTests
{
    private static readonly ulong Res7 = LatLngToCell(37.77, -122.42, 7);

    /// <summary>The child of <paramref name="cell"/> with H3 digit <paramref name="digit"/> (index bits, written here).</summary>
    private static ulong Child(ulong cell, int digit)
    {
        int r = GetResolution(cell) + 1;
        int shift = (15 - r) * 3;
        ulong child = (cell & ~(0xFUL << 52)) | ((ulong)r << 52);
        child = (child & ~(7UL << shift)) | ((ulong)digit << shift);
        Assert.True(IsValidCell(child));
        return child;
    }

    /// <summary>A resolution-12 location inside <paramref name="cell"/> (its centre child, repeatedly).</summary>
    private static ulong Inside(ulong cell)
    {
        while (GetResolution(cell) < 12) cell = Child(cell, 0);
        return cell;
    }

    private static long Scale(long num, long den) => (long)((System.Numerics.BigInteger)Fixed.One * num / den);

    [Fact]
    public void A_lone_hotspot_has_scale_1()
    {
        var home = Inside(Res7);
        var map = HexDensityMap.Build([home]);
        Assert.Equal(Fixed.One, map.ScaleOf(home));
        for (int r = 4; r <= 11; r++)
        {
            Assert.Equal(1, map.Unclipped(CellToParent(home, r)));
            Assert.Equal(1, map.Clipped(CellToParent(home, r)));
        }
    }

    [Fact]
    public void Two_hotspots_in_one_resolution_10_cell_share_it()
    {
        // Res 11: count 2 (never clipped). Res 10: unclipped 2 > target 1, limit min(1, …) = 1 → ratio 1/2. Above: 1/1.
        var res10 = CellToParent(Inside(Res7), 10);
        var a = Inside(Child(res10, 0));
        var b = Inside(Child(res10, 3));
        var map = HexDensityMap.Build([a, b]);
        Assert.Equal(Fixed.One / 2, map.ScaleOf(a));
        Assert.Equal(Fixed.One / 2, map.ScaleOf(b));
        Assert.Equal((2L, 1L), (map.Unclipped(res10), map.Clipped(res10)));
    }

    [Fact]
    public void A_crowded_resolution_8_hex_divides_its_one_slot()
    {
        // Resolution-8 cell P; one hotspot in each of its res-9 children 0..4, three in child 5 (each in its own res-10 cell).
        //  child 5 at res 9: unclipped 3 (three res-10 cells of 1) → clipped 1: ratio 1/3.
        //  P at res 8: unclipped 6 (children 0..5, each clipped to 1) → clipped 1: ratio 1/6.
        //  P's parent at res 7: unclipped 1: ratio 1.
        // So the five lone hotspots scale by 1/6 and the three crowded ones by 1/3 · 1/6 = 1/18.
        var p = CellToParent(Inside(Res7), 8);
        var lone = Enumerable.Range(0, 5).Select(d => Inside(Child(p, d))).ToArray();
        var crowded = new[] { 0, 1, 2 }.Select(d => Inside(Child(Child(p, 5), d))).ToArray();
        var map = HexDensityMap.Build([.. lone, .. crowded]);
        Assert.All(lone, h => Assert.Equal(Scale(1, 6), map.ScaleOf(h)));
        Assert.All(crowded, h => Assert.Equal(Scale(1, 18), map.ScaleOf(h)));
        Assert.Equal(166_666_666_666, map.ScaleOf(lone[0]));
        Assert.Equal(55_555_555_555, map.ScaleOf(crowded[0]));
        Assert.Equal((6L, 1L), (map.Unclipped(p), map.Clipped(p)));
    }

    [Fact]
    public void Occupied_neighbours_raise_a_resolution_7_limit()
    {
        // Res-7 cell C with one hotspot in each of its 7 res-8 children: unclipped 7 > target 5.
        // Alone, occupied = 1 (< N = 4): limit = min(10, 5 · 1) = 5 → clipped 5, scale 5/7 for each of them
        // (resolutions 8–10 hold one hotspot each; 6, 5, 4 stay at or below target).
        var inC = Enumerable.Range(0, 7).Select(d => Inside(Child(Res7, d))).ToArray();
        var alone = HexDensityMap.Build(inC);
        Assert.Equal((7L, 5L), (alone.Unclipped(Res7), alone.Clipped(Res7)));
        Assert.Equal(Scale(5, 7), alone.ScaleOf(inC[0]));
        Assert.Equal(714_285_714_285, alone.ScaleOf(inC[0]));

        // Four neighbours with 5 hotspots each are occupied (5 ≥ target): occupied = 5, limit = min(10, 5 · (5 − 4 + 1)) = 10,
        // so C keeps all 7. Each neighbour, at its target, keeps its 5.
        var neighbours = GridDisk(Res7, 1).Where(c => c != Res7).Order().Take(4).ToArray();
        var around = neighbours.SelectMany(n => Enumerable.Range(0, 5).Select(d => Inside(Child(n, d))));
        var crowded = HexDensityMap.Build([.. inC, .. around]);
        Assert.Equal((7L, 7L), (crowded.Unclipped(Res7), crowded.Clipped(Res7)));
        Assert.All(neighbours, n => Assert.Equal(5, crowded.Clipped(n)));

        // With only three such neighbours occupied = 4: limit = 5 · max(4 − 4 + 1, 1) = 5 again.
        var three = neighbours.Take(3).SelectMany(n => Enumerable.Range(0, 5).Select(d => Inside(Child(n, d))));
        Assert.Equal(5, HexDensityMap.Build([.. inC, .. three]).Clipped(Res7));
    }

    [Fact]
    public void Locations_outside_the_map_scale_by_a_fifth()
    {
        var map = HexDensityMap.Build([Inside(Res7)]);
        var elsewhere = LatLngToCell(40.0, -100.0, 12);
        Assert.Equal(HexDensityMap.DefaultScale, map.ScaleOf(elsewhere));
        Assert.Equal(200_000_000_000, HexDensityMap.DefaultScale);
        Assert.False(map.TryGetScale(elsewhere, out _));
        Assert.Equal(HexDensityMap.DefaultScale, map.ScaleOf(0));
        // The resolution-11 cell and any finer location in it share the scale.
        Assert.Equal(Fixed.One, map.ScaleOf(CellToParent(Inside(Res7), 11)));
    }

    [Fact]
    public void Locations_coarser_than_resolution_11_are_refused()
    {
        Assert.Throws<ArgumentException>(() => HexDensityMap.Build([CellToParent(Inside(Res7), 10)]));
        Assert.Throws<ArgumentException>(() => HexDensityMap.Build([0UL]));
        Assert.Equal(0, HexDensityMap.Build([]).CellCount);
    }

    [Fact]
    public void Matches_the_reference_on_its_live_ledger_fixture()
    {
        // helium/oracles iot_verifier hex_density.rs simple_scale_check: active hotspots of the res-8 hex 882830D341FFFFF on
        // 2022-10-14 (resolution-12 locations, some repeated) and the reference's scales, rounded there to 4 decimals.
        ulong[] locations =
        [
            631210990515536895, 631210990515536895, 631210990515536895, 631210990515537919, 631210990515537919,
            631210990515537919, 631210990515538431, 631210990515564031, 631210990515589631, 631210990515600383,
            631210990515601919, 631210990515606527, 631210990515722239, 631210990515722239, 631210990515727359,
            631210990515728895, 631210990515739647, 631210990515874303, 631210990515924479, 631210990516363775,
            631210990515987455, 631210990516590079, 631210990516612607, 631210990516613631, 631210990516640767,
            631210990516876799, 631210990516885503, 631210990516888063, 631210990516907007, 631210990516912639,
            631210990516955647, 631210990516996607, 631210990517011455, 631210990517016575, 631210990517144063,
            631210990517264895,
        ];
        var expected = new Dictionary<ulong, decimal>
        {
            [631210990515537919] = 0.0060m, [631210990516955647] = 0.0417m, [631210990516885503] = 0.0139m,
            [631210990515601919] = 0.0104m, [631210990516590079] = 0.0556m, [631210990516888063] = 0.0139m,
            [631210990516640767] = 0.0556m, [631210990516907007] = 0.0208m, [631210990515874303] = 0.0556m,
            [631210990517011455] = 0.0139m, [631210990516363775] = 0.1667m, [631210990515589631] = 0.0104m,
            [631210990516996607] = 0.0139m, [631210990515600383] = 0.0104m, [631210990517016575] = 0.0139m,
            [631210990515606527] = 0.0104m, [631210990515739647] = 0.0083m, [631210990516613631] = 0.0278m,
            [631210990516876799] = 0.0139m, [631210990515924479] = 0.0556m, [631210990515538431] = 0.0060m,
            [631210990515536895] = 0.0060m, [631210990517144063] = 0.0833m, [631210990517264895] = 0.0833m,
            [631210990516612607] = 0.0278m, [631210990515722239] = 0.0083m, [631210990516912639] = 0.0208m,
            [631210990515727359] = 0.0083m, [631210990515564031] = 0.0417m, [631210990515728895] = 0.0083m,
            [631210990515987455] = 0.0556m,
        };
        var map = HexDensityMap.Build(locations);
        foreach (var (location, scale) in expected)
            Assert.True(scale == Math.Round(Fixed.ToDecimal(map.ScaleOf(location)), 4, MidpointRounding.ToEven),
                $"{Protocol.Services.H3.H3.ToString(location)}: expected {scale}, got {Fixed.ToDecimal(map.ScaleOf(location))}");
    }
}
