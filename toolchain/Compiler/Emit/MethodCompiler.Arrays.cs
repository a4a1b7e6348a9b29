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
        if (creation.Initializer is { } initializer)
        {
            var values = initializer.ElementValues;
            if (element.SpecialType == SpecialType.System_Byte && values.All(v => v.ConstantValue.HasValue))
            {
                Code.Push(values.Select(v => Convert.ToByte(v.ConstantValue.Value)).ToArray());
                Code.Emit(OpCode.CONVERT, 0x30); // a byte[] is a mutable Buffer
                return;
            }
            if (element.SpecialType == SpecialType.System_Byte)
                throw Unsupported("NC2401", "byte[] initialisers must be constants.", creation.Syntax.GetLocation());
            for (int i = values.Length - 1; i >= 0; i--) Expression(values[i]);
            Code.Push(values.Length);
            Code.Emit(OpCode.PACK);
            return;
        }
        if (creation.DimensionSizes.Length != 1)
            throw Unsupported("NC2402", "Only one-dimensional arrays are supported.", creation.Syntax.GetLocation());
        Expression(creation.DimensionSizes[0]);
        if (element.SpecialType == SpecialType.System_Byte) { Code.Emit(OpCode.NEWBUFFER); return; }
        byte? fill = element.SpecialType == SpecialType.System_Boolean ? (byte)0x20
            : IntegerType.Of(element) is not null || IntegerType.IsBigInteger(element) ? (byte)0x21 : null;
        if (fill is { } type) Code.Emit(OpCode.NEWARRAY_T, type);
        else Code.Emit(OpCode.NEWARRAY);
    }

    private void ElementReference(IArrayElementReferenceOperation element)
    {
        if (element.Indices.Length != 1) throw Unsupported("NC2402", "Only one-dimensional arrays are supported.", element.Syntax.GetLocation());
        Expression(element.ArrayReference);
        Expression(element.Indices[0]);
        Code.Emit(OpCode.PICKITEM);
    }

    /// <summary>a[i] = v: array, index, value, SETITEM (with the value kept below when the assignment is an expression).</summary>
    private void StoreElement(IArrayElementReferenceOperation element, IOperation value, bool keepResult)
    {
        Expression(element.ArrayReference);
        Expression(element.Indices[0]);
        Expression(value);
        if (keepResult)
        {
            // [a, i, v] → [v, a, i, v]
            Code.Emit(OpCode.DUP);
            Code.Emit(OpCode.REVERSE4);
            Code.Emit(OpCode.SWAP);
            Code.Emit(OpCode.ROT);
        }
        Code.Emit(OpCode.SETITEM);
    }

    private void ForEach(IForEachLoopOperation loop)
    {
        if (loop.Collection.Type is not IArrayTypeSymbol && (loop.Collection as IConversionOperation)?.Operand.Type is not IArrayTypeSymbol)
            throw Unsupported("NC2403", "foreach is supported over arrays only (yet).", loop.Syntax.GetLocation());
        var collection = loop.Collection is IConversionOperation conversion ? conversion.Operand : loop.Collection;
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
        if (loop.LoopControlVariable is IVariableDeclaratorOperation declarator) StoreLocal(declarator.Symbol);
        else throw Unsupported("NC2403", "foreach needs a simple loop variable.", loop.Syntax.GetLocation());
        _loops.Push((end, next, _tries.Count));
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
}
