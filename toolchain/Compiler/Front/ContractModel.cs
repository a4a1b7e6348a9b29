using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Compiler.Diagnostics;

namespace Protocol.Toolchain.Compiler.Front;

/// <summary>
/// One contract: a public non-abstract class deriving from Neo.SmartContract.Framework.SmartContract. Its public static
/// methods form the ABI (names first-letter lower-cased unless [DisplayName]); its static fields become static slots.
/// </summary>
public sealed class ContractModel
{
    public const string SmartContractType = "Neo.SmartContract.Framework.SmartContract";

    private ContractModel(INamedTypeSymbol type) => Type = type;

    public INamedTypeSymbol Type { get; }

    public string Name => AttributeText(Type, "DisplayNameAttribute") ?? Type.Name;

    public IReadOnlyList<IMethodSymbol> AbiMethods => Type.GetMembers().OfType<IMethodSymbol>()
        .Where(m => m.IsStatic && m.DeclaredAccessibility == Accessibility.Public && m.MethodKind == MethodKind.Ordinary)
        .OrderBy(m => m.Locations[0].SourceSpan.Start).ToList();

    public IReadOnlyList<IFieldSymbol> StaticFields => Type.GetMembers().OfType<IFieldSymbol>()
        .Where(f => f.IsStatic && !f.IsConst).OrderBy(f => f.Locations[0].SourceSpan.Start).ToList();

    public static string AbiName(IMethodSymbol method) =>
        AttributeText(method, "DisplayNameAttribute") ?? char.ToLowerInvariant(method.Name[0]) + method.Name[1..];

    public static string? AttributeText(ISymbol symbol, string attributeName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == attributeName)?.ConstructorArguments.FirstOrDefault().Value as string;

    public static bool HasAttribute(ISymbol symbol, string attributeName) => symbol.GetAttributes().Any(a => a.AttributeClass?.Name == attributeName);

    /// <summary>Every contract class in the compilation, or diagnostics when there is none.</summary>
    public static IReadOnlyList<ContractModel> Find(Compilation compilation, List<CompilerDiagnostic> diagnostics)
    {
        var contracts = new List<ContractModel>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(node) is not INamedTypeSymbol type || type.IsAbstract || !DerivesFromSmartContract(type)) continue;
                if (contracts.Any(c => SymbolEqualityComparer.Default.Equals(c.Type, type))) continue;
                if (type.DeclaredAccessibility != Accessibility.Public)
                {
                    diagnostics.Add(CompilerDiagnostic.Error("NC1001", $"Contract class {type.Name} must be public.", type.Locations[0]));
                    continue;
                }
                contracts.Add(new ContractModel(type));
            }
        }
        if (contracts.Count == 0)
            diagnostics.Add(CompilerDiagnostic.Error("NC1000", $"No contract found: declare a public class deriving from {SmartContractType}.", null));
        return contracts;
    }

    private static bool DerivesFromSmartContract(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
            if (t.ToDisplayString() == SmartContractType) return true;
        return false;
    }
}
