using Protocol.Toolchain.Vm;

namespace Protocol.Scripts.Cli.Commands;

/// <summary>An engine that counts instructions and base prices and optionally traces each step.</summary>
internal sealed class TracingEngine(TextWriter? trace) : ExecutionEngine
{
    public long Instructions { get; private set; }

    public long PriceUnits { get; private set; }

    protected override void PreExecuteInstruction(Instruction instruction)
    {
        Instructions++;
        PriceUnits += OpCodeInfo.Price(instruction.OpCode);
        trace?.WriteLine($"{CurrentContext!.InstructionPointer:D5} {instruction,-24} {CurrentContext.EvaluationStack}");
    }
}
