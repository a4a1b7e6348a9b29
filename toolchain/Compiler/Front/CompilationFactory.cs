using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Protocol.Toolchain.Compiler.Front;

/// <summary>Builds the Roslyn compilation of a contract's sources against the .NET reference set (and the framework).</summary>
public static class CompilationFactory
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Platform = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList());

    /// <summary>The framework's C# sources embedded in this assembly (path "framework/…").</summary>
    public static IReadOnlyList<(string Path, string Text)> FrameworkSources { get; } = LoadFramework();

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The framework's syntax trees, parsed once (trees are immutable and shared between compilations).</summary>
    private static readonly Lazy<IReadOnlyList<SyntaxTree>> FrameworkTrees = new(() =>
        FrameworkSources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)).ToList());

    /// <param name="preprocessorSymbols">Symbols defined for the contract's sources (not the framework's), e.g. DEBUG.</param>
    public static CSharpCompilation Create(IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference>? references = null,
        bool checkOverflow = false, bool includeFramework = true, IReadOnlyList<string>? preprocessorSymbols = null)
    {
        var options = preprocessorSymbols is { Count: > 0 } ? ParseOptions.WithPreprocessorSymbols(preprocessorSymbols) : ParseOptions;
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path));
        if (includeFramework) trees = trees.Concat(FrameworkTrees.Value);
        return CSharpCompilation.Create("Contract", trees, Platform.Value.Concat(references ?? []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                checkOverflow: checkOverflow, allowUnsafe: false));
    }

    /// <summary>Whether a syntax tree is one of the embedded framework files.</summary>
    public static bool IsFramework(SyntaxTree tree) => tree.FilePath.StartsWith("framework/", StringComparison.Ordinal);

    private static List<(string Path, string Text)> LoadFramework()
    {
        var assembly = typeof(CompilationFactory).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("framework/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files.Add((name, reader.ReadToEnd()));
        }
        return files;
    }
}
