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

    public static CSharpCompilation Create(IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference>? references = null,
        bool checkOverflow = false)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path));
        return CSharpCompilation.Create("Contract", trees, Platform.Value.Concat(references ?? []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                checkOverflow: checkOverflow, allowUnsafe: false));
    }
}
