using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Testing.Coverage;

/// <summary>Executed instructions of one method.</summary>
public sealed record MethodCoverage(string Name, int Covered, int Total)
{
    public double Ratio => Total == 0 ? 1 : (double)Covered / Total;
}

/// <summary>Instruction coverage of a contract: overall and per method.</summary>
public sealed record CoverageReport(UInt160 Contract, int Covered, int Total, IReadOnlyList<MethodCoverage> Methods)
{
    public double Ratio => Total == 0 ? 1 : (double)Covered / Total;

    public static CoverageReport Build(UInt160 contract, IReadOnlyList<int> instructions, IReadOnlySet<int> hit, IReadOnlyList<MethodRange> ranges)
    {
        var methods = ranges.Select(r =>
        {
            var inside = instructions.Where(o => o >= r.Start && o <= r.End).ToList();
            return new MethodCoverage(r.Name, inside.Count(hit.Contains), inside.Count);
        }).ToList();
        return new CoverageReport(contract, instructions.Count(hit.Contains), instructions.Count, methods);
    }

    public override string ToString() =>
        $"{Contract}: {Covered}/{Total} instructions ({Ratio:P1})" + string.Concat(Methods.Select(m => $"\n  {m.Name}: {m.Covered}/{m.Total}"));
}
