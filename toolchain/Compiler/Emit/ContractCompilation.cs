using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Compiler.Diagnostics;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>A call this contract makes to another contract, for the manifest's permissions (null = not known at compile time).</summary>
public sealed record ContractCall(UInt160? Hash, string? Method, Location? At);

/// <summary>A compiled method: its entry and end labels and its named local slots.</summary>
public sealed record CompiledMethod(IMethodSymbol Method, Label Start, Label End, IReadOnlyList<(string Name, ITypeSymbol Type, int Slot)> Locals);

/// <summary>
/// State shared while one contract is compiled: its code, a label per compiled method (compiled on first use), static
/// slots (allocated on first use, initialised in _initialize), method tokens, the calls it makes, diagnostics.
/// </summary>
public sealed class ContractCompilation(Compilation compilation, ContractModel contract, CompileOptions options)
{
    private readonly Dictionary<ISymbol, Label> _methodLabels = new(SymbolEqualityComparer.Default);
    private readonly Queue<(ISymbol Method, Label Label)> _pending = new();
    private readonly Queue<ISymbol> _uninitialised = new();

    public Compilation Compilation { get; } = compilation;

    public ContractModel Contract { get; } = contract;

    public CompileOptions Options { get; } = options;

    public Code Code { get; } = new();

    public List<CompilerDiagnostic> Diagnostics { get; } = [];

    /// <summary>The contract's ABI events by C# event.</summary>
    public Dictionary<IEventSymbol, AbiEvent> Events { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Static field → static slot index.</summary>
    public Dictionary<IFieldSymbol, int> StaticSlots { get; } = new(SymbolEqualityComparer.Default);

    public List<MethodToken> Tokens { get; } = [];

    public List<ContractCall> Calls { get; } = [];

    /// <summary>Every compiled method with its code range and local variables (name, slot), for debug info.</summary>
    public List<CompiledMethod> CompiledMethods { get; } = [];

    /// <summary>Whether Runtime.Debug is called (its "Debug" event then joins the ABI).</summary>
    public bool UsesDebugEvent { get; set; }

    private Label? _overflowThrow;

    /// <summary>
    /// One `PUSHDATA "Arithmetic operation resulted in an overflow."; THROW` for the whole contract, after all methods:
    /// failed range checks jump there instead of repeating 48 bytes each. A jump leaves the context's try stack as it
    /// is, so the same handler catches the exception as if it were thrown where the check is.
    /// </summary>
    public Label OverflowThrow => _overflowThrow ??= new Label("overflow-throw");

    /// <summary>Emits the shared throw sites used so far (after every method and _initialize).</summary>
    public void EmitSharedThrows()
    {
        if (_overflowThrow is null) return;
        Code.Mark(_overflowThrow);
        Code.Push(System.Text.Encoding.UTF8.GetBytes(OverflowMessage));
        Code.Emit(OpCode.THROW);
    }

    /// <summary>.NET's OverflowException message, which a failed checked operation throws.</summary>
    public const string OverflowMessage = "Arithmetic operation resulted in an overflow.";

    /// <summary>The entry label of a method (or lambda) of this contract, queueing it for compilation on first use.</summary>
    public Label MethodLabel(IMethodSymbol method)
    {
        var key = method.MethodKind is MethodKind.AnonymousFunction ? method : method.OriginalDefinition;
        if (_methodLabels.TryGetValue(key, out var label)) return label;
        label = new Label(method.ToDisplayString());
        _methodLabels[key] = label;
        _pending.Enqueue((key, label));
        return label;
    }

    /// <summary>The next method queued for compilation, with its label.</summary>
    public bool TryDequeue(out IMethodSymbol method, out Label label)
    {
        if (_pending.TryDequeue(out var next))
        {
            method = (IMethodSymbol)next.Method;
            label = next.Label;
            return true;
        }
        method = null!;
        label = null!;
        return false;
    }

    /// <summary>The static slot of a field, allocating it (and queueing its initialiser) on first use.</summary>
    public int StaticSlot(IFieldSymbol field)
    {
        field = field.OriginalDefinition;
        if (StaticSlots.TryGetValue(field, out int slot)) return slot;
        slot = StaticSlots.Count;
        StaticSlots[field] = slot;
        _uninitialised.Enqueue(field);
        return slot;
    }

    /// <summary>Runs a type's static constructor in _initialize, after the field initialisers queued before it.</summary>
    public void QueueStaticConstructor(IMethodSymbol constructor) => _uninitialised.Enqueue(constructor);

    /// <summary>The next static field to initialise, or static constructor to run, in _initialize.</summary>
    public bool TryDequeueUninitialised(out ISymbol member) => _uninitialised.TryDequeue(out member!);

    public bool HasPendingWork => _pending.Count > 0 || _uninitialised.Count > 0;

    /// <summary>The index of a method token, adding it on first use (at most 65535 tokens).</summary>
    public ushort Token(CallTokenBinding binding, Location? at)
    {
        var token = new MethodToken(binding.Hash, binding.Method, (ushort)binding.ParameterCount, binding.HasReturnValue, CallFlags.All);
        int index = Tokens.IndexOf(token);
        if (index < 0)
        {
            index = Tokens.Count;
            Tokens.Add(token);
            Calls.Add(new ContractCall(binding.Hash, binding.Method, at));
        }
        return checked((ushort)index);
    }

    public SemanticModel ModelOf(SyntaxTree tree) => Compilation.GetSemanticModel(tree);

    private readonly Dictionary<IFieldSymbol, object?> _constantFields = new(SymbolEqualityComparer.Default);

    /// <summary>A static field's compile-time value (cached), computed by the method compiler.</summary>
    public object? ConstantField(IFieldSymbol field, Func<IFieldSymbol, object?> compute)
    {
        field = field.OriginalDefinition;
        if (!_constantFields.TryGetValue(field, out var value)) _constantFields[field] = value = compute(field);
        return value;
    }

    private List<INamedTypeSymbol>? _sourceTypes;

    /// <summary>The non-abstract implementations of a virtual, abstract or interface method among the source types.</summary>
    public IReadOnlyList<IMethodSymbol> Implementations(IMethodSymbol method)
    {
        _sourceTypes ??= Compilation.SyntaxTrees
            .SelectMany(t => ModelOf(t).SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>()
                .Select(d => ModelOf(t).GetDeclaredSymbol(d)).OfType<INamedTypeSymbol>())
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToList();
        var original = method.OriginalDefinition;
        var found = new List<IMethodSymbol>();
        foreach (var type in _sourceTypes.Where(t => !t.IsAbstract && t.TypeKind is TypeKind.Class or TypeKind.Struct))
        {
            if (original.ContainingType.TypeKind == TypeKind.Interface)
            {
                if (type.FindImplementationForInterfaceMember(original) is IMethodSymbol implementation && !implementation.IsAbstract
                    && !found.Contains(implementation, SymbolEqualityComparer.Default))
                    found.Add(implementation);
                continue;
            }
            for (var t = type; t is not null; t = t.BaseType)
            {
                var candidate = t.GetMembers(original.Name).OfType<IMethodSymbol>().FirstOrDefault(m => Overrides(m, original));
                if (candidate is null) continue;
                if (!candidate.IsAbstract && !found.Contains(candidate, SymbolEqualityComparer.Default)) found.Add(candidate);
                break;
            }
        }
        return found;
    }

    private static bool Overrides(IMethodSymbol candidate, IMethodSymbol original)
    {
        for (var m = candidate; m is not null; m = m.OverriddenMethod)
            if (SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, original)) return true;
        return false;
    }
}
