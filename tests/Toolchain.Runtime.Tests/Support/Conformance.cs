namespace Protocol.Toolchain.Runtime.Tests.Support;

/// <summary>
/// Locates the shared conformance data (neo's manifest samples, the neo-devpack artefacts): the directory named by
/// PROTOCOL_CONFORMANCE_DIR, else the first "shared/conformance" found walking up from the test binaries.
/// </summary>
internal static class Conformance
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("PROTOCOL_CONFORMANCE_DIR");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "conformance");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("Conformance data not found: set PROTOCOL_CONFORMANCE_DIR to the shared/conformance directory.");
    }
}
