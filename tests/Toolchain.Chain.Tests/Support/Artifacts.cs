namespace Protocol.Toolchain.Chain.Tests.Support;

/// <summary>The official devpack's compiled contracts in ../shared/conformance/neo-devpack/artifacts.</summary>
public static class Artifacts
{
    public static string Path(string file)
    {
        var env = Environment.GetEnvironmentVariable("PROTOCOL_CONFORMANCE");
        if (env is not null) return System.IO.Path.Combine(env, "neo-devpack", "artifacts", file);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "conformance", "neo-devpack", "artifacts", file);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"shared/conformance/neo-devpack/artifacts/{file} was not found above {AppContext.BaseDirectory}.");
    }
}
