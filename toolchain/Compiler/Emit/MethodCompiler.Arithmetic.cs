using System.Numerics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Operators with C#'s semantics on NeoVM's unbounded integers: after each fixed-width operation the result is wrapped
/// to the type (unchecked) or range-checked with a THROW (checked), division and remainder throw on MinValue / -1 only
/// when checked (unchecked, the quotient wraps to MinValue and the remainder is 0, as Neo's compiler has it), shift counts are masked to 5 or 6 bits, and BigInteger stays unbounded.
/// </summary>
public sealed partial class MethodCompiler
{
    private void Binary(IBinaryOperation binary)
    {
        var kind = binary.OperatorKind;
        var left = binary.LeftOperand;
        var right = binary.RightOperand;
        var type = binary.Type;
        if (binary.OperatorMethod is { } userOperator && !IntegerType.IsBigInteger(userOperator.ContainingType))
        {
            CallMethod(userOperator, null, [left, right], binary.Syntax);
            return;
        }
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
        if (kind == BinaryOperatorKind.Add && type?.SpecialType == SpecialType.System_String)
        {
            StringOperand(left);
            StringOperand(right);
            Code.Emit(OpCode.CAT);
            Code.Emit(OpCode.CONVERT, 0x28); // CAT yields a Buffer; strings are ByteStrings
            return;
        }
        bool numeric = IsNumeric(left.Type) && IsNumeric(right.Type);
        if (binary.IsLifted)
        {
            if (kind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
                throw Unsupported("NC2304", "Arithmetic on nullable values is not supported: test for null first (x is int v).", binary.Syntax.GetLocation());
            numeric = false; // EQUAL treats null as a value; NUMEQUAL would FAULT on it
        }
        if (IsStruct(left.Type!) && kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
            throw Unsupported("NC2305", "== on structs is not supported: compare their fields.", binary.Syntax.GetLocation());
        Expression(left);
        // A constant shift count is masked at compile time (C# uses count & 31, or & 63 for 64-bit operands).
        bool maskedCount = false;
        if (kind is BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift && IntegerType.Of(type) is { } countMasked
            && right.ConstantValue is { HasValue: true, Value: int count })
        {
            Code.Push(count & (countMasked.Bits == 64 ? 63 : 31));
            maskedCount = true;
        }
        else Expression(right);
        switch (kind)
        {
            case BinaryOperatorKind.Add: Arithmetic(OpCode.ADD, binary); return;
            case BinaryOperatorKind.Subtract: Arithmetic(OpCode.SUB, binary); return;
            case BinaryOperatorKind.Multiply: Arithmetic(OpCode.MUL, binary); return;
            case BinaryOperatorKind.Divide:
                Code.Emit(OpCode.DIV);
                // Only MinValue / -1 leaves the range: checked, it throws; unchecked, it wraps to MinValue (the C# spec
                // leaves this to the implementation; Neo's compiler does not throw, so neither do we).
                if (IntegerType.Of(type) is { Signed: true } quotientType) MaxPlusOneOverflow(quotientType, IsCheckedContext(binary.Syntax));
                return;
            case BinaryOperatorKind.Remainder:
                // MinValue % -1 throws only where MinValue / -1 would (checked); unchecked, MOD gives 0 as the spec says.
                if (IsCheckedContext(binary.Syntax) && IntegerType.Of(type) is { Signed: true } remainderType) GuardMinusOne(remainderType);
                Code.Emit(OpCode.MOD);
                return;
            case BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift:
                if (!maskedCount && IntegerType.Of(type) is { } shifted) { Code.Push(shifted.Bits == 64 ? 63 : 31); Code.Emit(OpCode.AND); }
                Code.Emit(kind == BinaryOperatorKind.LeftShift ? OpCode.SHL : OpCode.SHR);
                // A right shift of an in-range value stays in range (arithmetic for signed, the value is ≥ 0 for unsigned).
                if (kind == BinaryOperatorKind.LeftShift && IntegerType.Of(type) is { } shiftType) Wrap(shiftType);
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
                throw Unsupported("NC2300", $"The operator {kind} on {left.Type?.ToDisplayString()} is not supported.", binary.Syntax.GetLocation());
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
        if (unary.OperatorMethod is { } userOperator && !IntegerType.IsBigInteger(userOperator.ContainingType))
        {
            CallMethod(userOperator, null, [unary.Operand], unary.Syntax);
            return;
        }
        Expression(unary.Operand);
        var type = IntegerType.Of(unary.Type);
        switch (unary.OperatorKind)
        {
            case UnaryOperatorKind.Plus: return;
            case UnaryOperatorKind.Minus:
                Code.Emit(OpCode.NEGATE);
                if (type is { Signed: true } negatedSigned) MaxPlusOneOverflow(negatedSigned, unary.IsChecked);
                else if (type is { } negated) Normalize(negated, unary.IsChecked);
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

    /// <summary>
    /// After DIV or NEGATE on in-range operands of a signed type, the only result out of range is MinValue / -1 =
    /// -MinValue = Max + 1: checked, it throws; unchecked, it wraps to MinValue, which NEGATE gives. (Unsigned quotients
    /// cannot leave the range.)
    /// </summary>
    private void MaxPlusOneOverflow(IntegerType type, bool isChecked)
    {
        Code.Emit(OpCode.DUP);
        Code.Push(type.Max + 1);
        if (isChecked)
        {
            Code.Branch(OpCode.JMPEQ, contract.OverflowThrow);
            return;
        }
        var done = new Label("quotient-in-range");
        Code.Branch(OpCode.JMPNE, done);
        Code.Emit(OpCode.NEGATE);
        Code.Mark(done);
    }

    private void Normalize(IntegerType type, bool isChecked)
    {
        if (isChecked) RangeCheck(type);
        else Wrap(type);
    }

    /// <summary>
    /// x → x mod 2^bits into the type's range. Unsigned: AND mask. Signed: a range test first (the common case costs a
    /// WITHIN), and only out of range (x + 2^(bits-1)) AND mask − 2^(bits-1).
    /// </summary>
    private void Wrap(IntegerType type)
    {
        var mask = (BigInteger.One << type.Bits) - 1;
        if (!type.Signed)
        {
            Code.Push(mask);
            Code.Emit(OpCode.AND);
            return;
        }
        var done = new Label("wrapped");
        Code.Emit(OpCode.DUP);
        Code.Push(type.Min);
        Code.Push(type.Max + 1);
        Code.Emit(OpCode.WITHIN);
        Code.Branch(OpCode.JMPIF, done);
        var half = BigInteger.One << (type.Bits - 1);
        Code.Push(half);
        Code.Emit(OpCode.ADD);
        Code.Push(mask);
        Code.Emit(OpCode.AND);
        Code.Push(half);
        Code.Emit(OpCode.SUB);
        Code.Mark(done);
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

    /// <summary>
    /// Whether <paramref name="at"/> is in a checked context: the nearest enclosing checked(…)/unchecked(…) or
    /// checked/unchecked block, else the compilation's default. Roslyn's IsChecked says so only for operators that
    /// can overflow in both contexts (+, -, *, conversions), not for / and %.
    /// </summary>
    private bool IsCheckedContext(SyntaxNode at)
    {
        for (var node = at; node is not null; node = node.Parent)
        {
            switch (node.RawKind)
            {
                case (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CheckedExpression or (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CheckedStatement: return true;
                case (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.UncheckedExpression or (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.UncheckedStatement: return false;
            }
        }
        return contract.Options.Checked;
    }

    /// <summary>For a checked a % b with b = -1 and a = MinValue, C# throws; NeoVM would give 0.</summary>
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

    /// <summary>Throws .NET's overflow message: a jump to the contract's shared throw site.</summary>
    private void Overflow() => Code.Branch(OpCode.JMP, contract.OverflowThrow);

    private void Conversion(IConversionOperation conversion)
    {
        if (conversion.OperatorMethod is { } method && !IntegerType.IsBigInteger(method.ContainingType))
        {
            if (method.IsExtern && Front.Bindings.Of(method) is null)
            {
                LiteralConversion(conversion, method);
                return;
            }
            CallMethod(method, null, [conversion.Operand], conversion.Syntax);
            return;
        }
        Expression(conversion.Operand);
        var from = conversion.Operand.Type;
        var toType = conversion.Type;
        if (toType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } && from is not INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
            return; // T → T?: the value itself
        if (from is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && toType is not INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
        {
            var ok = new Label("has-value");
            Code.Emit(OpCode.DUP);
            Code.Emit(OpCode.ISNULL);
            Code.Branch(OpCode.JMPIFNOT, ok);
            Code.Push(Encoding.UTF8.GetBytes("Nullable object must have a value."));
            Code.Emit(OpCode.THROW);
            Code.Mark(ok);
            from = nullable.TypeArguments[0];
        }
        var to = IntegerType.Of(toType);
        if (to is null) return; // identity, widening to BigInteger, boxing and reference conversions keep the value
        var source = IntegerType.Of(from);
        bool fromBig = IntegerType.IsBigInteger(from);
        if (source is { } s && s.Min >= to.Value.Min && s.Max <= to.Value.Max) return; // widening
        if (source is null && !fromBig) return; // unboxing: the value is already an integer
        // BigInteger's explicit conversions always check, like .NET's.
        Normalize(to.Value, conversion.IsChecked || fromBig);
    }

    /// <summary>
    /// The framework's implicit string → UInt160 / UInt256 / ECPoint conversions take compile-time constants only: an
    /// address or 0x-hex hash, a 0x-hex block or transaction hash, a 33-byte compressed public key in hex.
    /// </summary>
    private void LiteralConversion(IConversionOperation conversion, IMethodSymbol method)
    {
        var target = method.ReturnType.ToDisplayString();
        if (conversion.Operand.ConstantValue is not { HasValue: true, Value: string text })
            throw Unsupported("NC2306", $"Only a constant string converts to {method.ReturnType.Name} implicitly; for a run-time string call {method.ReturnType.Name}.Parse.",
                conversion.Syntax.GetLocation());
        try
        {
            Code.Push(Literals.Parse(target, text, contract.Options.AddressVersion));
        }
        catch (FormatException e)
        {
            throw Unsupported("NC2307", e.Message, conversion.Operand.Syntax.GetLocation());
        }
    }
}
