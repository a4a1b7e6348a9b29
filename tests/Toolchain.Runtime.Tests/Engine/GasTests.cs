using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>The fee model of reference §2.7: opcode price × ExecFeeFactor in picoGAS, reported rounded up.</summary>
public class GasTests
{
    private static readonly byte[] AddScript = new ScriptBuilder().EmitPush(1).EmitPush(2).Emit(OpCode.ADD).ToArray();

    [Fact]
    public void Opcode_prices_times_exec_fee_factor()
    {
        var engine = EngineRun.Run(AddScript);
        Assert.Equal(VMState.HALT, engine.State);
        Assert.Equal((1 + 1 + 8 + 0) * 30, engine.FeeConsumed); // PUSH1 PUSH2 ADD and the implicit RET
    }

    [Fact]
    public void Pico_factor_rounds_up_to_whole_datoshi()
    {
        // ExecPicoFeeFactor 1 pico per unit: 10 units are 10 pico = 0.001 datoshi, reported as 1.
        var engine = EngineRun.Run(AddScript, fees: new FeeSettings(ExecPicoFeeFactor: 1));
        Assert.Equal(1, engine.FeeConsumed);
        engine = EngineRun.Run(AddScript, fees: new FeeSettings(ExecPicoFeeFactor: 150_000));
        Assert.Equal(150, engine.FeeConsumed); // half the default factor
    }

    [Fact]
    public void Running_out_of_gas_faults_at_the_exact_boundary()
    {
        Assert.Equal(VMState.HALT, EngineRun.Run(AddScript, gas: 300).State);
        var engine = EngineRun.Run(AddScript, gas: 299);
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal("Insufficient GAS.", engine.FaultException!.Message);
        Assert.Equal(0, EngineRun.Run(AddScript, gas: 300).GasLeft);
    }

    [Fact]
    public void Gas_left_counts_down()
    {
        var engine = EngineRun.Run(AddScript, gas: 1000);
        Assert.Equal(700, engine.GasLeft);
    }
}
