using Protocol.Services.H3.Tests.Harness;
using Xunit.Abstractions;

namespace Protocol.Services.H3.Tests;

/// <summary>
/// 10,000 seeded points (whole globe, poles, antimeridian, pentagons) at every resolution 0..15, compared with h3-js:
/// the cell of each point, each cell's centre, parents, pentagon flags, and validity of damaged indexes.
/// </summary>
public sealed class IndexingAgreementTests(IndexingAgreementTests.Fixture fixture, ITestOutputHelper output)
    : IClassFixture<IndexingAgreementTests.Fixture>
{
    public const int PointCount = 10_000;

    public sealed class Fixture
    {
        public readonly record struct CellCase(double Lat, double Lng, int Res, ulong Cell, int CellSlot, int CentreSlot, int PentagonSlot);
        public readonly record struct ParentCase(ulong Cell, int ParentRes, int Slot);
        public readonly record struct ValidityCase(ulong Index, int Slot);

        public List<CellCase> Cells { get; } = [];
        public List<ParentCase> Parents { get; } = [];
        public List<ValidityCase> Validity { get; } = [];
        public Batch Batch { get; } = new();

        public Fixture()
        {
            var rng = new Random(7_2024);
            foreach (var (lat, lng) in TestPoints.Generate(PointCount, seed: 11))
            {
                for (int res = 0; res <= H3.MaxResolution; res++)
                {
                    ulong cell = H3.LatLngToCell(lat, lng, res);
                    // Pentagon flags: every cell on a pentagon base cell (where the answer can be true), 1 in 16 others.
                    bool onPentagonBaseCell = H3.IsPentagon(H3.CellToParent(cell, 0));
                    int pentagonSlot = onPentagonBaseCell || rng.Next(16) == 0 ? Batch.Add("isPentagon", Batch.Hex(cell)) : -1;
                    Cells.Add(new CellCase(lat, lng, res, cell,
                        Batch.Add("latLngToCell", lat, lng, res),
                        Batch.Add("cellToLatLng", Batch.Hex(cell)),
                        pentagonSlot));
                    if (rng.Next(4) == 0)
                    {
                        int parentRes = rng.Next(res + 1);
                        Parents.Add(new ParentCase(cell, parentRes, Batch.Add("cellToParent", Batch.Hex(cell), parentRes)));
                    }
                    if (rng.Next(8) == 0)
                    {
                        // A damaged index: one bit flipped in the digits, resolution, base cell or mode.
                        ulong damaged = cell ^ (1UL << rng.Next(0, 64));
                        Validity.Add(new ValidityCase(damaged, Batch.Add("isValidCell", Batch.Hex(damaged))));
                    }
                }
            }
            Batch.Run();
        }
    }

    [Fact]
    public void LatLngToCell_agrees_at_every_resolution()
    {
        var mismatches = fixture.Cells.Where(c => fixture.Batch[c.CellSlot].Cell != c.Cell).ToList();
        output.WriteLine($"{fixture.Cells.Count} points×resolutions ({PointCount} points, 0..15), {fixture.Batch.Count} queries answered by h3-js in {fixture.Batch.Elapsed.TotalSeconds:F1} s");
        foreach (var m in mismatches.Take(20))
            output.WriteLine($"({m.Lat:R}, {m.Lng:R}) res {m.Res}: ours {H3.ToString(m.Cell)}, h3-js {fixture.Batch[m.CellSlot]}");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void CellToLatLng_agrees_within_1e9_degrees()
    {
        double worst = 0;
        int identical = 0;
        string worstCell = "";
        var mismatches = new List<string>();
        foreach (var c in fixture.Cells)
        {
            var ours = H3.CellToLatLng(c.Cell);
            var theirs = fixture.Batch[c.CentreSlot].LatLng;
            double dLat = Math.Abs(ours.Lat - theirs.Lat);
            double dLng = Math.Abs(ours.Lng - theirs.Lng);
            dLng = Math.Min(dLng, 360 - dLng); // ±180 are one meridian
            if (ours == theirs) identical++;
            if (Math.Max(dLat, dLng) > worst) (worst, worstCell) = (Math.Max(dLat, dLng), $"{H3.ToString(c.Cell)} ours {ours} h3-js {theirs}");
            if (dLat > 1e-9 || dLng > 1e-9) mismatches.Add($"{H3.ToString(c.Cell)}: ours {ours}, h3-js {theirs}");
        }
        output.WriteLine($"{fixture.Cells.Count} cell centres, {identical} identical to the bit; largest difference {worst:E2}° ({worstCell})");
        foreach (var m in mismatches.Take(20)) output.WriteLine(m);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void CellToParent_agrees()
    {
        var mismatches = fixture.Parents.Where(p => fixture.Batch[p.Slot].Cell != H3.CellToParent(p.Cell, p.ParentRes)).ToList();
        output.WriteLine($"{fixture.Parents.Count} parents");
        foreach (var m in mismatches.Take(20))
            output.WriteLine($"{H3.ToString(m.Cell)} → res {m.ParentRes}: ours {H3.ToString(H3.CellToParent(m.Cell, m.ParentRes))}, h3-js {fixture.Batch[m.Slot]}");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void IsPentagon_agrees_and_pentagons_were_met()
    {
        var checkedCells = fixture.Cells.Where(c => c.PentagonSlot >= 0).ToList();
        var mismatches = checkedCells.Where(c => fixture.Batch[c.PentagonSlot].Value!.GetValue<bool>() != H3.IsPentagon(c.Cell)).ToList();
        int pentagons = checkedCells.Count(c => H3.IsPentagon(c.Cell));
        output.WriteLine($"{checkedCells.Count} cells (all on pentagon base cells, 1 in 16 others), {pentagons} of them pentagons");
        Assert.Empty(mismatches);
        Assert.True(pentagons > 50, $"only {pentagons} pentagon cells among the test points");
    }

    [Fact]
    public void IsValidCell_agrees_on_damaged_indexes()
    {
        var mismatches = fixture.Validity.Where(v => fixture.Batch[v.Slot].Value!.GetValue<bool>() != H3.IsValidCell(v.Index)).ToList();
        int valid = fixture.Validity.Count(v => H3.IsValidCell(v.Index));
        output.WriteLine($"{fixture.Validity.Count} damaged indexes, {valid} of them still valid cells");
        foreach (var m in mismatches.Take(20)) output.WriteLine($"{H3.ToString(m.Index)}: ours {H3.IsValidCell(m.Index)}");
        Assert.Empty(mismatches);
    }
}
