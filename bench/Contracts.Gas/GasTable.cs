namespace Protocol.Bench.Contracts;

/// <summary>One measured operation: what it is and the GAS (datoshi) its call consumed.</summary>
public sealed record GasRow(string Operation, long Datoshi, string Note = "");

/// <summary>
/// A table of measurements. Each implementation measures on a fresh deployed protocol and is written into
/// contracts/README.md between the markers &lt;!-- gas:{Name} --&gt; and &lt;!-- /gas:{Name} --&gt;.
/// </summary>
public interface IGasTable
{
    string Name { get; }

    IReadOnlyList<GasRow> Measure();
}
