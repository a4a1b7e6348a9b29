using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Modifiers ([NoReentrant], [NoReentrantMethod] and any ModifierAttribute subclass): each attribute object is built
/// from its constant arguments and entered before the body; the body runs in a try whose finally exits them in reverse
/// order, so every return, and an exception a caller catches, leaves the modifier state clean.
/// </summary>
public sealed partial class MethodCompiler
{
    private const string ModifierType = "Neo.SmartContract.Framework.Attributes.ModifierAttribute";

    private static IReadOnlyList<AttributeData> Modifiers(IMethodSymbol method) =>
        method.GetAttributes().Where(a => IsModifier(a.AttributeClass)).ToList();

    private static bool IsModifier(INamedTypeSymbol? type)
    {
        for (var t = type?.BaseType; t is not null; t = t.BaseType)
            if (t.ToDisplayString() == ModifierType) return true;
        return false;
    }

    /// <summary>The method body wrapped in its modifiers.</summary>
    private void BodyWithModifiers(IMethodSymbol method, IReadOnlyList<AttributeData> modifiers)
    {
        var location = method.Locations.FirstOrDefault();
        var slots = new List<(int Slot, INamedTypeSymbol Type)>();
        foreach (var modifier in modifiers)
        {
            var type = modifier.AttributeClass!;
            var constructor = modifier.AttributeConstructor
                ?? throw Unsupported("NC2801", $"The modifier {type.Name} has no constructor to run.", location);
            if (!modifier.NamedArguments.IsEmpty)
                throw Unsupported("NC2801", $"Named arguments on the modifier {type.Name} are not supported: use its constructor's parameters.", location);
            foreach (var argument in modifier.ConstructorArguments.Reverse()) TypedConstant(argument, location);
            NewObject(type);
            Code.Branch(OpCode.CALL, contract.MethodLabel(constructor)); // constructors return `this`
            int slot = NewTemp();
            Slot(OpCode.STLOC0, slot);
            Slot(OpCode.LDLOC0, slot);
            Code.Branch(OpCode.CALL, contract.MethodLabel(ModifierMember(type, "Enter", location)));
            slots.Add((slot, type));
        }
        TryBlock(() => Body(method), null, null, () =>
        {
            foreach (var (slot, type) in Enumerable.Reverse(slots))
            {
                Slot(OpCode.LDLOC0, slot);
                Code.Branch(OpCode.CALL, contract.MethodLabel(ModifierMember(type, "Exit", location)));
            }
        }, method.DeclaringSyntaxReferences.First().GetSyntax());
    }

    /// <summary>Enter or Exit as the modifier class (or its nearest base) implements it.</summary>
    private IMethodSymbol ModifierMember(INamedTypeSymbol type, string name, Location? location)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            var member = t.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty && !m.IsAbstract);
            if (member is not null) return member;
        }
        throw Unsupported("NC2801", $"The modifier {type.Name} does not implement {name}().", location);
    }

    /// <summary>Pushes an attribute argument: a primitive, string, enum or array of them.</summary>
    private void TypedConstant(TypedConstant constant, Location? location)
    {
        if (constant.Kind == TypedConstantKind.Array)
        {
            foreach (var item in constant.Values.Reverse()) TypedConstant(item, location);
            Code.Push(constant.Values.Length);
            Code.Emit(OpCode.PACK);
            return;
        }
        switch (constant.Value)
        {
            case null: Code.Emit(OpCode.PUSHNULL); break;
            case bool b: Code.Push(b); break;
            case string s: Code.Push(System.Text.Encoding.UTF8.GetBytes(s)); break;
            case char c: Code.Push(c); break;
            case sbyte or byte or short or ushort or int or uint or long: Code.Push(Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case ulong u: Code.Push(u); break;
            default: throw Unsupported("NC2801", $"A modifier argument of type {constant.Value.GetType().Name} is not supported.", location);
        }
    }
}
