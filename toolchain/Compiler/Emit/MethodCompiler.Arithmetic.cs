using System.Numerics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Operators with C#'s semantics on NeoVM's unbounded integers: after each fixed-width operation the result is wrapped
/// to the type (unchecked) or range-checked with a THROW (checked), division and remainder throw on MinValue / -1 as
/// .NET does, shift counts are masked to 5 or 6 bits, and BigInteger stays unbounded.
/// </summary>
public sealed partial class MethodCompiler
{
    private void Binary(IBinaryOperation binary)
    {
        var kind = binary.OperatorKind;
        var left = binary.LeftOperand;
        var right = binary.RightOperand;
        var type = binary.Type;
        if (kind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr)
        {
            var falseLabel = new Label("bool-false");
            var end = new Label("bool-end");
            Condition(binary, falseLabel, jumpIf: false);
            Code.Push(true);
            Code.Branch(OpCode.JMP, end);
            Code.Mark(falseLabel);
            Code.Push(false);
            Code.Mark(end);
            return;
        }
        if (kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals && (IsNullConstant(left) || IsNullConstant(right)))
        {
            Expression(IsNullConstant(left) ? right : left);
            Code.Emit(OpCode.ISNULL);
            if (kind == BinaryOperatorKind.NotEquals) Code.Emit(OpCode.NOT);
            return;
        }
        Expression(left);
        Expression(right);
        bool numeric = IntegerType.Of(left.Type) is not null || IntegerType.IsBigInteger(left.Type);
        bool text = left.Type?.SpecialType == SpecialType.System_String;
        switch (kind)
        {
            case BinaryOperatorKind.Add when text:
                if (right.Type?.SpecialType != SpecialType.System_String)
                    throw Unsupported("NC2301", "Only string + string concatenation is supported yet.", binary.Syntax.GetLocation());
                Code.Emit(OpCode.CAT);
                Code.Emit(OpCode.CONVERT, 0x28); // CAT yields a Buffer; strings are ByteStrings
                return;
            case BinaryOperatorKind.Add: Arithmetic(OpCode.ADD, binary); return;
            case BinaryOperatorKind.Subtract: Arithmetic(OpCode.SUB, binary); return;
            case BinaryOperatorKind.Multiply: Arithmetic(OpCode.MUL, binary); return;
            case BinaryOperatorKind.Divide:
                Code.Emit(OpCode.DIV);
                if (IntegerType.Of(type) is { } quotientType) RangeCheck(quotientType); // only MinValue / -1 leaves the range
                return;
            case BinaryOperatorKind.Remainder:
                if (IntegerType.Of(type) is { Signed: true } remainderType) GuardMinusOne(remainderType);
                Code.Emit(OpCode.MOD);
                return;
            case BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift:
                if (IntegerType.Of(type) is { } shifted) { Code.Push(shifted.Bits == 64 ? 63 : 31); Code.Emit(OpCode.AND); }
                Code.Emit(kind == BinaryOperatorKind.LeftShift ? OpCode.SHL : OpCode.SHR);
                if (IntegerType.Of(type) is { } shiftType) Wrap(shiftType);
                return;
            case BinaryOperatorKind.And: Code.Emit(type?.SpecialType == SpecialType.System_Boolean ? OpCode.BOOLAND : OpCode.AND); return;
            case BinaryOperatorKind.Or: Code.Emit(type?.SpecialType == SpecialType.System_Boolean ? OpCode.BOOLOR : OpCode.OR); return;
            case BinaryOperatorKind.ExclusiveOr when type?.SpecialType == SpecialType.System_Boolean: Code.Emit(OpCode.NOTEQUAL); return;
            case BinaryOperatorKind.ExclusiveOr: Code.Emit(OpCode.XOR); return;
            case BinaryOperatorKind.Equals: Code.Emit(numeric ? OpCode.NUMEQUAL : OpCode.EQUAL); return;
            case BinaryOperatorKind.NotEquals: Code.Emit(numeric ? OpCode.NUMNOTEQUAL : OpCode.NOTEQUAL); return;
            case BinaryOperatorKind.LessThan when numeric: Code.Emit(OpCode.LT); return;
            case BinaryOperatorKind.LessThanOrEqual when numeric: Code.Emit(OpCode.LE); return;
            case BinaryOperatorKind.GreaterThan when numeric: Code.Emit(OpCode.GT); return;
            case BinaryOperatorKind.GreaterThanOrEqual when numeric: Code.Emit(OpCode.GE); return;
            default:
                throw Unsupported("NC2300", $"The operator {kind} on {left.Type?.ToDisplayString()} is not supported yet.", binary.Syntax.GetLocation());
        }
    }

    private static bool IsNullConstant(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: null } || operation is IConversionOperation { Operand.ConstantValue: { HasValue: true, Value: null } };

    /// <summary>ADD/SUB/MUL then wrap (unchecked) or range-check (checked) for fixed-width results.</summary>
    private void Arithmetic(OpCode op, IBinaryOperation binary)
    {
        Code.Emit(op);
        if (IntegerType.Of(binary.Type) is { } type) Normalize(type, binary.IsChecked);
    }

    private void Unary(IUnaryOperation unary)
    {
        Expression(unary.Operand);
        var type = IntegerType.Of(unary.Type);
        switch (unary.OperatorKind)
        {
            case UnaryOperatorKind.Plus: return;
            case UnaryOperatorKind.Minus:
                Code.Emit(OpCode.NEGATE);
                if (type is { } negated) Normalize(negated, unary.IsChecked);
                return;
            case UnaryOperatorKind.BitwiseNegation:
                Code.Emit(OpCode.INVERT);
                if (type is { Signed: false } inverted) Wrap(inverted);
                return;
            case UnaryOperatorKind.Not:
                Code.Emit(OpCode.NOT);
                return;
            default:
                throw Unsupported("NC2302", $"The operator {unary.OperatorKind} is not supported yet.", unary.Syntax.GetLocation());
        }
    }

    private void Normalize(IntegerType type, bool isChecked)
    {
        if (isChecked) RangeCheck(type);
        else Wrap(type);
    }

    /// <summary>x → x mod 2^bits into the type's range: unsigned AND mask; signed (x + 2^(bits-1)) AND mask − 2^(bits-1).</summary>
    private void Wrap(IntegerType type)
    {
        var mask = (BigInteger.One << type.Bits) - 1;
        if (!type.Signed)
        {
            Code.Push(mask);
            Code.Emit(OpCode.AND);
            return;
        }
        var half = BigInteger.One << (type.Bits - 1);
        Code.Push(half);
        Code.Emit(OpCode.ADD);
        Code.Push(mask);
        Code.Emit(OpCode.AND);
        Code.Push(half);
        Code.Emit(OpCode.SUB);
    }

    /// <summary>Throws "Arithmetic operation resulted in an overflow." unless Min ≤ x ≤ Max (the value stays).</summary>
    private void RangeCheck(IntegerType type)
    {
        var ok = new Label("in-range");
        Code.Emit(OpCode.DUP);
        Code.Push(type.Min);
        Code.Push(type.Max + 1);
        Code.Emit(OpCode.WITHIN);
        Code.Branch(OpCode.JMPIF, ok);
        Overflow();
        Code.Mark(ok);
    }

    /// <summary>For a % b with b = -1 and a = MinValue, .NET throws; NeoVM would give 0.</summary>
    private void GuardMinusOne(IntegerType type)
    {
        var ok = new Label("mod-ok");
        Code.Emit(OpCode.DUP);
        Code.Push(-1);
        Code.Branch(OpCode.JMPNE, ok);
        Code.Emit(OpCode.OVER);
        Code.Push(type.Min);
        Code.Branch(OpCode.JMPNE, ok);
        Overflow();
        Code.Mark(ok);
    }

    private void Overflow()
    {
        Code.Push(Encoding.UTF8.GetBytes("Arithmetic operation resulted in an overflow."));
        Code.Emit(OpCode.THROW);
    }

    private void Conversion(IConversionOperation conversion)
    {
        Expression(conversion.Operand);
        var to = IntegerType.Of(conversion.Type);
        if (to is null) return; // identity, widening to BigInteger, boxing and reference conversions keep the value
        var from = IntegerType.Of(conversion.Operand.Type);
        bool fromBig = IntegerType.IsBigInteger(conversion.Operand.Type);
        if (from is { } source && source.Min >= to.Value.Min && source.Max <= to.Value.Max) return; // widening
        if (from is null && !fromBig) return;
        // BigInteger's explicit conversions always check, like .NET's.
        Normalize(to.Value, conversion.IsChecked || fromBig);
    }

    private void CompoundAssignment(ICompoundAssignmentOperation compound, bool keepResult)
    {
        Expression(compound.Target);
        Expression(compound.Value);
        var op = compound.OperatorKind switch
        {
            BinaryOperatorKind.Add => OpCode.ADD,
            BinaryOperatorKind.Subtract => OpCode.SUB,
            BinaryOperatorKind.Multiply => OpCode.MUL,
            BinaryOperatorKind.And => OpCode.AND,
            BinaryOperatorKind.Or => OpCode.OR,
            BinaryOperatorKind.ExclusiveOr => OpCode.XOR,
            _ => throw Unsupported("NC2303", $"The compound operator {compound.OperatorKind}= is not supported yet.", compound.Syntax.GetLocation()),
        };
        Code.Emit(op);
        if (IntegerType.Of(compound.Target.Type) is { } type) Normalize(type, compound.IsChecked);
        if (keepResult) Code.Emit(OpCode.DUP);
        Store(compound.Target);
    }

    private void IncrementOrDecrement(IIncrementOrDecrementOperation step, bool keepResult)
    {
        Expression(step.Target);
        if (keepResult && step.IsPostfix) Code.Emit(OpCode.DUP);
        Code.Emit(step.Kind == OperationKind.Increment ? OpCode.INC : OpCode.DEC);
        if (IntegerType.Of(step.Target.Type) is { } type) Normalize(type, step.IsChecked);
        if (keepResult && !step.IsPostfix) Code.Emit(OpCode.DUP);
        Store(step.Target);
    }
}
