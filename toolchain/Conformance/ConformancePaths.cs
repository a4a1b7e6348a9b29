namespace Protocol.Toolchain.Conformance;

/// <summary>Locates the official conformance data (../shared/conformance next to the repository).</summary>
public static class ConformancePaths
{
    /// <summary>The conformance folder: $PROTOCOL_CONFORMANCE if set, else the nearest shared/conformance above the binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("PROTOCOL_CONFORMANCE");
        if (!string.IsNullOrEmpty(configured)) return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "conformance");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("shared/conformance was not found above " + AppContext.BaseDirectory);
    }

    public static string NeoVm => Path.Combine(Root, "neo-vm");

    public static string Reference => Path.Combine(Root, "..", "reference");
}
