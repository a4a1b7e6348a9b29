using System.Numerics;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

/// <summary>
/// Bitwise and arithmetic opcodes. Results are checked against the 32-byte Integer limit when
/// pushed; 64-bit operands take an allocation-free fast path with overflow falling back to BigInteger.
/// </summary>
public partial class ExecutionEngine
{
    private void Numeric(EvaluationStack stack, OpCode op)
    {
        switch (op)
        {
            case OpCode.EQUAL or OpCode.NOTEQUAL:
                var b = stack.Pop();
                var a = stack.Pop();
                bool equal = a.Equals(b, Limits);
                stack.Push(Bool(op == OpCode.EQUAL ? equal : !equal));
                return;
            case OpCode.NOT: stack.Push(Bool(!stack.Pop().GetBoolean())); return;
            case OpCode.BOOLAND or OpCode.BOOLOR:
                bool y = stack.Pop().GetBoolean();
                bool x = stack.Pop().GetBoolean();
                stack.Push(Bool(op == OpCode.BOOLAND ? x && y : x || y));
                return;
            case OpCode.LT or OpCode.LE or OpCode.GT or OpCode.GE:
                Compare(stack, op);
                return;
            case OpCode.SIGN or OpCode.ABS or OpCode.NEGATE or OpCode.INC or OpCode.DEC or OpCode.INVERT
                or OpCode.NZ or OpCode.SQRT:
                Unary(stack, op);
                return;
            case OpCode.WITHIN:
                var upper = stack.Pop().GetInteger();
                var lower = stack.Pop().GetInteger();
                var value = stack.Pop().GetInteger();
                stack.Push(Bool(lower <= value && value < upper));
                return;
            case OpCode.MODMUL:
                var modulus = stack.Pop().GetInteger();
                var m2 = stack.Pop().GetInteger();
                var m1 = stack.Pop().GetInteger();
                stack.Push(StackValue.FromInteger(m1 * m2 % modulus));
                return;
            case OpCode.MODPOW: ModPow(stack); return;
            case OpCode.POW:
                int exponent = PopInt32(stack);
                Limits.AssertShift(exponent);
                stack.Push(StackValue.FromInteger(BigInteger.Pow(stack.Pop().GetInteger(), exponent)));
                return;
            case OpCode.SHL or OpCode.SHR:
                int shift = PopInt32(stack);
                Limits.AssertShift(shift);
                var operand = stack.Pop().GetInteger();
                stack.Push(StackValue.FromInteger(op == OpCode.SHL ? operand << shift : operand >> shift));
                return;
            default:
                Binary(stack, op);
                return;
        }
    }

    private static StackValue Bool(bool value) => StackValue.FromItem(value ? StackItem.True : StackItem.False);

    private static void Binary(EvaluationStack stack, OpCode op)
    {
        var right = stack.Pop();
        var left = stack.Pop();
        if (left.IsInlineInteger && right.IsInlineInteger)
        {
            if (op is OpCode.NUMEQUAL or OpCode.NUMNOTEQUAL)
            {
                stack.Push(Bool((left.InlineValue == right.InlineValue) == (op == OpCode.NUMEQUAL)));
                return;
            }
            if (TryBinary64(op, left.InlineValue, right.InlineValue, out long fast))
            {
                stack.Push(StackValue.FromInt64(fast));
                return;
            }
        }
        var x2 = right.GetInteger();
        var x1 = left.GetInteger();
        BigInteger result = op switch
        {
            OpCode.AND => x1 & x2,
            OpCode.OR => x1 | x2,
            OpCode.XOR => x1 ^ x2,
            OpCode.ADD => x1 + x2,
            OpCode.SUB => x1 - x2,
            OpCode.MUL => x1 * x2,
            OpCode.DIV => x1 / x2,
            OpCode.MOD => x1 % x2,
            OpCode.MIN => BigInteger.Min(x1, x2),
            OpCode.MAX => BigInteger.Max(x1, x2),
            OpCode.NUMEQUAL => x1 == x2 ? 1 : 0,
            OpCode.NUMNOTEQUAL => x1 != x2 ? 1 : 0,
            _ => throw new InvalidOperationException($"Opcode {op} is undefined."),
        };
        if (op is OpCode.NUMEQUAL or OpCode.NUMNOTEQUAL) stack.Push(Bool(!result.IsZero));
        else stack.Push(StackValue.FromInteger(result));
    }

    /// <summary>64-bit fast path; false when the result overflows or needs BigInteger semantics.</summary>
    private static bool TryBinary64(OpCode op, long x1, long x2, out long result)
    {
        result = 0;
        switch (op)
        {
            case OpCode.AND: result = x1 & x2; return true;
            case OpCode.OR: result = x1 | x2; return true;
            case OpCode.XOR: result = x1 ^ x2; return true;
            case OpCode.ADD: result = unchecked(x1 + x2); return ((x1 ^ result) & (x2 ^ result)) >= 0;
            case OpCode.SUB: result = unchecked(x1 - x2); return ((x1 ^ x2) & (x1 ^ result)) >= 0;
            case OpCode.MUL:
                long high = Math.BigMul(x1, x2, out long low);
                result = low;
                return (high == 0 && low >= 0) || (high == -1 && low < 0);
            case OpCode.DIV:
                if (x2 == 0 || (x1 == long.MinValue && x2 == -1)) return false;
                result = x1 / x2;
                return true;
            case OpCode.MOD:
                if (x2 == 0 || x2 == -1) return false;
                result = x1 % x2;
                return true;
            case OpCode.MIN: result = Math.Min(x1, x2); return true;
            case OpCode.MAX: result = Math.Max(x1, x2); return true;
            default: return false;
        }
    }

    private static void Unary(EvaluationStack stack, OpCode op)
    {
        var value = stack.Pop();
        if (value.IsInlineInteger && value.InlineValue != long.MinValue)
        {
            long x = value.InlineValue;
            switch (op)
            {
                case OpCode.SIGN: stack.Push(StackValue.FromInt64(Math.Sign(x))); return;
                case OpCode.ABS: stack.Push(StackValue.FromInt64(Math.Abs(x))); return;
                case OpCode.NEGATE: stack.Push(StackValue.FromInt64(-x)); return;
                case OpCode.INVERT: stack.Push(StackValue.FromInt64(~x)); return;
                case OpCode.NZ: stack.Push(Bool(x != 0)); return;
                case OpCode.INC when x != long.MaxValue: stack.Push(StackValue.FromInt64(x + 1)); return;
                case OpCode.DEC: stack.Push(StackValue.FromInt64(x - 1)); return;
            }
        }
        var n = value.GetInteger();
        switch (op)
        {
            case OpCode.SIGN: stack.Push(StackValue.FromInt64(n.Sign)); break;
            case OpCode.ABS: stack.Push(StackValue.FromInteger(BigInteger.Abs(n))); break;
            case OpCode.NEGATE: stack.Push(StackValue.FromInteger(-n)); break;
            case OpCode.INVERT: stack.Push(StackValue.FromInteger(~n)); break;
            case OpCode.NZ: stack.Push(Bool(!n.IsZero)); break;
            case OpCode.INC: stack.Push(StackValue.FromInteger(n + 1)); break;
            case OpCode.DEC: stack.Push(StackValue.FromInteger(n - 1)); break;
            case OpCode.SQRT: stack.Push(StackValue.FromInteger(IntegerMath.Sqrt(n))); break;
            default: throw new InvalidOperationException($"Opcode {op} is undefined.");
        }
    }

    /// <summary>LT/LE/GT/GE: false when either operand is Null, else an integer comparison.</summary>
    private static void Compare(EvaluationStack stack, OpCode op)
    {
        var right = stack.Pop();
        var left = stack.Pop();
        if (left.IsNull || right.IsNull)
        {
            stack.Push(Bool(false));
            return;
        }
        int cmp = left.IsInlineInteger && right.IsInlineInteger
            ? left.InlineValue.CompareTo(right.InlineValue)
            : left.GetInteger().CompareTo(right.GetInteger());
        stack.Push(Bool(op switch
        {
            OpCode.LT => cmp < 0,
            OpCode.LE => cmp <= 0,
            OpCode.GT => cmp > 0,
            _ => cmp >= 0,
        }));
    }

    private static void ModPow(EvaluationStack stack)
    {
        var modulus = stack.Pop().GetInteger();
        var exponent = stack.Pop().GetInteger();
        var value = stack.Pop().GetInteger();
        var result = exponent == -1 ? IntegerMath.ModInverse(value, modulus) : BigInteger.ModPow(value, exponent, modulus);
        stack.Push(StackValue.FromInteger(result));
    }
}
