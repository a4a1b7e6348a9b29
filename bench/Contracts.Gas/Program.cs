using System.Globalization;
using System.Text;
using Protocol.Bench.Contracts;

// Runs every IGasTable in this assembly, prints them as Markdown and, with --write, replaces each in contracts/README.md.
bool write = args.Contains("--write") || args.Contains("write");
var tables = typeof(IGasTable).Assembly.GetTypes()
    .Where(t => typeof(IGasTable).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
    .OrderBy(t => t.Name, StringComparer.Ordinal)
    .Select(t => (IGasTable)Activator.CreateInstance(t)!)
    .ToList();
var readme = Path.Combine(Protocol.Scripts.Deployment.ProtocolArtifacts.FromRepository().ContractsDirectory, "README.md");
var text = File.Exists(readme) ? File.ReadAllText(readme) : "";
foreach (var table in tables)
{
    var markdown = Render(table.Measure());
    Console.WriteLine($"## {table.Name}\n{markdown}");
    string open = $"<!-- gas:{table.Name} -->", close = $"<!-- /gas:{table.Name} -->";
    int start = text.IndexOf(open, StringComparison.Ordinal), end = text.IndexOf(close, StringComparison.Ordinal);
    if (start < 0 || end < start)
    {
        Console.Error.WriteLine($"{readme} has no {open} … {close} section; not written.");
        continue;
    }
    text = text[..(start + open.Length)] + "\n" + markdown + text[end..];
}
if (write)
{
    File.WriteAllText(readme, text);
    Console.WriteLine($"Wrote {readme}.");
}

static string Render(IReadOnlyList<GasRow> rows)
{
    var sb = new StringBuilder("| operation | GAS | datoshi | note |\n|---|---:|---:|---|\n");
    foreach (var row in rows)
        sb.Append(CultureInfo.InvariantCulture, $"| {row.Operation} | {row.Datoshi / 1e8:0.00000000} | {row.Datoshi} | {row.Note} |\n");
    return sb.ToString();
}
