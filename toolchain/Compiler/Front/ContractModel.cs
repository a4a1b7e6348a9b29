using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Compiler.Diagnostics;

namespace Protocol.Toolchain.Compiler.Front;

/// <summary>An ABI method: its manifest name, the C# method that implements it (overrides resolved) and its safe flag.</summary>
public sealed record AbiMethod(string Name, IMethodSymbol Method, bool Safe);

/// <summary>An ABI event: its manifest name, the C# event and its delegate's parameters.</summary>
public sealed record AbiEvent(string Name, IEventSymbol Event, IReadOnlyList<IParameterSymbol> Parameters);

/// <summary>
/// One contract: a public non-abstract class deriving from Neo.SmartContract.Framework.SmartContract. Its public
/// methods and properties (its own and inherited, overrides resolved to the most derived) form the ABI: method names
/// first-letter lower-cased unless [DisplayName], a getter named after its property and a setter "set" + property.
/// Members of a contract class never take `this`: the contract is never instantiated.
/// </summary>
public sealed class ContractModel
{
    public const string SmartContractType = "Neo.SmartContract.Framework.SmartContract";

    private ContractModel(INamedTypeSymbol type) => Type = type;

    public INamedTypeSymbol Type { get; }

    public string Name => AttributeText(Type, "DisplayNameAttribute") ?? Type.Name;

    /// <summary>The contract class and its bases up to (excluding) SmartContract, most derived first.</summary>
    public IEnumerable<INamedTypeSymbol> Hierarchy
    {
        get
        {
            for (var t = Type; t is not null && t.ToDisplayString() != SmartContractType; t = t.BaseType) yield return t;
        }
    }

    /// <summary>Whether a type is this contract's class or one of its bases (their members compile without `this`).</summary>
    public bool IsContractType(ITypeSymbol? type) =>
        type is not null && Hierarchy.Any(t => SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, type.OriginalDefinition));

    /// <summary>The ABI methods in declaration order, base classes first (an override keeps its base's place).</summary>
    public IReadOnlyList<AbiMethod> AbiMethods(List<CompilerDiagnostic> diagnostics)
    {
        var methods = new List<AbiMethod>();
        foreach (var type in Hierarchy.Reverse())
        {
            foreach (var member in type.GetMembers().OrderBy(m => m.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
            {
                if (member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared) continue;
                switch (member)
                {
                    case IMethodSymbol { MethodKind: MethodKind.Ordinary } method when !method.IsAbstract:
                        Add(methods, new AbiMethod(AbiName(method), Implementation(method), IsSafe(method)), type, diagnostics);
                        break;
                    case IPropertySymbol { IsIndexer: false } property:
                        if (property.GetMethod is { DeclaredAccessibility: Accessibility.Public } getter)
                        {
                            var implementation = Implementation(getter);
                            if (!implementation.IsAbstract)
                                Add(methods, new AbiMethod(AttributeText(property, "DisplayNameAttribute") ?? Bindings.LowerFirst(property.Name), implementation,
                                    IsSafe(getter) || IsSafe(implementation)), type, diagnostics);
                        }
                        if (property.SetMethod is { DeclaredAccessibility: Accessibility.Public } setter && !Implementation(setter).IsAbstract)
                            Add(methods, new AbiMethod("set" + property.Name, Implementation(setter), false), type, diagnostics);
                        break;
                }
            }
        }
        return methods;
    }

    /// <summary>[Safe] on the method, its property, or anything they override (an override of a safe getter stays safe).</summary>
    private static bool IsSafe(IMethodSymbol method)
    {
        for (var m = method; m is not null; m = m.OverriddenMethod)
            if (HasAttribute(m, "SafeAttribute") || (m.AssociatedSymbol is { } owner && HasAttribute(owner, "SafeAttribute"))) return true;
        if (method.AssociatedSymbol is IPropertySymbol property)
        {
            bool isGetter = SymbolEqualityComparer.Default.Equals(property.GetMethod, method);
            for (var p = property.OverriddenProperty; p is not null; p = p.OverriddenProperty)
                if (isGetter && p.GetMethod is { } getter && HasAttribute(getter, "SafeAttribute")) return true;
        }
        return false;
    }

    /// <summary>Adds a method unless a more derived type already declared it (an override) and checks name clashes.</summary>
    private static void Add(List<AbiMethod> methods, AbiMethod method, INamedTypeSymbol declaringType, List<CompilerDiagnostic> diagnostics)
    {
        if (methods.Any(m => SymbolEqualityComparer.Default.Equals(m.Method, method.Method))) return;
        if (methods.Any(m => m.Name == method.Name && m.Method.Parameters.Length == method.Method.Parameters.Length))
        {
            diagnostics.Add(CompilerDiagnostic.Error("NC1003",
                $"Two ABI methods are named '{method.Name}' with {method.Method.Parameters.Length} parameter(s): Neo tells overloads apart by parameter count only; give one a [DisplayName].",
                method.Method.Locations.FirstOrDefault() ?? declaringType.Locations.FirstOrDefault()));
            return;
        }
        methods.Add(method);
    }

    /// <summary>The most derived override of a virtual or abstract member in this contract's hierarchy.</summary>
    public IMethodSymbol Implementation(IMethodSymbol method)
    {
        if (!(method.IsVirtual || method.IsAbstract || method.IsOverride)) return method;
        foreach (var type in Hierarchy)
        {
            foreach (var candidate in type.GetMembers(method.Name).OfType<IMethodSymbol>())
            {
                for (var m = candidate; m is not null; m = m.OverriddenMethod)
                    if (SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, method.OriginalDefinition)) return candidate;
            }
            // Accessors are reached through their property's override chain.
            if (method.AssociatedSymbol is IPropertySymbol property)
            {
                foreach (var candidate in type.GetMembers(property.Name).OfType<IPropertySymbol>())
                {
                    for (var p = candidate; p is not null; p = p.OverriddenProperty)
                    {
                        if (!SymbolEqualityComparer.Default.Equals(p.OriginalDefinition, property.OriginalDefinition)) continue;
                        var accessor = SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, property.OriginalDefinition.GetMethod) ? candidate.GetMethod : candidate.SetMethod;
                        if (accessor is not null) return accessor;
                    }
                }
            }
        }
        return method;
    }

    /// <summary>The events declared by the contract class and its bases, most derived first.</summary>
    public IReadOnlyList<AbiEvent> Events(List<CompilerDiagnostic> diagnostics)
    {
        var events = new List<AbiEvent>();
        foreach (var type in Hierarchy)
        {
            foreach (var e in type.GetMembers().OfType<IEventSymbol>().OrderBy(m => m.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
            {
                var invoke = (e.Type as INamedTypeSymbol)?.DelegateInvokeMethod;
                if (invoke is null || !invoke.ReturnsVoid)
                {
                    diagnostics.Add(CompilerDiagnostic.Error("NC1011", $"Event {e.Name} must have a delegate type that returns void (e.g. Action<UInt160, BigInteger>).", e.Locations.FirstOrDefault()));
                    continue;
                }
                var name = AttributeText(e, "DisplayNameAttribute");
                if (name is null)
                {
                    diagnostics.Add(CompilerDiagnostic.Error("NC1010",
                        $"Event {e.Name} has no [DisplayName]: its ABI name is a promise to wallets, so name it explicitly, e.g. [DisplayName(\"{e.Name}\")].",
                        e.Locations.FirstOrDefault()));
                    continue;
                }
                if (events.Any(x => x.Name == name))
                {
                    diagnostics.Add(CompilerDiagnostic.Error("NC1012", $"Two events are named '{name}'.", e.Locations.FirstOrDefault()));
                    continue;
                }
                events.Add(new AbiEvent(name, e, invoke.Parameters));
            }
        }
        return events;
    }

    /// <summary>Attributes of the contract class and its bases (most derived first).</summary>
    public IEnumerable<AttributeData> ClassAttributes(string name) =>
        Hierarchy.SelectMany(t => t.GetAttributes()).Where(a => a.AttributeClass?.Name == name);

    public static string AbiName(IMethodSymbol method) => AttributeText(method, "DisplayNameAttribute") ?? Bindings.LowerFirst(method.Name);

    public static string? AttributeText(ISymbol symbol, string attributeName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == attributeName)?.ConstructorArguments.FirstOrDefault().Value as string;

    public static bool HasAttribute(ISymbol symbol, string attributeName) => symbol.GetAttributes().Any(a => a.AttributeClass?.Name == attributeName);

    /// <summary>Every contract class in the user's sources, or diagnostics when there is none.</summary>
    public static IReadOnlyList<ContractModel> Find(Compilation compilation, List<CompilerDiagnostic> diagnostics)
    {
        var contracts = new List<ContractModel>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => !CompilationFactory.IsFramework(t)))
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
                if (type.ContainingType is { } outer && DerivesFromSmartContract(outer))
                {
                    diagnostics.Add(CompilerDiagnostic.Error("NC1002",
                        $"Contract class {type.Name} is nested in contract class {outer.Name}: one class is one contract; move it to its own top-level class.", type.Locations[0]));
                    continue;
                }
                contracts.Add(new ContractModel(type));
            }
        }
        if (contracts.Count == 0 && diagnostics.Count == 0)
            diagnostics.Add(CompilerDiagnostic.Error("NC1000", $"No contract found: declare a public class deriving from {SmartContractType}.", null));
        return contracts;
    }

    public static bool DerivesFromSmartContract(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
            if (t.ToDisplayString() == SmartContractType) return true;
        return false;
    }
}
