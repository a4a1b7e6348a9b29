using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Strings: concatenation and interpolation convert each part as .NET would print it (integers in decimal through
/// StdLib.itoa, "True"/"False", a char as its character, an enum as its member name) and CAT the parts; a nullable
/// string part prints as "".
/// </summary>
public sealed partial class MethodCompiler
{
    /// <summary>Pushes one operand of string + as text.</summary>
    private void StringOperand(IOperation operand)
    {
        var inner = operand is IConversionOperation { OperatorMethod: null } conversion && conversion.Type?.SpecialType is SpecialType.System_Object or SpecialType.System_String
            ? conversion.Operand : operand;
        if (inner.ConstantValue is { HasValue: true } constant)
        {
            var member = inner.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
                ? enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant.Value))?.Name
                : null;
            Code.Push(Encoding.UTF8.GetBytes(constant.Value switch
            {
                _ when member is not null => member,
                null => "",
                bool b => b ? "True" : "False",
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var v => v.ToString() ?? "",
            }));
            return;
        }
        Value(inner);
        ToText(inner.Type!, inner.Syntax);
        if (inner.Type!.SpecialType == SpecialType.System_String && inner.Type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            var ok = new Label("str-not-null");
            Code.Emit(OpCode.DUP); Code.Emit(OpCode.ISNULL); Code.Branch(OpCode.JMPIFNOT, ok);
            Code.Emit(OpCode.DROP); Code.Push(ReadOnlySpan<byte>.Empty);
            Code.Mark(ok);
        }
    }

    /// <summary>Converts the value on top (of C# type <paramref name="type"/>) to its text.</summary>
    private void ToText(ITypeSymbol type, SyntaxNode at)
    {
        if (type.SpecialType == SpecialType.System_String || type.ToDisplayString() == "Neo.SmartContract.Framework.ByteString") return;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            EnumName(enumType);
            return;
        }
        if (type.SpecialType == SpecialType.System_Char)
        {
            CharToText();
            return;
        }
        if (IsNumeric(type))
        {
            StdLib("itoa", 1);
            return;
        }
        if (type.SpecialType == SpecialType.System_Boolean)
        {
            var no = new Label("bool-false");
            var end = new Label("bool-text");
            Code.Branch(OpCode.JMPIFNOT, no);
            Code.Push(Encoding.UTF8.GetBytes("True"));
            Code.Branch(OpCode.JMP, end);
            Code.Mark(no);
            Code.Push(Encoding.UTF8.GetBytes("False"));
            Code.Mark(end);
            return;
        }
        throw Unsupported("NC2700", $"A {type.ToDisplayString()} has no text form in a contract: convert it explicitly (StdLib.Itoa, StdLib.JsonSerialize, (string)byteString).",
            at.GetLocation());
    }

    /// <summary>An enum value's member name; a value without a member prints as its number, as in .NET.</summary>
    private void EnumName(INamedTypeSymbol type)
    {
        var end = new Label("enum-end");
        foreach (var member in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue))
        {
            var next = new Label("enum-next");
            Code.Emit(OpCode.DUP);
            Code.Push(Convert.ToInt64(member.ConstantValue, System.Globalization.CultureInfo.InvariantCulture));
            Code.Branch(OpCode.JMPNE, next);
            Code.Emit(OpCode.DROP);
            Code.Push(Encoding.UTF8.GetBytes(member.Name));
            Code.Branch(OpCode.JMP, end);
            Code.Mark(next);
        }
        StdLib("itoa", 1);
        Code.Mark(end);
    }

    /// <summary>A char (a UTF-16 code unit) as its UTF-8 bytes: one byte below 0x80, two below 0x800, else three.</summary>
    private void CharToText()
    {
        var twoOrThree = new Label("char-multi");
        var three = new Label("char-three");
        var end = new Label("char-end");
        Code.Emit(OpCode.DUP); Code.Push(0x80); Code.Branch(OpCode.JMPGE, twoOrThree);
        Code.Push(1); Code.Emit(OpCode.NEWBUFFER);       // [c, buf]
        Code.Emit(OpCode.TUCK); Code.Push(0); Code.Emit(OpCode.ROT); // [buf, buf, 0, c]
        Code.Emit(OpCode.SETITEM);
        Code.Branch(OpCode.JMP, end);
        Code.Mark(twoOrThree);
        Code.Emit(OpCode.DUP); Code.Push(0x800); Code.Branch(OpCode.JMPGE, three);
        // two bytes: 0xC0 | c >> 6, 0x80 | c & 0x3F
        EncodeBytes([(6, 0xC0, 0x1F), (0, 0x80, 0x3F)]);
        Code.Branch(OpCode.JMP, end);
        Code.Mark(three);
        EncodeBytes([(12, 0xE0, 0x0F), (6, 0x80, 0x3F), (0, 0x80, 0x3F)]);
        Code.Mark(end);
        Code.Emit(OpCode.CONVERT, 0x28);
    }

    /// <summary>[c] → [buffer] with one byte per (shift, prefix, mask): prefix | (c >> shift) & mask.</summary>
    private void EncodeBytes((int Shift, int Prefix, int Mask)[] parts)
    {
        Code.Push(parts.Length); Code.Emit(OpCode.NEWBUFFER); // [c, buf]
        for (int i = 0; i < parts.Length; i++)
        {
            var (shift, prefix, mask) = parts[i];
            Code.Emit(OpCode.OVER);                           // [c, buf, c]
            if (shift > 0) { Code.Push(shift); Code.Emit(OpCode.SHR); }
            Code.Push(mask); Code.Emit(OpCode.AND);
            Code.Push(prefix); Code.Emit(OpCode.OR);           // [c, buf, byte]
            Code.Emit(OpCode.OVER); Code.Push(i); Code.Emit(OpCode.ROT); // [c, buf, buf, i, byte]
            Code.Emit(OpCode.SETITEM);                        // [c, buf]
        }
        Code.Emit(OpCode.NIP);
    }

    /// <summary>$"…{x}…": each part as text, CAT together.</summary>
    private void InterpolatedString(IInterpolatedStringOperation interpolated)
    {
        bool first = true;
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    Expression(text.Text);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    StringOperand(hole.Expression);
                    break;
                case IInterpolationOperation hole:
                    throw Unsupported("NC2701", "Alignment and format strings in interpolation are not supported: format the value yourself.", hole.Syntax.GetLocation());
                default:
                    throw Unsupported("NC2701", $"This interpolation part ({part.Kind}) is not supported.", part.Syntax.GetLocation());
            }
            if (!first) Code.Emit(OpCode.CAT);
            first = false;
        }
        if (first) Code.Push(ReadOnlySpan<byte>.Empty);
        else if (interpolated.Parts.Length > 1) Code.Emit(OpCode.CONVERT, 0x28);
    }
}
