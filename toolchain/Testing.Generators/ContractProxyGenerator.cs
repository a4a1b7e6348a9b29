using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Protocol.Toolchain.Testing.ProxyGen;

namespace Protocol.Toolchain.Testing.Generators;

/// <summary>
/// Generates a typed test proxy (<see cref="ProxySource.Generate"/>) for every AdditionalFiles item whose name ends
/// in ".manifest.json". Namespace: the item's ProxyNamespace metadata, else the ProxyNamespace property, else
/// RootNamespace + ".Proxies", else "ContractProxies". Class: the item's ProxyClass metadata, else from the
/// manifest name. A manifest that cannot be handled is a NEOPROXY001 error naming the field.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractProxyGenerator : IIncrementalGenerator
{
    private const string ManifestSuffix = ".manifest.json";
    private const string BaseType = "Protocol.Toolchain.Testing.Proxies.ContractProxy";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var results = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(ManifestSuffix, StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, token) => Generate(pair.Left, pair.Right, token));
        var hasBase = context.CompilationProvider.Select((c, _) => c.GetTypeByMetadataName(BaseType) is not null);
        context.RegisterSourceOutput(results.Collect().Combine(hasBase), (spc, pair) => Emit(spc, pair.Left, pair.Right));
    }

    private static ProxyResult Generate(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken token)
    {
        var text = file.GetText(token);
        if (text is null) return ProxyResult.Failed(file.Path, "the file cannot be read", badOption: false);
        var fileOptions = provider.GetOptions(file);
        var options = new ProxyOptions
        {
            Namespace = Setting(fileOptions, "build_metadata.AdditionalFiles.ProxyNamespace")
                ?? Setting(provider.GlobalOptions, "build_property.ProxyNamespace")
                ?? RootNamespaceProxies(provider.GlobalOptions)
                ?? ProxyOptions.DefaultNamespace,
            ClassName = Setting(fileOptions, "build_metadata.AdditionalFiles.ProxyClass"),
            SourceName = System.IO.Path.GetFileName(file.Path),
        };
        try
        {
            var source = ProxySource.Generate(text.ToString(), options);
            var className = options.ClassName ?? ProxyPlan.ClassNameFor(ManifestReader.Read(text.ToString()).Name);
            return ProxyResult.Generated(file.Path, options.Namespace + "." + className, source);
        }
        catch (ManifestFormatException e)
        {
            return ProxyResult.Failed(file.Path, e.Message, badOption: false);
        }
        catch (ArgumentException e)
        {
            return ProxyResult.Failed(file.Path, e.Message, badOption: true);
        }
    }

    private static void Emit(SourceProductionContext context, ImmutableArray<ProxyResult> results, bool hasBase)
    {
        if (!hasBase && results.Length > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(ProxyDiagnostics.MissingTesting, Location.None, BaseType));
            return;
        }
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in results.OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            var location = Location.Create(r.Path, default(TextSpan), default(LinePositionSpan));
            if (r.Error is not null)
            {
                var descriptor = r.BadOption ? ProxyDiagnostics.BadOption : ProxyDiagnostics.BadManifest;
                context.ReportDiagnostic(Diagnostic.Create(descriptor, location, r.Path, r.Error));
                continue;
            }
            if (seen.TryGetValue(r.QualifiedName!, out var other))
            {
                context.ReportDiagnostic(Diagnostic.Create(ProxyDiagnostics.DuplicateClass, location, r.Path, r.QualifiedName, other));
                continue;
            }
            seen.Add(r.QualifiedName!, r.Path);
            context.AddSource(r.QualifiedName + ".g.cs", SourceText.From(r.Source!, Encoding.UTF8));
        }
    }

    private static string? Setting(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string? RootNamespaceProxies(AnalyzerConfigOptions global)
    {
        var root = Setting(global, "build_property.RootNamespace");
        return root is null ? null : root + ".Proxies";
    }
}
