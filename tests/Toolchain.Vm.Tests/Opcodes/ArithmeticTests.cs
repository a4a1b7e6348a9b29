using System.Numerics;
using static Protocol.Toolchain.Vm.Tests.VmRun;

namespace Protocol.Toolchain.Vm.Tests.Opcodes;

/// <summary>
/// ADD, SUB, MUL, DIV, MOD, MIN, MAX (no official vectors exist for them): results, C#-style
/// truncating division, the 64-bit fast path boundary, and the 32-byte (Int256) overflow FAULT.
/// </summary>
public sealed class ArithmeticTests
{
    private static readonly BigInteger LongMax = long.MaxValue, LongMin = long.MinValue;

    [Theory]
    [InlineData(OpCode.ADD, "2", "3", "5")]
    [InlineData(OpCode.ADD, "-7", "7", "0")]
    [InlineData(OpCode.ADD, "9223372036854775807", "1", "9223372036854775808")]
    [InlineData(OpCode.ADD, "-9223372036854775808", "-1", "-9223372036854775809")]
    [InlineData(OpCode.SUB, "2", "3", "-1")]
    [InlineData(OpCode.SUB, "-9223372036854775808", "1", "-9223372036854775809")]
    [InlineData(OpCode.SUB, "9223372036854775807", "-1", "9223372036854775808")]
    [InlineData(OpCode.MUL, "-6", "7", "-42")]
    [InlineData(OpCode.MUL, "4294967296", "4294967296", "18446744073709551616")]
    [InlineData(OpCode.MUL, "-9223372036854775808", "-1", "9223372036854775808")]
    [InlineData(OpCode.MUL, "3037000500", "3037000500", "9223372037000250000")]
    [InlineData(OpCode.DIV, "7", "2", "3")]
    [InlineData(OpCode.DIV, "-7", "2", "-3")]
    [InlineData(OpCode.DIV, "7", "-2", "-3")]
    [InlineData(OpCode.DIV, "-9223372036854775808", "-1", "9223372036854775808")]
    [InlineData(OpCode.MOD, "7", "2", "1")]
    [InlineData(OpCode.MOD, "-7", "2", "-1")]
    [InlineData(OpCode.MOD, "7", "-2", "1")]
    [InlineData(OpCode.MOD, "-9223372036854775808", "-1", "0")]
    [InlineData(OpCode.MIN, "-1", "1", "-1")]
    [InlineData(OpCode.MIN, "18446744073709551616", "5", "5")]
    [InlineData(OpCode.MAX, "-1", "1", "1")]
    [InlineData(OpCode.MAX, "18446744073709551616", "5", "18446744073709551616")]
    public void Binary_results(OpCode op, string a, string b, string expected) =>
        Assert.Equal(BigInteger.Parse(expected), ApplyInt(op, BigInteger.Parse(a), BigInteger.Parse(b)));

    [Fact]
    public void Results_up_to_32_bytes_are_kept()
    {
        Assert.Equal(MaxInt256, ApplyInt(OpCode.ADD, MaxInt256 - 1, 1));
        Assert.Equal(MinInt256, ApplyInt(OpCode.SUB, MinInt256 + 1, 1));
        var twoTo127 = BigInteger.Pow(2, 127);
        Assert.Equal(BigInteger.Pow(2, 254), ApplyInt(OpCode.MUL, twoTo127, twoTo127));
        Assert.Equal(MinInt256, ApplyInt(OpCode.MUL, -BigInteger.Pow(2, 128), twoTo127));
    }

    [Fact]
    public void Results_beyond_32_bytes_fault()
    {
        Assert.Contains("exceeds maximum allowed size of 32 bytes", Faults(OpCode.ADD, MaxInt256, 1).Message);
        Faults(OpCode.SUB, MinInt256, 1);
        Faults(OpCode.MUL, BigInteger.Pow(2, 128), BigInteger.Pow(2, 127));
        Faults(OpCode.DIV, MinInt256, -1);
    }

    [Theory]
    [InlineData(OpCode.DIV)]
    [InlineData(OpCode.MOD)]
    public void Division_by_zero_faults(OpCode op)
    {
        Assert.IsType<DivideByZeroException>(Faults(op, 1, 0));
        Assert.IsType<DivideByZeroException>(Faults(op, MaxInt256, 0));
    }

    [Fact]
    public void Fast_path_agrees_with_big_integer_arithmetic_around_64_bit_boundaries()
    {
        BigInteger[] values = [0, 1, -1, 2, -2, int.MaxValue, int.MinValue, LongMax, LongMin, LongMax - 1, LongMin + 1,
            3037000499, -3037000499, LongMax + 1, LongMin - 1];
        foreach (var a in values)
        foreach (var b in values)
        {
            Assert.Equal(a + b, ApplyInt(OpCode.ADD, a, b));
            Assert.Equal(a - b, ApplyInt(OpCode.SUB, a, b));
            Assert.Equal(a * b, ApplyInt(OpCode.MUL, a, b));
            Assert.Equal(BigInteger.Min(a, b), ApplyInt(OpCode.MIN, a, b));
            Assert.Equal(BigInteger.Max(a, b), ApplyInt(OpCode.MAX, a, b));
            if (b.IsZero) continue;
            Assert.Equal(BigInteger.Divide(a, b), ApplyInt(OpCode.DIV, a, b));
            Assert.Equal(BigInteger.Remainder(a, b), ApplyInt(OpCode.MOD, a, b));
        }
    }

    [Fact]
    public void Operands_that_are_not_integers_fault_or_convert()
    {
        // A byte string of at most 32 bytes is read as a little-endian two's complement integer.
        var engine = Halted(sb => sb.EmitPush(new byte[] { 0xFF, 0x00 }).EmitPush(1).Emit(OpCode.ADD));
        Assert.Equal(256, engine.ResultStack[0].GetInteger());
        Assert.IsType<InvalidCastException>(Faulted(sb => sb.EmitPush(new byte[33]).EmitPush(1).Emit(OpCode.ADD)));
        Assert.IsType<InvalidCastException>(Faulted(sb => sb.Emit(OpCode.NEWARRAY0).EmitPush(1).Emit(OpCode.SUB)));
        Assert.IsType<InvalidCastException>(Faulted(sb => sb.Emit(OpCode.PUSHNULL).EmitPush(1).Emit(OpCode.MUL)));
        // Booleans are 0 and 1.
        Assert.Equal(2, Halted(sb => sb.EmitPush(true).EmitPush(1).Emit(OpCode.ADD)).ResultStack[0].GetInteger());
    }
}
