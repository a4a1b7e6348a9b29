namespace Protocol.Toolchain.Compiler.Cli;

/// <summary>Writes a compiled contract's files: .nef, .manifest.json, .nefdbgnfo (NEP-19, zipped) and .asm (listing).</summary>
public static class ArtifactWriter
{
    public static IReadOnlyList<string> Write(CompiledContract contract, string directory, string? baseName = null)
    {
        Directory.CreateDirectory(directory);
        var name = baseName ?? contract.Name;
        var files = new List<(string Path, byte[] Bytes)>
        {
            (Path.Combine(directory, name + ".nef"), contract.Nef.ToArray()),
            (Path.Combine(directory, name + ".manifest.json"), contract.Manifest.ToJsonUtf8()),
            (Path.Combine(directory, name + ".nefdbgnfo"), contract.DebugInfo.ToZip(name)),
            (Path.Combine(directory, name + ".asm"), System.Text.Encoding.UTF8.GetBytes(contract.Listing)),
        };
        foreach (var (path, bytes) in files)
        {
            // Unchanged files keep their timestamps, so incremental builds downstream stay incremental.
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) continue;
            File.WriteAllBytes(path, bytes);
        }
        return files.Select(f => f.Path).ToList();
    }
}
