using System.Numerics;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm.Tests;

/// <summary>Builds and runs small scripts for the opcode tests.</summary>
internal static class VmRun
{
    public static readonly BigInteger MaxInt256 = BigInteger.Pow(2, 255) - 1;
    public static readonly BigInteger MinInt256 = -BigInteger.Pow(2, 255);

    public static ExecutionEngine Run(Action<ScriptBuilder> build) => Run(Build(build));

    public static ExecutionEngine Run(byte[] script, ExecutionEngine? engine = null)
    {
        engine ??= new ExecutionEngine();
        engine.LoadScript(new Script(script));
        engine.Execute();
        return engine;
    }

    public static byte[] Build(Action<ScriptBuilder> build)
    {
        var sb = new ScriptBuilder();
        build(sb);
        return sb.ToArray();
    }

    /// <summary>Runs <paramref name="op"/> over the pushed operands and returns the single result.</summary>
    public static StackItem Apply(OpCode op, params BigInteger[] operands)
    {
        var engine = Run(sb =>
        {
            foreach (var x in operands) sb.EmitPush(x);
            sb.Emit(op);
        });
        Assert.True(engine.State == VMState.HALT, $"{op}({string.Join(", ", operands)}) faulted: {engine.FaultException?.Message}");
        Assert.Single(engine.ResultStack);
        return engine.ResultStack[0];
    }

    public static BigInteger ApplyInt(OpCode op, params BigInteger[] operands)
    {
        var item = Apply(op, operands);
        Assert.Equal(StackItemType.Integer, item.Type);
        return item.GetInteger();
    }

    /// <summary>Asserts that <paramref name="op"/> over the operands FAULTs, and returns why.</summary>
    public static Exception Faults(OpCode op, params BigInteger[] operands)
    {
        var engine = Run(sb =>
        {
            foreach (var x in operands) sb.EmitPush(x);
            sb.Emit(op);
        });
        Assert.Equal(VMState.FAULT, engine.State);
        return engine.FaultException!;
    }

    public static ExecutionEngine Halted(Action<ScriptBuilder> build)
    {
        var engine = Run(build);
        Assert.True(engine.State == VMState.HALT, $"faulted: {engine.FaultException?.Message}");
        return engine;
    }

    public static Exception Faulted(Action<ScriptBuilder> build)
    {
        var engine = Run(build);
        Assert.Equal(VMState.FAULT, engine.State);
        return engine.FaultException!;
    }
}
