using System.Numerics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Calls: framework bindings (inline [OpCode]/[Syscall], CALLT to natives, [ContractHash]), BCL members with a NeoVM
/// form, and compiled methods (CALL, arguments pushed so argument 0 — `this` for instance methods — ends on top).
/// C# evaluates arguments left to right; they are pushed last-first directly when none has a side effect, otherwise
/// evaluated in order and reversed.
/// </summary>
public sealed partial class MethodCompiler
{
    /// <summary>An argument to push: by value (structs copied) or, for a receiver, by reference.</summary>
    private readonly record struct Argument(IOperation Operation, bool ByReference = false);

    private void Invocation(IInvocationOperation invocation)
    {
        var target = invocation.TargetMethod;
        if (target.MethodKind == MethodKind.DelegateInvoke)
        {
            DelegateInvoke(invocation);
            return;
        }
        CallMethod(target, invocation.Instance, ArgumentValues(invocation.Arguments), invocation.Syntax, invocation.IsVirtual);
    }

    /// <summary>The argument values in parameter order (named arguments reordered; defaults and params arrays included).</summary>
    private List<IOperation> ArgumentValues(IEnumerable<IArgumentOperation> arguments)
    {
        var list = arguments.ToList();
        foreach (var argument in list)
        {
            if (argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out)
                throw Unsupported("NC2223", "ref and out parameters are not supported: return a tuple instead.", argument.Syntax.GetLocation());
        }
        var ordered = list.OrderBy(a => a.Parameter!.Ordinal).ToList();
        bool reordered = !ordered.SequenceEqual(list);
        if (reordered && !list.All(a => IsPure(a.Value)))
            throw Unsupported("NC2224", "Named arguments out of parameter order with side effects are not supported: assign them to locals first.",
                list[0].Syntax.Parent?.GetLocation());
        return ordered.Select(a => a.Value).ToList();
    }

    private void CallMethod(IMethodSymbol target, IOperation? instance, IReadOnlyList<IOperation> arguments, SyntaxNode at, bool isVirtual = true)
    {
        if (isVirtual) target = ResolveVirtual(target, instance, at);
        if (FoldedCall(target, arguments) is { } folded)
        {
            PushConstant(folded);
            return;
        }
        if (CallOnKnownMap(target, instance, arguments)) return;
        if (Bcl(target, instance, arguments, at)) return;
        var binding = Bindings.Of(target);
        switch (binding)
        {
            case ContractHashBinding hash:
                Code.Push(hash.Hash.ToArray());
                return;
            case CallTokenBinding token:
                PushArguments(arguments, leftToRight: false);
                Code.Emit(OpCode.CALLT, BitConverter.GetBytes(contract.Token(token, at.GetLocation())));
                return;
            case InlineBinding inline:
                NoteContractCall(target, arguments, at);
                // Runtime.Debug notifies a "Debug" event, which the manifest must declare or the notification FAULTs.
                if (target.Name == "Debug" && target.ContainingType.ToDisplayString() == "Neo.SmartContract.Framework.Services.Runtime") contract.UsesDebugEvent = true;
                var values = new List<Argument>();
                if (instance is not null && !target.IsStatic) values.Add(new Argument(instance, ByReference: true));
                values.AddRange(arguments.Select(a => new Argument(a)));
                PushArguments(values, inline.LeftToRight);
                Code.EmitBound(inline.Ops);
                return;
        }
        if (target.IsExtern || (target.DeclaringSyntaxReferences.IsEmpty && !IsSynthesized(target)))
            throw Unsupported("NC2203", $"{target.ToDisplayString()} is not supported in a contract.", at.GetLocation());
        var pushed = new List<Argument>();
        if (TakesThis(target))
        {
            if (instance is null) throw Unsupported("NC2203", $"{target.Name} needs an instance.", at.GetLocation());
            pushed.Add(new Argument(instance, ByReference: true));
        }
        pushed.AddRange(arguments.Select(a => new Argument(a)));
        PushArguments(pushed, leftToRight: false);
        Code.Branch(OpCode.CALL, contract.MethodLabel(target));
    }

    /// <summary>
    /// The value of a Parse call on a constant string, computed at compile time exactly as the run-time code computes it:
    /// UInt160/UInt256/ECPoint.Parse give their bytes, BigInteger and integer Parse (StdLib atoi, then the type's range
    /// check) an integer. Null when the argument is not constant or the run-time code would throw: the call then stays.
    /// </summary>
    private object? FoldedCall(IMethodSymbol target, IReadOnlyList<IOperation> arguments)
    {
        if (target.Name != "Parse" || !target.IsStatic || arguments.Count != 1 || arguments[0].ConstantValue is not { HasValue: true, Value: string text })
            return null;
        var type = target.ContainingType;
        if (type.ContainingNamespace?.ToDisplayString() == "Neo.SmartContract.Framework" && !target.DeclaringSyntaxReferences.IsEmpty)
            return Literals.FoldParse(type.ToDisplayString(), text, contract.Options.AddressVersion);
        if (!target.DeclaringSyntaxReferences.IsEmpty || !(IntegerType.IsBigInteger(type) || IntegerType.Of(type) is not null)
            || target.Parameters[0].Type.SpecialType != SpecialType.System_String)
            return null;
        BigInteger value;
        try
        {
            value = Runtime.Native.StdLibFunctions.Atoi(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
        return IntegerType.Of(target.ReturnType) is { } range && (value < range.Min || value > range.Max) ? null : value;
    }

    /// <summary>Accessors of auto-properties and implicit constructors have no body in source; the compiler writes them.</summary>
    private static bool IsSynthesized(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor && method.IsImplicitlyDeclared
        || method.AssociatedSymbol is IPropertySymbol property && !property.DeclaringSyntaxReferences.IsEmpty;

    /// <summary>
    /// Calls an accessor whose receiver and arguments (and, for a setter, the value) are already on the stack in
    /// source order: reversed for anything but a left-to-right binding.
    /// </summary>
    private void CallPrepared(IMethodSymbol accessor, int count, SyntaxNode at, IOperation? instance)
    {
        accessor = ResolveVirtual(accessor, null, at);
        if (KnownStorageMap(instance) is { } map && Bindings.Of(accessor) is InlineBinding { LeftToRight: false } mapBinding && OnKnownMap(mapBinding, map) is { } ops)
        {
            Reverse(count);
            Code.EmitBound(ops);
            return;
        }
        switch (Bindings.Of(accessor))
        {
            case InlineBinding inline:
                if (!inline.LeftToRight) Reverse(count);
                Code.EmitBound(inline.Ops);
                return;
            case CallTokenBinding token:
                Reverse(count);
                Code.Emit(OpCode.CALLT, BitConverter.GetBytes(contract.Token(token, at.GetLocation())));
                return;
            case ContractHashBinding:
                throw Unsupported("NC2201", "A contract hash cannot be assigned.", at.GetLocation());
        }
        if (accessor.IsExtern || (accessor.DeclaringSyntaxReferences.IsEmpty && !IsSynthesized(accessor)))
            throw Unsupported("NC2203", $"{accessor.ToDisplayString()} is not supported here.", at.GetLocation());
        Reverse(count);
        Code.Branch(OpCode.CALL, contract.MethodLabel(accessor));
    }

    private void PushArguments(IReadOnlyList<Argument> values, bool leftToRight)
    {
        if (leftToRight || values.Count <= 1)
        {
            foreach (var value in values) Push(value);
            return;
        }
        if (values.All(v => IsPure(v.Operation)))
        {
            for (int i = values.Count - 1; i >= 0; i--) Push(values[i]);
            return;
        }
        foreach (var value in values) Push(value);
        Reverse(values.Count);
    }

    private void PushArguments(IReadOnlyList<IOperation> values, bool leftToRight) =>
        PushArguments(values.Select(v => new Argument(v)).ToList(), leftToRight);

    private void Push(Argument argument)
    {
        if (argument.ByReference) Receiver(argument.Operation, argument.Operation);
        else Value(argument.Operation);
    }

    /// <summary>Reverses the top n items.</summary>
    private void Reverse(int n)
    {
        switch (n)
        {
            case <= 1: return;
            case 2: Code.Emit(OpCode.SWAP); return;
            case 3: Code.Emit(OpCode.REVERSE3); return;
            case 4: Code.Emit(OpCode.REVERSE4); return;
            default:
                Code.Push(n);
                Code.Emit(OpCode.REVERSEN);
                return;
        }
    }

    /// <summary>
    /// The method a call reaches: overrides in the contract's hierarchy are resolved statically; elsewhere a virtual or
    /// interface call compiles only when exactly one implementation exists in the compilation.
    /// </summary>
    private IMethodSymbol ResolveVirtual(IMethodSymbol target, IOperation? instance, SyntaxNode at)
    {
        if (contract.Contract.IsContractType(target.ContainingType) || instance is IInstanceReferenceOperation && contract.Contract.IsContractType(methodSymbol?.ContainingType))
            return contract.Contract.Implementation(target);
        bool isInterface = target.ContainingType.TypeKind == TypeKind.Interface;
        if (!(target.IsVirtual || target.IsAbstract || target.IsOverride || isInterface) || target.DeclaringSyntaxReferences.IsEmpty && !isInterface && !target.IsAbstract)
            return target;
        var implementations = contract.Implementations(target);
        if (implementations.Count == 1) return implementations[0];
        throw Unsupported("NC2222",
            implementations.Count == 0
                ? $"{target.ToDisplayString()} has no implementation in the contract's sources."
                : $"{target.ToDisplayString()} has {implementations.Count} implementations: virtual dispatch is not supported; use a static method with a switch, or make the type sealed.",
            at.GetLocation());
    }

    /// <summary>Contract.Call with a constant hash and method is a permission the manifest needs; any other target must be declared.</summary>
    private void NoteContractCall(IMethodSymbol target, IReadOnlyList<IOperation> arguments, SyntaxNode at)
    {
        if (target.Name != "Call" || target.ContainingType.ToDisplayString() != "Neo.SmartContract.Framework.Services.Contract") return;
        var hash = arguments[0] is IConversionOperation { OperatorMethod: not null, Operand.ConstantValue: { HasValue: true, Value: string text } }
            ? new Runtime.Models.UInt160(Literals.Hash160(text, contract.Options.AddressVersion))
            : ConstantHash(arguments[0]);
        var method = arguments[1].ConstantValue is { HasValue: true, Value: string name } ? name : null;
        contract.Calls.Add(new ContractCall(hash, method, at.GetLocation()));
    }

    /// <summary>A hash known at compile time: a [ContractHash] property of a native, or a constant static field.</summary>
    private Runtime.Models.UInt160? ConstantHash(IOperation operation)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.GetMethod: { } getter } when Bindings.Of(getter) is ContractHashBinding binding:
                return binding.Hash;
            case IFieldReferenceOperation { Field.IsStatic: true } field when ConstantField(field.Field) is byte[] { Length: 20 } bytes:
                return new Runtime.Models.UInt160(bytes);
            case IConversionOperation { OperatorMethod: null } conversion:
                return ConstantHash(conversion.Operand);
            default:
                return null;
        }
    }

    private void DelegateInvoke(IInvocationOperation invocation)
    {
        var arguments = ArgumentValues(invocation.Arguments);
        if (invocation.Instance is IEventReferenceOperation reference)
        {
            RaiseEvent(reference.Event, arguments, invocation.Syntax);
            return;
        }
        PushArguments(arguments, leftToRight: false);
        Expression(invocation.Instance!);
        Code.Emit(OpCode.CALLA);
    }

    /// <summary>An event: the arguments packed into an Array (first argument first), the ABI name, System.Runtime.Notify.</summary>
    private void RaiseEvent(IEventSymbol e, IReadOnlyList<IOperation> arguments, SyntaxNode at)
    {
        if (!contract.Events.TryGetValue(e.OriginalDefinition, out var abiEvent))
            throw Unsupported("NC2225", $"The event {e.Name} is not declared by this contract's class (or has no [DisplayName]), so Notify would FAULT.", at.GetLocation());
        PushArguments(arguments, leftToRight: false);
        Code.Push(arguments.Count);
        Code.Emit(OpCode.PACK);
        Code.Push(Encoding.UTF8.GetBytes(abiEvent.Name));
        Code.SysCall(InteropIds.Of("System.Runtime.Notify"));
    }

    /// <summary>A delegate value: PUSHA of a static method or a lambda (which may not capture).</summary>
    private void DelegateCreation(IDelegateCreationOperation creation)
    {
        switch (creation.Target)
        {
            case IMethodReferenceOperation reference when reference.Method.IsStatic || contract.Contract.IsContractType(reference.Method.ContainingType):
                if (Bindings.Of(reference.Method) is not null || reference.Method.DeclaringSyntaxReferences.IsEmpty)
                    throw Unsupported("NC2226", $"{reference.Method.Name} has no compiled body to point to: wrap it in a lambda.", creation.Syntax.GetLocation());
                Code.Branch(OpCode.PUSHA, contract.MethodLabel(reference.Method));
                return;
            case IAnonymousFunctionOperation lambda:
                if (lambda.Symbol.IsAsync) throw Unsupported("NC2227", "async lambdas are not supported.", creation.Syntax.GetLocation());
                Code.Branch(OpCode.PUSHA, contract.MethodLabel(lambda.Symbol));
                return;
            default:
                throw Unsupported("NC2226", "Only static methods and non-capturing lambdas can become delegates.", creation.Syntax.GetLocation());
        }
    }

    private void PropertyLoad(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        if (DirectField(property) is { } backing && !contract.Contract.IsContractType(property.ContainingType) | backing.IsStatic)
        {
            if (backing.IsStatic) Slot(OpCode.LDSFLD0, StaticSlotOf(backing));
            else
            {
                Receiver(reference.Instance!, reference);
                Code.Push(TypeLayout.IndexOf(backing));
                Code.Emit(OpCode.PICKITEM);
            }
            return;
        }
        if (StoredKey(property) is { } key)
        {
            StoredLoad(property, key);
            return;
        }
        var getter = property.GetMethod ?? throw Unsupported("NC2204", $"{property.Name} has no getter.", reference.Syntax.GetLocation());
        CallMethod(getter, reference.Instance, ArgumentValues(reference.Arguments), reference.Syntax);
    }
}
