using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Protocol.Toolchain.Conformance.Devpack;
using Protocol.Toolchain.Testing.ProxyGen;

namespace Protocol.Toolchain.Testing.Tests.ProxyGen;

/// <summary>
/// The library call on every manifest the official compiler produced (../shared/conformance/neo-devpack/artifacts):
/// each one gives deterministic ASCII source, and all of it compiles, warning-free with nullable checks on, against
/// the test engine.
/// </summary>
public class DevpackProxySourceTests
{
    private static readonly string[] Manifests =
        Directory.GetFiles(DevpackTestRunner.ArtifactsFolder, "*.manifest.json").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_devpack_manifest_generates_the_same_ASCII_source_twice()
    {
        Assert.True(Manifests.Length >= 100, $"expected the devpack artifacts, found {Manifests.Length} manifests");
        foreach (var path in Manifests)
        {
            var json = File.ReadAllText(path);
            var first = ProxySource.Generate(json, new ProxyOptions { SourceName = Path.GetFileName(path) });
            Assert.Equal(first, ProxySource.Generate(json, new ProxyOptions { SourceName = Path.GetFileName(path) }));
            Assert.All(first, c => Assert.True(c == '\n' || (c >= 0x20 && c < 0x7f), $"{path}: non-ASCII or control character {(int)c}"));
        }
    }

    [Fact]
    public void Every_devpack_proxy_compiles_without_warnings()
    {
        var trees = Manifests.Select((path, i) => CSharpSyntaxTree.ParseText(
            ProxySource.Generate(File.ReadAllText(path), new ProxyOptions { Namespace = $"Devpack.P{i}" }),
            new CSharpParseOptions(LanguageVersion.Latest), path: path + ".g.cs"));
        var compilation = CSharpCompilation.Create("DevpackProxies", trees, References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(20).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The framework's assemblies and the toolchain's (what a test project compiles proxies against).</summary>
    internal static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var toolchain = new[] { typeof(TestEngine), typeof(Runtime.Models.UInt160), typeof(Vm.Types.StackItem) }.Select(t => t.Assembly.Location);
        return platform.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Concat(toolchain).Distinct().Select(p => MetadataReference.CreateFromFile(p));
    }
}
