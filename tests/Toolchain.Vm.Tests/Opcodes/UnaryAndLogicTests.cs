using System.Numerics;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Vm.Tests.VmRun;

namespace Protocol.Toolchain.Vm.Tests.Opcodes;

/// <summary>ABS, NEGATE, INC, DEC, NZ, WITHIN, BOOLAND, BOOLOR and the SQRT/shift/POW FAULT edges.</summary>
public sealed class UnaryAndLogicTests
{
    [Theory]
    [InlineData(OpCode.ABS, "-5", "5")]
    [InlineData(OpCode.ABS, "-9223372036854775808", "9223372036854775808")]
    [InlineData(OpCode.NEGATE, "5", "-5")]
    [InlineData(OpCode.NEGATE, "-9223372036854775808", "9223372036854775808")]
    [InlineData(OpCode.INC, "9223372036854775807", "9223372036854775808")]
    [InlineData(OpCode.INC, "-1", "0")]
    [InlineData(OpCode.DEC, "-9223372036854775808", "-9223372036854775809")]
    [InlineData(OpCode.DEC, "0", "-1")]
    public void Unary_results(OpCode op, string x, string expected) =>
        Assert.Equal(BigInteger.Parse(expected), ApplyInt(op, BigInteger.Parse(x)));

    [Fact]
    public void Unary_overflow_beyond_int256_faults()
    {
        Faults(OpCode.ABS, MinInt256);
        Faults(OpCode.NEGATE, MinInt256);
        Faults(OpCode.INC, MaxInt256);
        Faults(OpCode.DEC, MinInt256);
        Assert.Equal(MaxInt256, ApplyInt(OpCode.NEGATE, MinInt256 + 1));
        Assert.Equal(MaxInt256, ApplyInt(OpCode.ABS, -MaxInt256));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData("-1", true)]
    [InlineData("18446744073709551616", true)]
    public void Nz_is_true_for_non_zero(string x, bool expected) =>
        Assert.Equal(expected, Apply(OpCode.NZ, BigInteger.Parse(x)).GetBoolean());

    [Fact]
    public void Nz_reads_byte_strings_as_integers_and_faults_beyond_32_bytes()
    {
        Assert.False(Halted(sb => sb.EmitPush(new byte[] { 0, 0 }).Emit(OpCode.NZ)).ResultStack[0].GetBoolean());
        Faulted(sb => sb.EmitPush(new byte[33]).Emit(OpCode.NZ));
        Faulted(sb => sb.Emit(OpCode.NEWMAP).Emit(OpCode.NZ));
    }

    [Theory]
    [InlineData(5, 0, 10, true)]
    [InlineData(0, 0, 10, true)]
    [InlineData(10, 0, 10, false)]
    [InlineData(-1, 0, 10, false)]
    [InlineData(5, 10, 0, false)]
    public void Within_is_lower_inclusive_upper_exclusive(long x, long a, long b, bool expected) =>
        Assert.Equal(expected, Apply(OpCode.WITHIN, x, a, b).GetBoolean());

    [Theory]
    [InlineData(OpCode.BOOLAND, 0, 0, false)]
    [InlineData(OpCode.BOOLAND, 1, 0, false)]
    [InlineData(OpCode.BOOLAND, 2, -3, true)]
    [InlineData(OpCode.BOOLOR, 0, 0, false)]
    [InlineData(OpCode.BOOLOR, 0, 7, true)]
    public void Boolean_logic(OpCode op, long a, long b, bool expected)
    {
        var result = Apply(op, a, b);
        Assert.Equal(StackItemType.Boolean, result.Type);
        Assert.Equal(expected, result.GetBoolean());
    }

    [Fact]
    public void Boolean_logic_converts_any_item()
    {
        // Null is false, compounds and buffers are true, byte strings are true when any byte is non-zero.
        Assert.True(Halted(sb => sb.Emit(OpCode.NEWARRAY0).EmitPush(new byte[] { 0, 1 }).Emit(OpCode.BOOLAND)).ResultStack[0].GetBoolean());
        Assert.False(Halted(sb => sb.Emit(OpCode.PUSHNULL).EmitPush(new byte[] { 0, 0 }).Emit(OpCode.BOOLOR)).ResultStack[0].GetBoolean());
        Faulted(sb => sb.EmitPush(new byte[33]).EmitPush(1).Emit(OpCode.BOOLOR));
    }

    [Fact]
    public void Sqrt_rounds_down_and_faults_on_negative()
    {
        Assert.Equal(3, ApplyInt(OpCode.SQRT, 15));
        Assert.Equal(4, ApplyInt(OpCode.SQRT, 16));
        Assert.Equal(BigInteger.Pow(2, 127) - 1, ApplyInt(OpCode.SQRT, MaxInt256 >> 1));
        Assert.Contains("negative", Faults(OpCode.SQRT, -1).Message);
    }

    [Theory]
    [InlineData(OpCode.SHL, -1)]
    [InlineData(OpCode.SHR, -1)]
    [InlineData(OpCode.SHL, 257)]
    [InlineData(OpCode.POW, -1)]
    [InlineData(OpCode.POW, 257)]
    public void Shift_and_exponent_outside_0_to_256_fault(OpCode op, long amount) =>
        Assert.Contains("Invalid shift value", Faults(op, 1, amount).Message);

    [Fact]
    public void Shifts_and_powers_inside_the_limit()
    {
        Assert.Equal(BigInteger.Pow(2, 254), ApplyInt(OpCode.SHL, 1, 254));
        Faults(OpCode.SHL, 1, 255); // 2^255 needs 33 bytes
        Assert.Equal(-1, ApplyInt(OpCode.SHR, -5, 256));
        Assert.Equal(7, ApplyInt(OpCode.SHL, 7, 0));
        Assert.Equal(BigInteger.Pow(3, 100), ApplyInt(OpCode.POW, 3, 100));
        Assert.Equal(1, ApplyInt(OpCode.POW, 0, 0));
    }
}
