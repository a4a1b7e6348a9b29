using System;
using System.Linq;

namespace Protocol.Toolchain.Testing.ProxyGen;

/// <summary>
/// The generator as a library call: a contract manifest (JSON text) in, the C# source of its typed test proxy out.
/// The Roslyn source generator (Testing.Generators) and any build step or tool call this same method.
/// </summary>
public static class ProxySource
{
    /// <summary>
    /// Generates the proxy source. Throws <see cref="ManifestFormatException"/> naming the field when the manifest
    /// cannot be handled, and <see cref="ArgumentException"/> for an invalid namespace or class name.
    /// </summary>
    public static string Generate(string manifestJson, ProxyOptions? options = null)
    {
        if (manifestJson is null) throw new ArgumentNullException(nameof(manifestJson));
        options ??= new ProxyOptions();
        var ns = options.Namespace;
        if (string.IsNullOrEmpty(ns) || !ns.Split('.').All(CSharpNames.IsIdentifier))
            throw new ArgumentException($"'{ns}' is not a valid C# namespace.", nameof(options));
        var manifest = ManifestReader.Read(manifestJson);
        var className = options.ClassName ?? ProxyPlan.ClassNameFor(manifest.Name);
        if (!CSharpNames.IsIdentifier(className))
            throw new ArgumentException($"'{className}' is not a valid C# class name.", nameof(options));
        return ProxyWriter.Write(ProxyPlan.Create(manifest, className), manifestJson, ns, options.SourceName);
    }
}
