namespace Protocol.Toolchain.Compiler.Cli;

/// <summary>Turns the command line's inputs (.cs files, directories, .csproj files, @response files) into source files.</summary>
public static class ContractSources
{
    public static IReadOnlyList<string> Resolve(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input.StartsWith('@'))
            {
                files.AddRange(Resolve(File.ReadAllLines(input[1..]).Where(l => l.Trim().Length > 0).Select(l => l.Trim())));
                continue;
            }
            if (input.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)) files.AddRange(Directory(Path.GetDirectoryName(Path.GetFullPath(input))!));
            else if (System.IO.Directory.Exists(input)) files.AddRange(Directory(input));
            else if (File.Exists(input)) files.Add(Path.GetFullPath(input));
            else throw new FileNotFoundException($"No such source file, directory or project: {input}");
        }
        return files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The .cs files of a project directory, as the SDK globs them (bin/ and obj/ excluded).</summary>
    private static IEnumerable<string> Directory(string directory)
    {
        var root = Path.GetFullPath(directory);
        return System.IO.Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f =>
        {
            var relative = Path.GetRelativePath(root, f).Replace('\\', '/');
            return !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal);
        });
    }
}
