using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// A StorageMap over the contract's own storage with a constant prefix, known at compile time: `new StorageMap(…)`,
/// a local initialised with one and never reassigned, or a static readonly field initialised with one. Its members
/// then compile to the System.Storage.Local.* syscalls on prefix ‖ key, without building the [context, prefix] struct
/// (or running _initialize for it); where the map itself is needed as a value it is built on the spot.
/// </summary>
public sealed partial class MethodCompiler
{
    private const string StorageMapType = "Neo.SmartContract.Framework.Services.StorageMap";

    /// <summary>A known map: its prefix, whether its context is read-only, and the creation that builds it.</summary>
    private sealed record KnownMap(byte[] Prefix, bool ReadOnly, IObjectCreationOperation Creation);

    private readonly Dictionary<ILocalSymbol, KnownMap> _knownMapLocals = new(SymbolEqualityComparer.Default);

    /// <summary>The known map an expression denotes, or null.</summary>
    private KnownMap? KnownStorageMap(IOperation? operation) => operation switch
    {
        IObjectCreationOperation creation => MapOf(creation),
        ILocalReferenceOperation local when _knownMapLocals.TryGetValue(local.Local, out var map) => map,
        IFieldReferenceOperation { Field.IsStatic: true } field => ConstantField(field.Field) as KnownMap,
        IConversionOperation { OperatorMethod: null } conversion => KnownStorageMap(conversion.Operand),
        IPropertyReferenceOperation { Instance: null, Property.GetMethod: { } getter } => ExpressionBody(getter) is IObjectCreationOperation creation ? MapOf(creation) : null,
        _ => null,
    };

    /// <summary>The returned expression of an expression-bodied getter (`static StorageMap Balances => new(…)`), or null.</summary>
    private IOperation? ExpressionBody(IMethodSymbol getter)
    {
        var syntax = getter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var arrow = syntax switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.ArrowExpressionClauseSyntax clause => clause,
            Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax { ExpressionBody: { } clause } => clause,
            _ => null,
        };
        return arrow is null ? null : contract.ModelOf(arrow.SyntaxTree).GetOperation(arrow.Expression) is { } value
            ? (value is IConversionOperation { OperatorMethod: null } c ? c.Operand : value) : null;
    }

    /// <summary>new StorageMap([Storage.CurrentContext | Storage.CurrentReadOnlyContext,] constant prefix).</summary>
    private static KnownMap? MapOf(IObjectCreationOperation creation)
    {
        if (creation.Type?.ToDisplayString() != StorageMapType || creation.Initializer is not null) return null;
        var arguments = creation.Arguments.OrderBy(a => a.Parameter!.Ordinal).Select(a => a.Value).ToList();
        bool readOnly = false;
        if (arguments.Count == 2)
        {
            var context = arguments[0] is IConversionOperation { OperatorMethod: null } c ? c.Operand : arguments[0];
            if (context is not IPropertyReferenceOperation { Property: { ContainingType: var owner, Name: var name } }
                || owner.ToDisplayString() != "Neo.SmartContract.Framework.Services.Storage" || name is not ("CurrentContext" or "CurrentReadOnlyContext"))
                return null;
            readOnly = name == "CurrentReadOnlyContext";
        }
        else if (arguments.Count != 1) return null;
        var prefix = ConstantBytes(arguments[^1]);
        return prefix is null ? null : new KnownMap(prefix, readOnly, creation);
    }

    /// <summary>The bytes of a constant prefix: a byte, a string, or a byte[] of constants (converted or not).</summary>
    private static byte[]? ConstantBytes(IOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true, Value: byte constant }) return [constant];
        if (operation is IConversionOperation { OperatorMethod: var method } conversion && (method is null || Bindings.Of(method) is InlineBinding))
            return ConstantBytes(conversion.Operand);
        return operation switch
        {
            { ConstantValue: { HasValue: true, Value: byte b } } => [b],
            { ConstantValue: { HasValue: true, Value: string s } } => System.Text.Encoding.UTF8.GetBytes(s),
            IArrayCreationOperation { Initializer: { } init } array when ((IArrayTypeSymbol)array.Type!).ElementType.SpecialType == SpecialType.System_Byte
                && init.ElementValues.All(v => v.ConstantValue.HasValue) =>
                init.ElementValues.Select(v => Convert.ToByte(v.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            _ => null,
        };
    }

    /// <summary>
    /// A StorageMap member's binding on a known map: its "[UNPACK DROP] REVERSE3 CAT SWAP SYSCALL Storage.X" (or
    /// "UNPACK DROP SYSCALL Storage.Find") head becomes "PUSHDATA prefix SWAP CAT SYSCALL Storage.Local.X" and the tail
    /// stays. Null when the member has another shape or would write through a read-only context (which must FAULT).
    /// </summary>
    private static IReadOnlyList<BoundOp>? OnKnownMap(InlineBinding binding, KnownMap map)
    {
        var ops = binding.Ops;
        var prefix = new ScriptBuilder().EmitPush(map.Prefix).ToArray();
        var pushPrefix = new BoundOp((OpCode)prefix[0], prefix[1..]);
        string? Syscall(int index) => index < ops.Count && ops[index].OpCode == OpCode.SYSCALL ? InteropName(ops[index].Operand) : null;
        if (ops.Count >= 6 && ops[0].OpCode == OpCode.UNPACK && ops[1].OpCode == OpCode.DROP && ops[2].OpCode == OpCode.REVERSE3
            && ops[3].OpCode == OpCode.CAT && ops[4].OpCode == OpCode.SWAP && Local(Syscall(5), map) is { } local)
            return [pushPrefix, new BoundOp(OpCode.SWAP, []), new BoundOp(OpCode.CAT, []), Sys(local), .. ops.Skip(6)];
        if (ops.Count >= 3 && ops[0].OpCode == OpCode.UNPACK && ops[1].OpCode == OpCode.DROP && Syscall(2) == "System.Storage.Find")
            return [pushPrefix, Sys("System.Storage.Local.Find"), .. ops.Skip(3)];
        return null;
    }

    private static string? Local(string? syscall, KnownMap map) => syscall switch
    {
        "System.Storage.Get" => "System.Storage.Local.Get",
        "System.Storage.Find" => "System.Storage.Local.Find",
        "System.Storage.Put" when !map.ReadOnly => "System.Storage.Local.Put",
        "System.Storage.Delete" when !map.ReadOnly => "System.Storage.Local.Delete",
        _ => null,
    };

    private static BoundOp Sys(string name) => new(OpCode.SYSCALL, BitConverter.GetBytes(InteropIds.Of(name)));

    private static readonly string[] StorageSyscalls = ["System.Storage.Get", "System.Storage.Find", "System.Storage.Put", "System.Storage.Delete"];

    private static string? InteropName(byte[] operand)
    {
        uint id = BitConverter.ToUInt32(operand);
        return StorageSyscalls.FirstOrDefault(n => InteropIds.Of(n) == id);
    }

    /// <summary>Calls a StorageMap member on a known map without the map: true when it compiled that way.</summary>
    private bool CallOnKnownMap(IMethodSymbol target, IOperation? instance, IReadOnlyList<IOperation> arguments)
    {
        if (target.IsStatic || target.ContainingType.ToDisplayString() != StorageMapType || KnownStorageMap(instance) is not { } map
            || Bindings.Of(target) is not InlineBinding { LeftToRight: false } binding || OnKnownMap(binding, map) is not { } ops)
            return false;
        PushArguments(arguments, leftToRight: false);
        Code.EmitBound(ops);
        return true;
    }

    private HashSet<ILocalSymbol>? _assignedLocals;

    /// <summary>Whether a local is a known map: initialised with one and never assigned again in the method.</summary>
    private bool TryDeclareKnownMap(IVariableDeclaratorOperation declarator, IOperation initializer)
    {
        if (KnownStorageMap(initializer) is not { } map || _body is null) return false;
        _assignedLocals ??= _body.Descendants().OfType<IAssignmentOperation>().Select(a => a.Target).OfType<ILocalReferenceOperation>()
            .Select(l => l.Local).ToHashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (_assignedLocals.Contains(declarator.Symbol)) return false;
        _knownMapLocals[declarator.Symbol] = map;
        return true;
    }
}
