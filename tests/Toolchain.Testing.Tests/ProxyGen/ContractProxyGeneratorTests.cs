using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Protocol.Toolchain.Testing.Tests.ProxyGen;

/// <summary>
/// The Roslyn source generator itself (the DLL this project's build uses, copied to bin/…/generators), run through
/// Roslyn's generator driver: which files it reads, the namespace and class settings, and its diagnostics.
/// </summary>
public class ContractProxyGeneratorTests
{
    private const string Token = """{"name":"Token","abi":{"methods":[{"name":"symbol","parameters":[],"returntype":"String","offset":0,"safe":true}]}}""";

    [Fact]
    public void Only_manifest_files_become_proxies_in_RootNamespace_Proxies()
    {
        var run = Run([("/c/Token.manifest.json", Token, null), ("/c/notes.json", Token, null)], rootNamespace: "My.Tests");
        Assert.Empty(run.Diagnostics);
        var source = Assert.Single(run.Sources);
        Assert.Equal("My.Tests.Proxies.Token.g.cs", source.HintName);
        Assert.Contains("namespace My.Tests.Proxies", source.SourceText.ToString());
        Assert.Empty(run.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Item_metadata_renames_the_class_and_moves_the_namespace()
    {
        var metadata = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.ProxyClass"] = "TokenV2",
            ["build_metadata.AdditionalFiles.ProxyNamespace"] = "Elsewhere",
        };
        var run = Run([("/c/Token.manifest.json", Token, null), ("/c/v2/Token.manifest.json", Token, metadata)], rootNamespace: "My.Tests");
        Assert.Empty(run.Diagnostics);
        Assert.Equal(["Elsewhere.TokenV2.g.cs", "My.Tests.Proxies.Token.g.cs"], run.Sources.Select(s => s.HintName).Order());
    }

    [Fact]
    public void A_manifest_that_cannot_be_handled_is_an_error_naming_the_file_and_field_and_the_others_still_generate()
    {
        var bad = Token.Replace("\"String\"", "\"Strin\"");
        var run = Run([("/c/Bad.manifest.json", bad, null), ("/c/Token.manifest.json", Token, null)], rootNamespace: null);
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(("NEOPROXY001", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Equal("/c/Bad.manifest.json", error.Location.GetLineSpan().Path);
        Assert.StartsWith("/c/Bad.manifest.json: abi.methods[0].returntype: unknown ABI type 'Strin'", error.GetMessage());
        Assert.Equal("ContractProxies.Token.g.cs", Assert.Single(run.Sources).HintName);
    }

    [Fact]
    public void Two_manifests_giving_one_class_and_a_bad_namespace_setting_are_errors()
    {
        var badNamespace = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ProxyNamespace"] = "not valid" };
        var run = Run([("/a/Token.manifest.json", Token, null), ("/b/Token.manifest.json", Token, null), ("/c/Token.manifest.json", Token, badNamespace)],
            rootNamespace: "T");
        Assert.Equal(["NEOPROXY002", "NEOPROXY003"], run.Diagnostics.Select(d => d.Id).Order());
        Assert.Contains("proxy class T.Proxies.Token is also generated from /a/Token.manifest.json",
            run.Diagnostics.Single(d => d.Id == "NEOPROXY003").GetMessage());
        Assert.Contains("'not valid' is not a valid C# namespace", run.Diagnostics.Single(d => d.Id == "NEOPROXY002").GetMessage());
    }

    [Fact]
    public void Without_the_testing_library_referenced_the_generator_says_so_instead_of_emitting_code_that_cannot_compile()
    {
        var run = Run([("/c/Token.manifest.json", Token, null)], rootNamespace: "T", references: []);
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("NEOPROXY004", error.Id);
        Assert.Contains("reference the Protocol.Toolchain.Testing project", error.GetMessage());
        Assert.Empty(run.Sources);
    }

    private sealed record RunResult(ImmutableArray<GeneratedSourceResult> Sources, ImmutableArray<Diagnostic> Diagnostics, Compilation Compilation);

    private static RunResult Run((string Path, string Text, Dictionary<string, string>? Metadata)[] files, string? rootNamespace,
        IEnumerable<MetadataReference>? references = null)
    {
        var generator = (IIncrementalGenerator)Activator.CreateInstance(GeneratorType.Value)!;
        var texts = files.Select(f => (AdditionalText)new MemoryText(f.Path, f.Text)).ToImmutableArray();
        var global = rootNamespace is null ? new Dictionary<string, string>() : new() { ["build_property.RootNamespace"] = rootNamespace };
        var options = new Options(global, files.ToDictionary(f => f.Path, f => f.Metadata ?? []));
        var compilation = CSharpCompilation.Create("Consumer", [], references ?? DevpackProxySourceTests.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], texts, new CSharpParseOptions(LanguageVersion.Latest), options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        return new RunResult(result.GeneratedSources, result.Diagnostics, output);
    }

    private static readonly Lazy<Type> GeneratorType = new(() =>
        Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "generators", "Protocol.Toolchain.Testing.Generators.dll"))
            .GetType("Protocol.Toolchain.Testing.Generators.ContractProxyGenerator", throwOnError: true)!);

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(Dictionary<string, string> global, Dictionary<string, Dictionary<string, string>> perFile)
        : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => new Values(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(perFile[textFile.Path]);
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
