using Protocol.Toolchain.Vm.Types;
using Xunit.Abstractions;

namespace Protocol.Toolchain.Vm.Tests;

/// <summary>
/// Random scripts (seeded, reproducible) only ever end in HALT or FAULT within the limits, and no
/// host exception escapes the engine. A FAULT must come from the VM's own error kinds, never from a
/// host bug such as a null dereference or an index outside one of our arrays.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Scripts = 4000;
    private const int InstructionBudget = 3000;

    private static readonly Type[] VmErrors =
    [
        // ArgumentException covers ArgumentOutOfRange and the strict UTF-8 DecoderFallbackException.
        typeof(InvalidOperationException), typeof(InvalidCastException), typeof(ArgumentException),
        typeof(OverflowException), typeof(DivideByZeroException),
        typeof(BadScriptException), typeof(VmAbortException), typeof(VMUnhandledException), typeof(BudgetExceeded),
    ];

    [Theory]
    [InlineData(20261121, false)]
    [InlineData(4242, true)]
    public void Random_scripts_halt_or_fault_cleanly(int seed, bool rawBytes)
    {
        var random = new Random(seed);
        int halted = 0, faulted = 0;
        var faultKinds = new Dictionary<string, int>();
        for (int n = 0; n < Scripts; n++)
        {
            var script = rawBytes ? RandomBytes(random) : RandomInstructions(random);
            var context = $"seed {seed}, script #{n}: {Convert.ToHexString(script)}";
            using var engine = new BudgetEngine();
            VMState state;
            try
            {
                engine.LoadScript(new Script(script));
                state = engine.Execute();
            }
            catch (Exception e)
            {
                Assert.Fail($"host exception escaped ({context}): {e}");
                return;
            }
            Assert.True(state is VMState.HALT or VMState.FAULT, context);
            if (state == VMState.HALT)
            {
                halted++;
                Assert.Empty(engine.InvocationStack);
                Assert.InRange(engine.ReferenceCounter.Count, engine.ResultStack.Count, (int)engine.Limits.MaxStackSize);
                foreach (var item in engine.ResultStack) Assert.True(StackItemTypes.IsDefined(item.Type), context);
            }
            else
            {
                faulted++;
                var kind = engine.FaultException!.GetType();
                Assert.True(VmErrors.Any(t => t.IsAssignableFrom(kind)), $"unexpected fault {kind.Name} ({context}): {engine.FaultException}");
                faultKinds[kind.Name] = faultKinds.GetValueOrDefault(kind.Name) + 1;
            }
            Assert.InRange(engine.InvocationStack.Count, 0, (int)engine.Limits.MaxInvocationStackSize);
        }
        var summary = $"fuzz seed {seed}: {Scripts} scripts, {halted} HALT, {faulted} FAULT ({string.Join(", ", faultKinds.Select(k => $"{k.Key} {k.Value}"))})";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(halted > 0 && faulted > 0, "the generator should reach both outcomes");
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 48)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Mostly defined opcodes with small, plausible operands so execution goes deep.</summary>
    private static byte[] RandomInstructions(Random random)
    {
        var defined = Enum.GetValues<OpCode>();
        var sb = new ScriptBuilder();
        int count = random.Next(1, 40);
        for (int i = 0; i < count; i++)
        {
            var op = random.Next(2) == 0
                ? (OpCode)(random.Next(6) switch { 0 => OpCode.PUSH2, 1 => OpCode.DUP, 2 => OpCode.NEWARRAY0, 3 => OpCode.NEWMAP, 4 => OpCode.PUSHT, _ => OpCode.PUSH0 })
                : defined[random.Next(defined.Length)];
            int size = OpCodeInfo.OperandSize(op);
            if (OpCodeInfo.OperandPrefixSize(op) > 0)
            {
                var data = new byte[random.Next(0, 40)];
                random.NextBytes(data);
                sb.EmitPush(data);
                continue;
            }
            var operand = new byte[size];
            random.NextBytes(operand);
            if (size == 1 && op is not (OpCode.PUSHINT8)) operand[0] = (byte)random.Next(-8, 9); // short jumps and slot indexes
            if (op is OpCode.NEWARRAY_T or OpCode.ISTYPE or OpCode.CONVERT)
                operand[0] = (byte)new[] { 0x00, 0x10, 0x20, 0x21, 0x28, 0x30, 0x40, 0x41, 0x48, 0x60, 0x77 }[random.Next(11)];
            if (op is OpCode.INITSLOT or OpCode.TRY) { operand[0] = (byte)random.Next(0, 4); operand[1] = (byte)random.Next(0, 4); }
            sb.Emit(op, operand);
        }
        return sb.ToArray();
    }

    private sealed class BudgetExceeded() : Exception("instruction budget exhausted");

    /// <summary>Stands in for gas: a fixed instruction budget so random loops terminate (as a FAULT).</summary>
    private sealed class BudgetEngine : ExecutionEngine
    {
        private int _left = InstructionBudget;

        protected override void PreExecuteInstruction(Instruction instruction)
        {
            if (--_left < 0) throw new BudgetExceeded();
        }

        protected override void OnSysCall(Instruction instruction)
        {
            if (instruction.TokenU32 % 2 == 0) Push(new InteropInterface(new object()));
            else ExecuteThrow("syscall error");
        }
    }
}
