using System.Numerics;

namespace Protocol.Toolchain.Vm.Tests;

/// <summary>Strict script validation (contracts at deploy) and canonical push encodings (reference §2.6, §2.13).</summary>
public sealed class ScriptTests
{
    private static byte[] Ops(params object[] parts) =>
        parts.SelectMany(p => p switch { OpCode op => new[] { (byte)op }, byte b => [b], int i => [(byte)i], _ => throw new ArgumentException() }).ToArray();

    [Fact]
    public void Strict_accepts_targets_on_instruction_boundaries()
    {
        var script = new Script(Ops(OpCode.JMP, 2, OpCode.PUSHINT16, 1, 0, OpCode.JMPIF, -5 & 0xFF, OpCode.RET), strict: true);
        Assert.True(script.IsStrict);
        Assert.Equal(OpCode.PUSHINT16, script.GetInstruction(2).OpCode);
    }

    [Theory]
    [InlineData(new byte[] { (byte)OpCode.JMP, 3, (byte)OpCode.PUSHINT16, 1, 0 })]           // into an operand
    [InlineData(new byte[] { (byte)OpCode.JMP, 10, (byte)OpCode.RET })]                     // past the end
    [InlineData(new byte[] { (byte)OpCode.CALL_L, 0xFF, 0xFF, 0xFF, 0xFF, (byte)OpCode.RET })] // before the start
    [InlineData(new byte[] { (byte)OpCode.TRY, 3, 5, (byte)OpCode.PUSH0, (byte)OpCode.PUSHINT8, 0 })] // finally in an operand
    [InlineData(new byte[] { (byte)OpCode.PUSHA, 2, 0, 0, 0, (byte)OpCode.RET })]
    [InlineData(new byte[] { (byte)OpCode.CONVERT, 0x01 })]                                  // undefined type
    [InlineData(new byte[] { (byte)OpCode.CONVERT, 0x00 })]                                  // Any
    [InlineData(new byte[] { (byte)OpCode.ISTYPE, 0x00 })]
    [InlineData(new byte[] { (byte)OpCode.NEWARRAY_T, 0x22 })]
    [InlineData(new byte[] { 0x06 })]                                                        // undefined opcode
    [InlineData(new byte[] { (byte)OpCode.PUSHDATA1, 5, 1, 2 })]                             // truncated operand
    [InlineData(new byte[] { (byte)OpCode.PUSHDATA4, 0xFF, 0xFF, 0xFF, 0xFF })]              // negative length
    public void Strict_rejects_bad_scripts(byte[] bytes) =>
        Assert.Throws<BadScriptException>(() => new Script(bytes, strict: true));

    [Fact]
    public void Strict_allows_any_for_newarray_t_only()
    {
        _ = new Script(Ops(OpCode.PUSH1, OpCode.NEWARRAY_T, 0x00), strict: true);
        Assert.Throws<ArgumentException>(() => new Script(Ops(OpCode.PUSH1, OpCode.NEWARRAY_T, 0x00), strict: true).GetInstruction(2));
    }

    [Fact]
    public void Loose_scripts_decode_lazily()
    {
        var engine = VmRun.Run(Ops(OpCode.PUSH1, OpCode.RET, 0x06));
        Assert.Equal(VMState.HALT, engine.State);
        engine = VmRun.Run(Ops(OpCode.PUSH1, 0x06));
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.IsType<BadScriptException>(engine.FaultException);
    }

    [Theory]
    [InlineData("-1", "0F")]
    [InlineData("0", "10")]
    [InlineData("16", "20")]
    [InlineData("17", "0011")]
    [InlineData("-2", "00FE")]
    [InlineData("127", "007F")]
    [InlineData("128", "018000")]
    [InlineData("-128", "0080")]
    [InlineData("-129", "017FFF")]
    [InlineData("255", "01FF00")]
    [InlineData("65535", "02FFFF0000")]
    [InlineData("2147483647", "02FFFFFF7F")]
    [InlineData("-9223372036854775808", "030000000000000080")]
    [InlineData("-32768", "010080")]
    [InlineData("32768", "0200800000")]
    [InlineData("2147483648", "030000008000000000")]
    [InlineData("9223372036854775808", "0400000000000000800000000000000000")]
    public void Integer_pushes_use_the_smallest_encoding(string value, string hex)
    {
        var n = BigInteger.Parse(value);
        var bytes = new ScriptBuilder().EmitPush(n).ToArray();
        Assert.Equal(hex, Convert.ToHexString(bytes));
        Assert.Equal(n, VmRun.Run(bytes).ResultStack[0].GetInteger());
    }

    [Fact]
    public void Int256_extremes_round_trip_and_larger_values_are_refused()
    {
        foreach (var n in new[] { VmRun.MaxInt256, VmRun.MinInt256 })
        {
            var bytes = new ScriptBuilder().EmitPush(n).ToArray();
            Assert.Equal((byte)OpCode.PUSHINT256, bytes[0]);
            Assert.Equal(n, VmRun.Run(bytes).ResultStack[0].GetInteger());
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScriptBuilder().EmitPush(VmRun.MaxInt256 + 1));
    }

    [Theory]
    [InlineData(255, OpCode.PUSHDATA1, 2)]
    [InlineData(256, OpCode.PUSHDATA2, 3)]
    [InlineData(65536, OpCode.PUSHDATA4, 5)]
    [InlineData(0, OpCode.PUSHDATA1, 2)]
    public void Data_pushes_pick_the_length_prefix(int length, OpCode op, int headerSize)
    {
        var bytes = new ScriptBuilder().EmitPush(new byte[length]).ToArray();
        Assert.Equal((byte)op, bytes[0]);
        Assert.Equal(length + headerSize, bytes.Length);
        Assert.Equal(length, VmRun.Run(bytes).ResultStack[0].GetSpan().Length);
    }
}
