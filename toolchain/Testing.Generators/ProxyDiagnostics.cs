using Microsoft.CodeAnalysis;

namespace Protocol.Toolchain.Testing.Generators;

/// <summary>The generator's diagnostics; all are errors, since a missing proxy would only surface as unresolved names.</summary>
internal static class ProxyDiagnostics
{
    private const string Category = "ContractProxies";

    /// <summary>{0} manifest path, {1} the field path and problem (ManifestFormatException.Message).</summary>
    public static readonly DiagnosticDescriptor BadManifest = new DiagnosticDescriptor(
        "NEOPROXY001", "Contract manifest cannot be turned into a proxy", "{0}: {1}", Category, DiagnosticSeverity.Error, true);

    /// <summary>{0} manifest path, {1} what is wrong with the ProxyNamespace / ProxyClass setting.</summary>
    public static readonly DiagnosticDescriptor BadOption = new DiagnosticDescriptor(
        "NEOPROXY002", "Invalid proxy option", "{0}: {1}", Category, DiagnosticSeverity.Error, true);

    /// <summary>{0} manifest path, {1} the class, {2} the other manifest.</summary>
    public static readonly DiagnosticDescriptor DuplicateClass = new DiagnosticDescriptor(
        "NEOPROXY003", "Two manifests give the same proxy class",
        "{0}: proxy class {1} is also generated from {2}; give one of them ProxyClass metadata", Category, DiagnosticSeverity.Error, true);

    /// <summary>{0} the proxies' base class.</summary>
    public static readonly DiagnosticDescriptor MissingTesting = new DiagnosticDescriptor(
        "NEOPROXY004", "Contract proxies need Protocol.Toolchain.Testing",
        "Contract manifests are listed as AdditionalFiles, but {0} is not available: reference the Protocol.Toolchain.Testing project",
        Category, DiagnosticSeverity.Error, true);
}
