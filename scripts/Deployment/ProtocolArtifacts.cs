using Protocol.Toolchain.Chain.Deploy;

namespace Protocol.Scripts.Deployment;

/// <summary>Where the built contracts are: contracts/&lt;Name&gt;/bin/sc/&lt;Name&gt;.nef and .manifest.json under the repository root.</summary>
public sealed class ProtocolArtifacts(string contractsDirectory)
{
    public string ContractsDirectory { get; } = contractsDirectory;

    public ContractArtifact Load(string name)
    {
        var nef = Path.Combine(ContractsDirectory, name, "bin", "sc", name + ".nef");
        if (!File.Exists(nef))
            throw new FileNotFoundException($"{nef} is missing: build the contract first (dotnet build contracts/{name}/{name}.csproj).", nef);
        return ContractArtifact.Load(nef, Path.ChangeExtension(nef, ".manifest.json"));
    }

    /// <summary>The contracts folder of the repository containing <paramref name="start"/> (found by Protocol.sln).</summary>
    public static ProtocolArtifacts FromRepository(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Protocol.sln"))) return new ProtocolArtifacts(Path.Combine(dir.FullName, "contracts"));
        throw new DirectoryNotFoundException($"No Protocol.sln above {start ?? AppContext.BaseDirectory}: give the contracts directory explicitly.");
    }
}
