using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Nef;

namespace Protocol.Toolchain.Chain.Deploy;

/// <summary>
/// A compiled contract as nccs writes it: the NEF bytes and the manifest JSON bytes, passed to ContractManagement.deploy
/// unchanged. Both are parsed (and the NEF checksum verified) on load, so a broken artefact fails before any fee is spent.
/// </summary>
public sealed class ContractArtifact
{
    public ContractArtifact(byte[] nef, byte[] manifest, string? source = null)
    {
        NefBytes = nef;
        ManifestBytes = manifest;
        try
        {
            Nef = NefFile.Parse(nef);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{source ?? "NEF"}: not a valid NEF file: {ex.Message}", ex);
        }
        try
        {
            Manifest = ContractManifest.Parse(manifest);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{source ?? "manifest"}: not a valid contract manifest: {ex.Message}", ex);
        }
    }

    public byte[] NefBytes { get; }

    public byte[] ManifestBytes { get; }

    public NefFile Nef { get; }

    public ContractManifest Manifest { get; }

    public string Name => Manifest.Name;

    /// <summary>Loads <paramref name="nefPath"/> and its manifest (default: the same path with .manifest.json for .nef).</summary>
    public static ContractArtifact Load(string nefPath, string? manifestPath = null)
    {
        manifestPath ??= Path.ChangeExtension(nefPath, null) + ".manifest.json";
        if (!File.Exists(nefPath)) throw new FileNotFoundException($"NEF file '{nefPath}' does not exist.", nefPath);
        if (!File.Exists(manifestPath)) throw new FileNotFoundException($"Manifest file '{manifestPath}' does not exist.", manifestPath);
        return new ContractArtifact(File.ReadAllBytes(nefPath), File.ReadAllBytes(manifestPath), nefPath);
    }
}
