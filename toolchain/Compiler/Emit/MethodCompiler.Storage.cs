using System.Numerics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// [Stored] properties (contract storage under a fixed key, through Faun's System.Storage.Local.* syscalls) and static
/// fields that are compile-time constants (readonly with a constant or literal initialiser, or [InitialValue]).
/// </summary>
public sealed partial class MethodCompiler
{
    /// <summary>The storage key of a [Stored] property: the attribute's byte or string, else the property name.</summary>
    private static byte[]? StoredKey(IPropertySymbol property)
    {
        var attribute = property.OriginalDefinition.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Neo.SmartContract.Framework.Attributes.StoredAttribute");
        if (attribute is null) return null;
        return attribute.ConstructorArguments.FirstOrDefault().Value switch
        {
            byte b => [b],
            string s => Encoding.UTF8.GetBytes(s),
            _ => Encoding.UTF8.GetBytes(property.Name),
        };
    }

    /// <summary>The stored value as the property's type: integers read absent as 0, booleans as false, the rest as null.</summary>
    private void StoredLoad(IPropertySymbol property, byte[] key)
    {
        Code.Push(key);
        Code.SysCall(InteropIds.Of("System.Storage.Local.Get"));
        var type = property.Type;
        if (IsNumeric(type) || type.SpecialType == SpecialType.System_Boolean)
        {
            var present = new Label("stored-present");
            var end = new Label("stored-end");
            Code.Emit(OpCode.DUP);
            Code.Emit(OpCode.ISNULL);
            Code.Branch(OpCode.JMPIFNOT, present);
            Code.Emit(OpCode.DROP);
            if (type.SpecialType == SpecialType.System_Boolean) Code.Push(false); else Code.Push(0);
            Code.Branch(OpCode.JMP, end);
            Code.Mark(present);
            // The stored bytes as the type: NOT NOT and PUSH0 ADD convert for a few price units where CONVERT costs 8192.
            if (type.SpecialType == SpecialType.System_Boolean) { Code.Emit(OpCode.NOT); Code.Emit(OpCode.NOT); }
            else { Code.Push(0); Code.Emit(OpCode.ADD); }
            Code.Mark(end);
            return;
        }
        if (type.SpecialType == SpecialType.System_String || AbiKind(type) is "ByteString" or "UInt160" or "UInt256" or "ECPoint") return;
        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        {
            Code.Emit(OpCode.CONVERT, 0x30);
            return;
        }
        throw Unsupported("NC2228", $"[Stored] supports integers, bool, string, byte[], ByteString and hashes; store a {type.Name} with StdLib.Serialize in a StorageMap.",
            property.Locations.FirstOrDefault());
    }

    /// <summary>Stores the value on top under the key (null, for reference types, deletes the entry).</summary>
    private void StoredStore(byte[] key, ITypeSymbol type)
    {
        if (type.IsValueType && type is not INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
        {
            Code.Push(key);
            Code.SysCall(InteropIds.Of("System.Storage.Local.Put"));
            return;
        }
        var delete = new Label("stored-delete");
        var end = new Label("stored-end");
        Code.Emit(OpCode.DUP);
        Code.Emit(OpCode.ISNULL);
        Code.Branch(OpCode.JMPIF, delete);
        Code.Push(key);
        Code.SysCall(InteropIds.Of("System.Storage.Local.Put"));
        Code.Branch(OpCode.JMP, end);
        Code.Mark(delete);
        Code.Emit(OpCode.DROP);
        Code.Push(key);
        Code.SysCall(InteropIds.Of("System.Storage.Local.Delete"));
        Code.Mark(end);
    }

    private static string? AbiKind(ITypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() == "Neo.SmartContract.Framework" ? type.Name : null;

    /// <summary>
    /// The value of a static field fixed at compile time, or null: a readonly field initialised with a constant or an
    /// address/hash/key literal, or any static field with an [InitialValue]-family attribute when it is readonly.
    /// </summary>
    private object? ConstantField(IFieldSymbol field) => contract.ConstantField(field, f => ComputeConstantField(f));

    private object? ComputeConstantField(IFieldSymbol field)
    {
        if (!field.IsStatic || !field.IsReadOnly) return null;
        if (InitialValue(field) is { } initial) return initial;
        if (FieldInitializerValue(field) is not { } value) return null;
        if (value is IObjectCreationOperation creation && MapOf(creation) is { } map) return map;
        // UInt160.Parse("N…"), BigInteger.Parse("120") … on a constant: folded like the call itself.
        if (value is IInvocationOperation { Instance: null } call && FoldedCall(call.TargetMethod, call.Arguments.Select(a => a.Value).ToList()) is { } folded) return folded;
        // An immutable byte string (ByteString, UInt160 …) built from constant bytes is a constant too.
        if (field.Type.ToDisplayString() is "Neo.SmartContract.Framework.ByteString" && ConstantBytes(value) is { } bytes) return bytes;
        if (value.ConstantValue is { HasValue: true } constant && constant.Value is not (float or double or decimal)) return constant.Value ?? NullConstant.Value;
        // An integer constant converted to BigInteger (an operator method, so Roslyn folds nothing) is still a constant.
        if (value is IConversionOperation { OperatorMethod: { } toBig, Operand.ConstantValue: { HasValue: true, Value: { } integer } } && IntegerType.IsBigInteger(toBig.ContainingType)
            && integer is sbyte or byte or short or ushort or int or uint or long or ulong)
            return new BigInteger(Convert.ToDecimal(integer, System.Globalization.CultureInfo.InvariantCulture));
        if (value is IConversionOperation { OperatorMethod: { IsExtern: true } method, Operand.ConstantValue: { HasValue: true, Value: string text } }
            && Front.Bindings.Of(method) is null)
        {
            try
            {
                return Literals.Parse(method.ReturnType.ToDisplayString(), text, contract.Options.AddressVersion);
            }
            catch (FormatException e)
            {
                throw Unsupported("NC2307", e.Message, value.Syntax.GetLocation());
            }
        }
        return null;
    }

    /// <summary>Marks a constant null (a dictionary value cannot be null).</summary>
    private sealed class NullConstant
    {
        public static readonly NullConstant Value = new();
    }

    /// <summary>[InitialValue(text, type)] and its shorthands [Hash160], [PublicKey], [ByteArray], [Integer], [String].</summary>
    private object? InitialValue(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            var name = attribute.AttributeClass?.Name;
            var text = attribute.ConstructorArguments.FirstOrDefault().Value as string;
            if (text is null || attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() != "Neo.SmartContract.Framework.Attributes") continue;
            var kind = name switch
            {
                "Hash160Attribute" => "Hash160",
                "PublicKeyAttribute" => "PublicKey",
                "ByteArrayAttribute" => "ByteArray",
                "IntegerAttribute" => "Integer",
                "StringAttribute" => "String",
                "InitialValueAttribute" => attribute.ConstructorArguments.Length > 1 ? ParameterTypeName(attribute.ConstructorArguments[1].Value) : "String",
                _ => null,
            };
            if (kind is null) continue;
            var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();
            try
            {
                return kind switch
                {
                    "Hash160" => Literals.Hash160(text, contract.Options.AddressVersion),
                    "Hash256" => Literals.Hash(text, 32, "UInt256"),
                    "PublicKey" => Literals.PublicKey(text),
                    "ByteArray" => Convert.FromHexString(text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text),
                    "Integer" => BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
                    "String" => text,
                    _ => throw new FormatException($"[InitialValue] does not support the type {kind}."),
                };
            }
            catch (FormatException e)
            {
                throw Unsupported("NC2307", $"Bad initial value for {field.Name}: {e.Message}", location);
            }
        }
        return null;
    }

    /// <summary>ContractParameterType values as the framework's enum numbers them (they follow Neo's).</summary>
    private static string? ParameterTypeName(object? value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) switch
    {
        0x11 => "Integer",
        0x12 => "ByteArray",
        0x13 => "String",
        0x14 => "Hash160",
        0x15 => "Hash256",
        0x16 => "PublicKey",
        _ => null,
    };

    private IOperation? FieldInitializerValue(IFieldSymbol field)
    {
        var syntax = (field.AssociatedSymbol ?? field).DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        EqualsValueClauseSyntax? clause = syntax switch
        {
            VariableDeclaratorSyntax variable => variable.Initializer,
            PropertyDeclarationSyntax property => property.Initializer,
            _ => null,
        };
        if (clause is null) return null;
        return (contract.ModelOf(clause.SyntaxTree).GetOperation(clause) as ISymbolInitializerOperation)?.Value;
    }

    private void PushConstant(object constant)
    {
        switch (constant)
        {
            case NullConstant: Code.Emit(OpCode.PUSHNULL); break;
            case KnownMap map: ObjectCreation(map.Creation); break;
            case byte[] bytes: Code.Push(bytes); break;
            case BigInteger integer: Code.Push(integer); break;
            default: Constant(constant, null!); break;
        }
    }

    /// <summary>
    /// The static slot of a field. The first use of any static field of a type allocates all of that type's (non-constant)
    /// static fields in declaration order, so _initialize runs their initialisers in C#'s textual order.
    /// </summary>
    private int StaticSlotOf(IFieldSymbol field)
    {
        field = field.OriginalDefinition;
        if (contract.StaticSlots.TryGetValue(field, out int slot)) return slot;
        foreach (var sibling in field.ContainingType.GetMembers().OfType<IFieldSymbol>()
                     .Where(f => f.IsStatic && !f.IsConst && f.AssociatedSymbol is not IEventSymbol && !(f.AssociatedSymbol is IPropertySymbol p && StoredKey(p) is not null))
                     .OrderBy(f => (f.AssociatedSymbol ?? f).Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
        {
            if (SymbolEqualityComparer.Default.Equals(sibling, field) || ConstantField(sibling) is null) contract.StaticSlot(sibling);
        }
        slot = contract.StaticSlot(field);
        if (field.ContainingType.StaticConstructors.FirstOrDefault(c => !c.IsImplicitlyDeclared) is { } staticConstructor)
            contract.QueueStaticConstructor(staticConstructor);
        return slot;
    }

    /// <summary>A static field's initial value inside _initialize: its initialiser, [InitialValue], or the type's default.</summary>
    public void InitializeStatic(ISymbol member)
    {
        if (member is IMethodSymbol staticConstructor)
        {
            Code.Branch(OpCode.CALL, contract.MethodLabel(staticConstructor));
            return;
        }
        var field = (IFieldSymbol)member;
        InitializeStaticField(field, contract.StaticSlots[field]);
    }

    private void InitializeStaticField(IFieldSymbol field, int slot)
    {
        if (InitialValue(field) is { } initial) PushConstant(initial);
        else if (FieldInitializerValue(field) is { } value) Value(value);
        else DefaultValue(field.Type, null);
        Slot(OpCode.STSFLD0, slot);
    }
}
