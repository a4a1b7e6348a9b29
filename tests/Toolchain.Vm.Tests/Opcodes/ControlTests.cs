using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Vm.Tests.VmRun;

namespace Protocol.Toolchain.Vm.Tests.Opcodes;

/// <summary>TRY_L/ENDTRY_L with 4-byte offsets, try nesting, and CALLT dispatch to the host.</summary>
public sealed class ControlTests
{
    private static byte[] TryL(int catchOffset, int finallyOffset) =>
        [(byte)OpCode.TRY_L, .. BitConverter.GetBytes(catchOffset), .. BitConverter.GetBytes(finallyOffset)];

    [Fact]
    public void Try_l_catches_then_runs_finally_then_continues_at_the_endtry_l_target()
    {
        var sb = new ScriptBuilder();
        sb.EmitRaw(TryL(12, 20));                  // 0: catch at 12, finally at 20
        sb.EmitPush(1).Emit(OpCode.THROW);         // 9, 10
        sb.Emit(OpCode.NOP);                       // 11 (skipped)
        sb.Emit(OpCode.DROP).EmitPush(7);          // 12 catch: drop the exception, 13
        sb.EmitJump(OpCode.ENDTRY_L, 8);           // 14: end at 22, through the finally
        sb.Emit(OpCode.NOP);                       // 19 (skipped)
        sb.EmitPush(8).Emit(OpCode.ENDFINALLY);    // 20, 21
        sb.EmitPush(9);                            // 22
        var engine = Run(sb.ToArray());
        Assert.Equal(VMState.HALT, engine.State);
        Assert.Equal(3, engine.ResultStack.Count);
        Assert.Equal(9, engine.ResultStack[0].GetInteger());
        Assert.Equal(8, engine.ResultStack[1].GetInteger());
        Assert.Equal(7, engine.ResultStack[2].GetInteger());
    }

    [Fact]
    public void Try_l_without_catch_rethrows_after_finally()
    {
        var sb = new ScriptBuilder();
        sb.EmitRaw(TryL(0, 16));                   // 0: finally at 16
        sb.EmitPush("boom").Emit(OpCode.THROW);    // 9..14, 15
        sb.EmitPush(5).Emit(OpCode.ENDFINALLY);    // 16, 17: rethrows
        var engine = Run(sb.ToArray());
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal("An unhandled exception was thrown. boom", engine.FaultException!.Message);
    }

    [Fact]
    public void Endtry_l_inside_finally_faults()
    {
        var sb = new ScriptBuilder();
        sb.EmitRaw(TryL(0, 14));                   // 0: finally at 14
        sb.EmitJump(OpCode.ENDTRY_L, 10);          // 9: enters the finally
        sb.EmitJump(OpCode.ENDTRY_L, 5);           // 14: not allowed in a finally
        var engine = Run(sb.ToArray());
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal("The opcode ENDTRY can't be executed in a FINALLY block.", engine.FaultException!.Message);
    }

    [Fact]
    public void Try_nesting_is_limited_to_16()
    {
        static byte[] Nested(int depth)
        {
            var sb = new ScriptBuilder();
            for (int i = 0; i < depth; i++) sb.Emit(OpCode.TRY, [0, 3]); // finally at the next TRY; never entered
            return sb.ToArray();
        }
        Assert.Equal(VMState.HALT, Run(Nested(16)).State);
        var engine = Run(Nested(17));
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal("MaxTryNestingDepth exceed.", engine.FaultException!.Message);
    }

    [Fact]
    public void Try_l_with_neither_catch_nor_finally_faults() =>
        Assert.Contains("can't both be 0", Run(TryL(0, 0)).FaultException!.Message);

    [Fact]
    public void Callt_faults_without_a_host_token_table() =>
        Assert.Equal("Token not found: 3", Run([(byte)OpCode.CALLT, 3, 0]).FaultException!.Message);

    [Fact]
    public void Callt_is_dispatched_to_the_host_with_its_token()
    {
        var engine = Run([(byte)OpCode.CALLT, 0x34, 0x12, (byte)OpCode.PUSH1, (byte)OpCode.ADD], new TokenEngine());
        Assert.Equal(VMState.HALT, engine.State);
        Assert.Equal(0x1235, engine.ResultStack[0].GetInteger());
    }

    private sealed class TokenEngine : ExecutionEngine
    {
        protected override void OnCallT(Instruction instruction) => Push(new Integer(instruction.TokenU16));
    }
}
