using Microsoft.CodeAnalysis;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// How C# types live on NeoVM: a class is an Array and a struct (or tuple) a Struct of its instance fields (base class
/// fields first, then declaration order; an auto-property's backing field takes the property's place).
/// </summary>
public static class TypeLayout
{
    public static IReadOnlyList<IFieldSymbol> Fields(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            if (tuple.TupleElements.Length > 7) throw new NotSupportedException("Tuples of more than 7 elements are not supported.");
            return tuple.TupleElements;
        }
        var fields = new List<IFieldSymbol>();
        var chain = new Stack<INamedTypeSymbol>();
        for (var t = type as INamedTypeSymbol; t is not null && t.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); t = t.BaseType)
            chain.Push(t.OriginalDefinition);
        foreach (var t in chain)
            fields.AddRange(t.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst)
                .OrderBy(f => (f.AssociatedSymbol ?? f).Locations.FirstOrDefault()?.SourceSpan.Start ?? 0));
        return fields;
    }

    /// <summary>The Array/Struct index of an instance field (tuple elements by position).</summary>
    public static int IndexOf(IFieldSymbol field)
    {
        if (field.ContainingType.IsTupleType)
        {
            // Every element field (named or not) corresponds to a default field Item1…Item7.
            var name = (field.CorrespondingTupleField ?? field).Name;
            return int.Parse(name.AsSpan("Item".Length), provider: System.Globalization.CultureInfo.InvariantCulture) - 1;
        }
        var fields = Fields(field.ContainingType);
        for (int i = 0; i < fields.Count; i++)
            if (SymbolEqualityComparer.Default.Equals(fields[i].OriginalDefinition, field.OriginalDefinition)) return i;
        throw new InvalidOperationException($"Field {field.Name} is not in the layout of {field.ContainingType.Name}.");
    }

    /// <summary>Whether values of the type are NeoVM Structs with value semantics (user structs and tuples).</summary>
    public static bool IsStruct(ITypeSymbol type) =>
        type.IsValueType && type.TypeKind is TypeKind.Struct && type.SpecialType == SpecialType.None
        && type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
        && named.ToDisplayString() != "System.Numerics.BigInteger";

    /// <summary>Whether a struct holds struct fields (then copying it must be deep).</summary>
    public static bool HasNestedStructs(ITypeSymbol type) => Fields(type).Any(f => IsStruct(f.Type) || f.Type is ITypeParameterSymbol);
}
