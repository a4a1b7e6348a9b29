using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Arrays: T[] is a NeoVM Array (NEWARRAY_T gives Integer 0 / Boolean false / Null defaults as C# does) and byte[] a
/// Buffer; element access is PICKITEM/SETITEM, Length is SIZE; foreach walks an index over a hidden slot pair.
/// </summary>
public sealed partial class MethodCompiler
{
    private void ArrayCreation(IArrayCreationOperation creation)
    {
        var element = ((IArrayTypeSymbol)creation.Type!).ElementType;
        if (creation.DimensionSizes.Length != 1)
            throw Unsupported("NC2402", "Only one-dimensional arrays are supported.", creation.Syntax.GetLocation());
        if (creation.Initializer is { } initializer)
        {
            ArrayOf(element, initializer.ElementValues, creation);
            return;
        }
        Expression(creation.DimensionSizes[0]);
        if (element.SpecialType == SpecialType.System_Byte) { Code.Emit(OpCode.NEWBUFFER); return; }
        if (IsStruct(element))
        {
            if (creation.DimensionSizes[0].ConstantValue is not { HasValue: true, Value: int count } || count > 16)
                throw Unsupported("NC2404", "An array of structs needs an initializer or a constant length of at most 16 (each element is a default struct).", creation.Syntax.GetLocation());
            Code.Emit(OpCode.DROP);
            for (int i = 0; i < count; i++) NewObject(element);
            Code.Push(count);
            Code.Emit(OpCode.PACK);
            return;
        }
        byte? fill = element.SpecialType == SpecialType.System_Boolean ? (byte)0x20 : IsNumeric(element) ? (byte)0x21 : null;
        if (fill is { } type) Code.Emit(OpCode.NEWARRAY_T, type);
        else Code.Emit(OpCode.NEWARRAY);
    }

    /// <summary>An array (or List) of the given element values: a constant byte[] is one PUSHDATA; otherwise PACK.</summary>
    private void ArrayOf(ITypeSymbol element, IReadOnlyList<IOperation> values, IOperation at)
    {
        if (element.SpecialType == SpecialType.System_Byte && values.All(v => v.ConstantValue.HasValue))
        {
            Code.Push(values.Select(v => Convert.ToByte(v.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            Code.Emit(OpCode.CONVERT, 0x30); // a byte[] is a mutable Buffer
            return;
        }
        if (element.SpecialType == SpecialType.System_Byte)
        {
            // A Buffer, filled element by element.
            Code.Push(values.Count);
            Code.Emit(OpCode.NEWBUFFER);
            for (int i = 0; i < values.Count; i++)
            {
                Code.Emit(OpCode.DUP);
                Code.Push(i);
                Value(values[i]);
                Code.Emit(OpCode.SETITEM);
            }
            return;
        }
        if (values.Count == 0)
        {
            Code.Emit(OpCode.NEWARRAY0);
            return;
        }
        PushArguments(values, leftToRight: false);
        Code.Push(values.Count);
        Code.Emit(OpCode.PACK);
    }

    /// <summary>[a, b, …] for an array, List or byte[] (no spreads).</summary>
    private void CollectionExpression(ICollectionExpressionOperation collection)
    {
        if (collection.Elements.Any(e => e is ISpreadOperation))
            throw Unsupported("NC2405", "Spreads (..x) in collection expressions are not supported.", collection.Syntax.GetLocation());
        var type = collection.Type;
        var element = type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol { OriginalDefinition: var definition } named when definition.ToDisplayString() == "Neo.SmartContract.Framework.List<T>" => named.TypeArguments[0],
            _ => throw Unsupported("NC2405", $"A collection expression of type {type?.ToDisplayString()} is not supported: target an array or a List.", collection.Syntax.GetLocation()),
        };
        ArrayOf(element, collection.Elements, collection);
    }

    private void ElementReference(IArrayElementReferenceOperation element)
    {
        if (element.Indices.Length != 1) throw Unsupported("NC2402", "Only one-dimensional arrays are supported.", element.Syntax.GetLocation());
        Expression(element.ArrayReference);
        Expression(element.Indices[0]);
        Code.Emit(OpCode.PICKITEM);
    }

    private void ForEach(IForEachLoopOperation loop)
    {
        var collection = loop.Collection is IConversionOperation { OperatorMethod: null } conversion ? conversion.Operand : loop.Collection;
        var type = collection.Type;
        if (type is not null && IsIterator(type))
        {
            ForEachIterator(loop, collection);
            return;
        }
        bool indexable = type is IArrayTypeSymbol || type?.OriginalDefinition.ToDisplayString() == "Neo.SmartContract.Framework.List<T>";
        if (!indexable)
            throw Unsupported("NC2403", $"foreach over {type?.ToDisplayString()} is not supported: iterate an array, a List, an Iterator, or a ByteString cast to byte[].",
                loop.Collection.Syntax.GetLocation());
        int items = NewTemp(), index = NewTemp();
        Expression(collection);
        Slot(OpCode.STLOC0, items);
        Code.Push(0);
        Slot(OpCode.STLOC0, index);
        var top = new Label("foreach");
        var next = new Label("foreach-next");
        var check = new Label("foreach-check");
        var end = new Label("foreach-end");
        Code.Branch(OpCode.JMP, check);
        Code.Mark(top);
        Slot(OpCode.LDLOC0, items);
        Slot(OpCode.LDLOC0, index);
        Code.Emit(OpCode.PICKITEM);
        StoreLoopVariable(loop);
        _loops.Push((end, _tries.Count, next, _tries.Count));
        Statement(loop.Body);
        _loops.Pop();
        Code.Mark(next);
        Slot(OpCode.LDLOC0, index);
        Code.Emit(OpCode.INC);
        Slot(OpCode.STLOC0, index);
        Code.Mark(check);
        Slot(OpCode.LDLOC0, index);
        Slot(OpCode.LDLOC0, items);
        Code.Emit(OpCode.SIZE);
        Code.Branch(OpCode.JMPLT, top);
        Code.Mark(end);
    }

    private static bool IsIterator(ITypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.OriginalDefinition.ToDisplayString() == "Neo.SmartContract.Framework.Services.Iterator") return true;
        return false;
    }

    /// <summary>foreach over an Iterator: while (System.Iterator.Next) { x = System.Iterator.Value; … }.</summary>
    private void ForEachIterator(IForEachLoopOperation loop, IOperation collection)
    {
        int iterator = NewTemp();
        Expression(collection);
        Slot(OpCode.STLOC0, iterator);
        var top = new Label("iterate");
        var check = new Label("iterate-next");
        var end = new Label("iterate-end");
        Code.Branch(OpCode.JMP, check);
        Code.Mark(top);
        Slot(OpCode.LDLOC0, iterator);
        Code.SysCall(Runtime.Contracts.InteropIds.Of("System.Iterator.Value"));
        StoreLoopVariable(loop);
        _loops.Push((end, _tries.Count, check, _tries.Count));
        Statement(loop.Body);
        _loops.Pop();
        Code.Mark(check);
        Slot(OpCode.LDLOC0, iterator);
        Code.SysCall(Runtime.Contracts.InteropIds.Of("System.Iterator.Next"));
        Code.Branch(OpCode.JMPIF, top);
        Code.Mark(end);
    }

    /// <summary>Stores the current item into the loop variable (or deconstructs it into several).</summary>
    private void StoreLoopVariable(IForEachLoopOperation loop)
    {
        switch (loop.LoopControlVariable)
        {
            case IVariableDeclaratorOperation declarator:
                if (IsStruct(declarator.Symbol.Type)) CopyStruct(declarator.Symbol.Type);
                StoreLocal(declarator.Symbol, loop.Syntax.GetLocation());
                return;
            case IDeclarationExpressionOperation { Expression: ITupleOperation tuple }:
                Code.Emit(OpCode.UNPACK);
                Code.Emit(OpCode.DROP);
                foreach (var element in tuple.Elements) StoreDeconstructed(element);
                return;
            default:
                throw Unsupported("NC2403", "foreach needs a loop variable or a deconstruction (var (a, b)).", loop.Syntax.GetLocation());
        }
    }
}
