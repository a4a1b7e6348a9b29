using Protocol.Services.H3.Tests.Harness;
using Xunit.Abstractions;

namespace Protocol.Services.H3.Tests;

/// <summary>
/// Great-circle distances compared with h3-js (relative difference ≤ 1e-9): random pairs over the globe, nearby pairs,
/// identical, polar and antimeridian-crossing pairs (antipodes separately, to 1 m: haversine is ill-conditioned there); and cell-centre distances for res 11/12 cells up to
/// ~100 km apart (the coverage oracle's path-loss range) compared with h3-js greatCircleDistance of its cell centres.
/// </summary>
public sealed class DistanceAgreementTests(DistanceAgreementTests.Fixture fixture, ITestOutputHelper output)
    : IClassFixture<DistanceAgreementTests.Fixture>
{
    private const double RelativeTolerance = 1e-9;

    public sealed class Fixture
    {
        public readonly record struct PointPair((double Lat, double Lng) A, (double Lat, double Lng) B, bool Antipodal, int Slot);
        public readonly record struct CellPair(ulong A, ulong B, int Slot);

        public List<PointPair> Points { get; } = [];
        public List<CellPair> Cells { get; } = [];
        public Batch Batch { get; } = new();

        public Fixture()
        {
            var rng = new Random(2_718);
            var points = TestPoints.Generate(4_000, seed: 41);
            for (int n = 0; n < points.Count; n++)
            {
                var a = points[n];
                switch (n % 5)
                {
                    case 0: AddPoints(a, points[(n + 1) % points.Count]); break;                              // anywhere
                    case 1: AddPoints(a, TestPoints.Offset(a, rng.NextDouble() * 100, rng.NextDouble() * 360)); break; // within 100 km
                    case 2: AddPoints(a, (-a.Lat, a.Lng + 180), antipodal: true); break;
                    case 3: AddPoints(a, a); break;                                                            // the same point
                    default: AddPoints(a, (rng.NextDouble() * 180 - 90, a.Lng + (rng.Next(2) == 0 ? 359.5 : -359.5))); break; // across ±180
                }
            }
            AddPoints((90, 0), (-90, 0), antipodal: true);
            AddPoints((90, 0), (90, 123));
            AddPoints((0, 180), (0, -180));

            foreach (var p in TestPoints.Generate(4_000, seed: 43))
            {
                int res = rng.Next(11, 13);
                var q = TestPoints.Offset(p, rng.NextDouble() * 100, rng.NextDouble() * 360);
                ulong a = H3.LatLngToCell(p.Lat, p.Lng, res), b = H3.LatLngToCell(q.Lat, q.Lng, res);
                Cells.Add(new CellPair(a, b, Batch.Add("cellDistanceKm", Batch.Hex(a), Batch.Hex(b))));
            }
            Batch.Run();
        }

        private void AddPoints((double Lat, double Lng) a, (double Lat, double Lng) b, bool antipodal = false) =>
            Points.Add(new PointPair(a, b, antipodal, Batch.Add("greatCircleDistanceKm", Batch.Pair(a), Batch.Pair(b))));
    }

    [Fact]
    public void GreatCircleDistanceKm_agrees()
    {
        var mismatches = new List<string>();
        double worst = 0;
        foreach (var p in fixture.Points.Where(p => !p.Antipodal))
        {
            double ours = H3.GreatCircleDistanceKm(p.A, p.B), theirs = fixture.Batch[p.Slot].Number;
            double relative = RelativeDifference(ours, theirs);
            worst = Math.Max(worst, relative);
            if (!(relative <= RelativeTolerance)) mismatches.Add($"{p.A} – {p.B}: ours {ours:R} km, h3-js {theirs:R} km");
        }
        output.WriteLine($"{fixture.Points.Count(p => !p.Antipodal)} point pairs; largest relative difference {worst:E2}; h3-js answered {fixture.Batch.Count} queries in {fixture.Batch.Elapsed.TotalSeconds:F1} s");
        foreach (var m in mismatches.Take(20)) output.WriteLine(m);
        Assert.Empty(mismatches);
    }

    /// <summary>
    /// At the antipode haversine is ill-conditioned (√(1 − a) with a ≈ 1): one ulp of sin/cos moves the result by
    /// ~1e-8 relative (~0.2 m), and h3-js even returns NaN where rounding makes a &gt; 1. Checked to 1 m instead, and
    /// ours must always be half the circumference (we clamp a to 1, see GreatCircle.DistanceRadians).
    /// </summary>
    [Fact]
    public void GreatCircleDistanceKm_at_antipodes_is_half_the_circumference()
    {
        double halfCircumference = Math.PI * 6371.007180918475;
        var antipodal = fixture.Points.Where(p => p.Antipodal).ToList();
        int nan = 0;
        double worst = 0;
        foreach (var p in antipodal)
        {
            double ours = H3.GreatCircleDistanceKm(p.A, p.B), theirs = fixture.Batch[p.Slot].Number;
            Assert.InRange(ours, halfCircumference - 1e-3, halfCircumference + 1e-3);
            if (double.IsNaN(theirs)) { nan++; continue; }
            worst = Math.Max(worst, Math.Abs(ours - theirs));
            Assert.True(Math.Abs(ours - theirs) <= 1e-3, $"{p.A} – {p.B}: ours {ours:R} km, h3-js {theirs:R} km");
        }
        output.WriteLine($"{antipodal.Count} antipodal pairs; h3-js NaN for {nan}; largest difference otherwise {worst * 1000:F3} m");
    }

    [Fact]
    public void CellDistanceKm_agrees_for_res_11_and_12_cells_up_to_100_km()
    {
        var mismatches = new List<string>();
        double worst = 0;
        foreach (var c in fixture.Cells)
        {
            double ours = H3.CellDistanceKm(c.A, c.B), theirs = fixture.Batch[c.Slot].Number;
            double relative = RelativeDifference(ours, theirs);
            worst = Math.Max(worst, relative);
            if (relative > RelativeTolerance) mismatches.Add($"{H3.ToString(c.A)} – {H3.ToString(c.B)}: ours {ours:R} km, h3-js {theirs:R} km");
        }
        output.WriteLine($"{fixture.Cells.Count} cell pairs; largest relative difference {worst:E2}");
        foreach (var m in mismatches.Take(20)) output.WriteLine(m);
        Assert.Empty(mismatches);
    }

    /// <summary>|a − b| / |b|, and |a − b| itself where the reference is 0.</summary>
    private static double RelativeDifference(double ours, double theirs) =>
        theirs == 0 ? Math.Abs(ours) : Math.Abs(ours - theirs) / Math.Abs(theirs);
}
