using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Compiler.Diagnostics;
using Protocol.Toolchain.Compiler.Front;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>State shared while one contract is compiled: its code, a label per method, static slots, diagnostics.</summary>
public sealed class ContractCompilation(Compilation compilation, ContractModel contract)
{
    private readonly Dictionary<IMethodSymbol, Label> _methodLabels = new(SymbolEqualityComparer.Default);
    private readonly Queue<IMethodSymbol> _pending = new();

    public Compilation Compilation { get; } = compilation;

    public ContractModel Contract { get; } = contract;

    public Code Code { get; } = new();

    public List<CompilerDiagnostic> Diagnostics { get; } = [];

    /// <summary>Static field → static slot index.</summary>
    public Dictionary<IFieldSymbol, int> StaticSlots { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The entry label of a method of this contract, queueing it for compilation on first use.</summary>
    public Label MethodLabel(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_methodLabels.TryGetValue(method, out var label)) return label;
        label = new Label(method.ToDisplayString());
        _methodLabels[method] = label;
        _pending.Enqueue(method);
        return label;
    }

    public bool TryDequeue(out IMethodSymbol method) => _pending.TryDequeue(out method!);

    public SemanticModel ModelOf(SyntaxTree tree) => Compilation.GetSemanticModel(tree);
}
