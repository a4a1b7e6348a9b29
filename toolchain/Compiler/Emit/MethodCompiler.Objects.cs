using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Classes (Arrays) and structs (Structs): creation with field defaults, constructors (compiled with `this` as
/// argument 0, returning it), field access by index, object initialisers, struct copies, tuples and `with`.
/// </summary>
public sealed partial class MethodCompiler
{
    private readonly Stack<int> _implicitReceivers = new();

    private static bool IsStruct(ITypeSymbol type) => TypeLayout.IsStruct(type);

    private static bool IsException(ITypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.ToDisplayString() == "System.Exception") return true;
        return false;
    }

    private void ObjectCreation(IObjectCreationOperation creation)
    {
        var type = creation.Type!;
        var constructor = creation.Constructor;
        if (IsException(type))
        {
            ExceptionValue(creation);
            return;
        }
        if (constructor is not null && Bindings.Of(constructor) is InlineBinding binding)
        {
            PushArguments(ArgumentValues(creation.Arguments), binding.LeftToRight);
            Code.EmitBound(binding.Ops);
        }
        else if (type.TypeKind is TypeKind.Class or TypeKind.Struct && constructor is not null)
        {
            if (constructor.IsExtern || (type.DeclaringSyntaxReferences.IsEmpty && !type.IsTupleType))
                throw Unsupported("NC2216", $"Creating a {type.ToDisplayString()} is not supported in a contract.", creation.Syntax.GetLocation());
            if (contract.Contract.IsContractType(type) || ContractModel.DerivesFromSmartContract((INamedTypeSymbol)type))
                throw Unsupported("NC2217", "A contract class cannot be instantiated: call its static members, or another contract through Contract.Call.", creation.Syntax.GetLocation());
            if (NeedsConstructorCall(constructor))
            {
                PushArguments(ArgumentValues(creation.Arguments), leftToRight: false);
                NewObject(type);
                Code.Branch(OpCode.CALL, contract.MethodLabel(constructor)); // returns `this`
            }
            else
            {
                NewObject(type);
            }
        }
        else
        {
            throw Unsupported("NC2216", $"Creating a {type.ToDisplayString()} is not supported.", creation.Syntax.GetLocation());
        }
        if (creation.Initializer is { } initializer) Initialize(initializer);
    }

    /// <summary>Runs an object or collection initialiser against the new object on the stack (which stays there).</summary>
    private void Initialize(IObjectOrCollectionInitializerOperation initializer)
    {
        int receiver = NewTemp();
        Code.Emit(OpCode.DUP);
        Slot(OpCode.STLOC0, receiver);
        _implicitReceivers.Push(receiver);
        foreach (var item in initializer.Initializers)
        {
            if (item is IMemberInitializerOperation nested)
            {
                Expression(nested.InitializedMember);
                Initialize(nested.Initializer);
                Code.Emit(OpCode.DROP);
                continue;
            }
            Discarded(item);
        }
        _implicitReceivers.Pop();
    }

    /// <summary>An Array (class) or Struct with every field at its default value.</summary>
    private void NewObject(ITypeSymbol type)
    {
        var fields = TypeLayout.Fields(type);
        if (fields.Count == 0)
        {
            Code.Emit(IsStruct(type) ? OpCode.NEWSTRUCT0 : OpCode.NEWARRAY0);
            return;
        }
        for (int i = fields.Count - 1; i >= 0; i--) DefaultValue(fields[i].Type, null);
        Code.Push(fields.Count);
        Code.Emit(IsStruct(type) ? OpCode.PACKSTRUCT : OpCode.PACK);
    }

    /// <summary>default(T): 0 for integers and enums, false, a default struct, otherwise null.</summary>
    private void DefaultValue(ITypeSymbol type, IOperation? at)
    {
        if (IsNumeric(type)) Code.Push(0);
        else if (type.SpecialType == SpecialType.System_Boolean) Code.Push(false);
        else if (IsStruct(type)) NewObject(type);
        else if (type is ITypeParameterSymbol { HasReferenceTypeConstraint: false } parameter && !parameter.ConstraintTypes.Any(c => c.IsReferenceType))
            throw Unsupported("NC2218", $"default({type.Name}) of an unconstrained type parameter is not supported: constrain it to a class.", at?.Syntax.GetLocation());
        else Code.Emit(OpCode.PUSHNULL);
    }

    /// <summary>Whether `new T(...)` must run constructor code (a body, field initialisers, or a base constructor that does).</summary>
    private static bool NeedsConstructorCall(IMethodSymbol constructor)
    {
        if (constructor.ContainingType.DeclaringSyntaxReferences.IsEmpty) return false; // object, Attribute …: nothing to run
        if (!constructor.IsImplicitlyDeclared) return true;
        var type = constructor.ContainingType;
        if (HasFieldInitializers(type)) return true;
        var baseConstructor = type.BaseType?.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0);
        return baseConstructor is not null && !baseConstructor.DeclaringSyntaxReferences.IsEmpty && NeedsConstructorCall(baseConstructor);
    }

    private static bool HasFieldInitializers(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic && !f.IsConst && FieldInitializer(f) is not null);

    private static EqualsValueClauseSyntax? FieldInitializer(IFieldSymbol field)
    {
        var syntax = (field.AssociatedSymbol ?? field).DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        return syntax switch
        {
            VariableDeclaratorSyntax variable => variable.Initializer,
            PropertyDeclarationSyntax property => property.Initializer,
            _ => null,
        };
    }

    /// <summary>A constructor's start: `: this(…)`, or field initialisers then `: base(…)`; primary-constructor parameters fill their properties.</summary>
    private void ConstructorPrologue(IMethodSymbol constructor, IInvocationOperation? initializer)
    {
        if (initializer is { TargetMethod: var other } && SymbolEqualityComparer.Default.Equals(other.ContainingType, constructor.ContainingType))
        {
            CallConstructor(initializer);
            return;
        }
        var type = constructor.ContainingType;
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst)
                     .OrderBy(f => (f.AssociatedSymbol ?? f).Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
        {
            if (FieldInitializer(field) is not { } clause) continue;
            var value = (contract.ModelOf(clause.SyntaxTree).GetOperation(clause) as ISymbolInitializerOperation)?.Value
                ?? throw Unsupported("NC2219", $"The initializer of {field.Name} cannot be compiled.", clause.GetLocation());
            Code.Emit(OpCode.LDARG0);
            Code.Push(TypeLayout.IndexOf(field));
            Value(value);
            Code.Emit(OpCode.SETITEM);
        }
        if (IsPrimaryConstructor(constructor))
        {
            foreach (var parameter in constructor.Parameters)
            {
                var property = type.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault();
                if (property is null || BackingField(property) is not { } backing) continue;
                Code.Emit(OpCode.LDARG0);
                Code.Push(TypeLayout.IndexOf(backing));
                Slot(OpCode.LDARG0, parameter.Ordinal + 1);
                Code.Emit(OpCode.SETITEM);
            }
        }
        if (initializer is not null) CallConstructor(initializer);
        else if (type.BaseType?.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0) is { } baseConstructor
                 && !baseConstructor.DeclaringSyntaxReferences.IsEmpty && NeedsConstructorCall(baseConstructor))
        {
            Code.Emit(OpCode.LDARG0);
            Code.Branch(OpCode.CALL, contract.MethodLabel(baseConstructor));
            Code.Emit(OpCode.DROP);
        }
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor) =>
        constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is TypeDeclarationSyntax { ParameterList: not null };

    /// <summary>: base(…) or : this(…): arguments, then `this`, CALL, and drop the returned `this`.</summary>
    private void CallConstructor(IInvocationOperation initializer)
    {
        var target = initializer.TargetMethod;
        if (IsException(target.ContainingType)) return; // exceptions are their messages; base(message) needs no code
        if (!NeedsConstructorCall(target)) return;
        var values = new List<Argument> { new(initializer.Instance!, ByReference: true) };
        values.AddRange(ArgumentValues(initializer.Arguments).Select(a => new Argument(a)));
        PushArguments(values, leftToRight: false);
        Code.Branch(OpCode.CALL, contract.MethodLabel(target));
        Code.Emit(OpCode.DROP);
    }

    private void FieldLoad(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        if (field.IsStatic)
        {
            if (ConstantField(field) is { } constant) { PushConstant(constant); return; }
            Slot(OpCode.LDSFLD0, StaticSlotOf(field));
            return;
        }
        Receiver(reference.Instance!, reference);
        Code.Push(FieldIndex(field, reference));
        Code.Emit(OpCode.PICKITEM);
    }

    /// <summary>The receiver of an instance member: its value (a struct by reference, so writes reach the variable).</summary>
    private void Receiver(IOperation instance, IOperation member)
    {
        if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } && !_hasThis)
            throw Unsupported("NC2220", "Instance fields of a contract class are not supported: the contract is never instantiated; use static fields or storage.",
                member.Syntax.GetLocation());
        Expression(instance);
    }

    private int FieldIndex(IFieldSymbol field, IOperation at)
    {
        if (contract.Contract.IsContractType(field.ContainingType))
            throw Unsupported("NC2220", "Instance fields of a contract class are not supported: the contract is never instantiated; use static fields or storage.",
                at.Syntax.GetLocation());
        try
        {
            return TypeLayout.IndexOf(field);
        }
        catch (NotSupportedException e)
        {
            throw Unsupported("NC2221", e.Message, at.Syntax.GetLocation());
        }
    }

    /// <summary>The compiler-generated field of an auto-property, or null.</summary>
    private static IFieldSymbol? BackingField(IPropertySymbol property)
    {
        if (property.IsExtern || property.IsAbstract || StoredKey(property) is not null) return null;
        return property.ContainingType.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property.OriginalDefinition) || SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));
    }

    /// <summary>
    /// The backing field that reads and writes of <paramref name="property"/> may use directly, bypassing its accessors:
    /// only when each accessor it has is compiler-written (<c>{ get; set; }</c>). A property with an accessor body that
    /// uses C# 14's <c>field</c> (<c>set =&gt; field = Math.Max(0, value)</c>) has a backing field too, but must run
    /// its accessors; <c>field</c> inside them is then an ordinary field reference.
    /// </summary>
    private static IFieldSymbol? DirectField(IPropertySymbol property) =>
        IsAutoAccessor(property.GetMethod) && IsAutoAccessor(property.SetMethod) ? BackingField(property) : null;

    /// <summary>A missing accessor, or one without a body (<c>get;</c>, <c>init;</c>, a record's positional property).</summary>
    private static bool IsAutoAccessor(IMethodSymbol? accessor) =>
        accessor is null || accessor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax()
            is not (AccessorDeclarationSyntax { Body: not null } or AccessorDeclarationSyntax { ExpressionBody: not null } or ArrowExpressionClauseSyntax);

    /// <summary>Struct values flowing from a variable, field or element into another place must be copied (value semantics).</summary>
    private static bool IsStructLocation(IOperation operation) =>
        operation.Type is { } type && IsStruct(type) && operation switch
        {
            ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation => true,
            IPropertyReferenceOperation property => DirectField(property.Property) is not null,
            IInstanceReferenceOperation => true,
            _ => false,
        };

    /// <summary>Copies the struct on top: UNPACK/PACKSTRUCT when flat, through APPEND's deep clone when it nests structs.</summary>
    private void CopyStruct(ITypeSymbol type)
    {
        if (!TypeLayout.HasNestedStructs(type))
        {
            Code.Emit(OpCode.UNPACK);
            Code.Emit(OpCode.PACKSTRUCT);
            return;
        }
        Code.Emit(OpCode.NEWARRAY0);
        Code.Emit(OpCode.TUCK);
        Code.Emit(OpCode.SWAP);
        Code.Emit(OpCode.APPEND);
        Code.Push(0);
        Code.Emit(OpCode.PICKITEM);
    }

    /// <summary>(a, b, …): a Struct of the elements.</summary>
    private void Tuple(ITupleOperation tuple)
    {
        if (tuple.Elements.Length > 7) throw Unsupported("NC2221", "Tuples of more than 7 elements are not supported.", tuple.Syntax.GetLocation());
        PushArguments(tuple.Elements, leftToRight: false);
        Code.Push(tuple.Elements.Length);
        Code.Emit(OpCode.PACKSTRUCT);
    }

    /// <summary>x with { P = v }: a copy of x (always a fresh Struct/Array), then the assignments.</summary>
    private void With(IWithOperation with)
    {
        Expression(with.Operand);
        if (IsStruct(with.Type!)) CopyStruct(with.Type!);
        else
        {
            Code.Emit(OpCode.UNPACK);
            Code.Emit(OpCode.PACK);
        }
        Initialize(with.Initializer);
    }

    /// <summary>Bodies the compiler writes: auto-property accessors, [Stored] properties, implicit constructors.</summary>
    private void SynthesizedBody(IMethodSymbol method)
    {
        if (method.AssociatedSymbol is IPropertySymbol property)
        {
            bool isGetter = method.MethodKind == MethodKind.PropertyGet;
            if (StoredKey(property) is { } key)
            {
                if (isGetter) StoredLoad(property, key);
                else { Code.Emit(OpCode.LDARG0); StoredStore(key, property.Type); }
                return;
            }
            if (BackingField(property) is { } backing)
            {
                if (backing.IsStatic)
                {
                    if (isGetter) Slot(OpCode.LDSFLD0, StaticSlotOf(backing));
                    else { Code.Emit(OpCode.LDARG0); Slot(OpCode.STSFLD0, StaticSlotOf(backing)); }
                    return;
                }
                if (contract.Contract.IsContractType(property.ContainingType))
                    throw Unsupported("NC2220", $"The instance auto-property {property.Name} of a contract class has nowhere to live: make it static, [Stored], or give it a body.",
                        property.Locations.FirstOrDefault());
                Code.Emit(OpCode.LDARG0);
                Code.Push(TypeLayout.IndexOf(backing));
                if (isGetter) Code.Emit(OpCode.PICKITEM);
                else { Code.Emit(OpCode.LDARG1); Code.Emit(OpCode.SETITEM); }
                return;
            }
        }
        if (method.MethodKind == MethodKind.Constructor)
        {
            ConstructorPrologue(method, null);
            return;
        }
        throw Unsupported("NC2001", $"{method.ToDisplayString()} has no body to compile.", method.Locations.FirstOrDefault());
    }
}
