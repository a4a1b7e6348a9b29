using System.Text.Json;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Conformance.NeoVm;

/// <summary>
/// Runs a vector test the way neo-vm's own runner does: a fresh engine with default limits driven by
/// a debugger, then after each step compares the state, the invocation stack (top first; RET when
/// the pointer is past the end), evaluation stacks, slots, result stack and reference count, or on
/// FAULT the exception message when one is given.
/// </summary>
public static class VmVectorRunner
{
    /// <summary>Returns one line per mismatch (empty when the test passes).</summary>
    public static List<string> Run(VmVectorTest test)
    {
        var failures = new List<string>();
        using var engine = new VectorEngine();
        var debugger = new Debugger(engine);
        if (test.Script.Length > 0) engine.LoadScript(new Script(test.Script));
        int stepIndex = 0;
        foreach (var step in test.Steps)
        {
            foreach (var action in step.Actions)
            {
                switch (action.ToLowerInvariant())
                {
                    case "execute": debugger.Execute(); break;
                    case "stepinto": debugger.StepInto(); break;
                    case "stepout": debugger.StepOut(); break;
                    case "stepover": debugger.StepOver(); break;
                    default: throw new FormatException($"Unknown action {action}");
                }
            }
            var where = $"step {stepIndex++}{(step.Name is null ? "" : " " + step.Name)}";
            Compare(step.Result, engine, where, failures);
        }
        return failures;
    }

    private static void Compare(JsonElement expected, VectorEngine engine, string where, List<string> failures)
    {
        var state = expected.GetProperty("state").GetString()!;
        if (!string.Equals(state, engine.State.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{where}: state {engine.State}, expected {state} (fault: {engine.FaultException?.Message})");
            return;
        }
        if (engine.State == VMState.FAULT)
        {
            if (expected.TryGetProperty("exceptionMessage", out var message) && message.GetString() != engine.FaultException?.Message)
                failures.Add($"{where}: fault message '{engine.FaultException?.Message}', expected '{message.GetString()}'");
            return;
        }
        var contexts = expected.TryGetProperty("invocationStack", out var inv) && inv.ValueKind == JsonValueKind.Array
            ? inv.EnumerateArray().ToList() : [];
        if (contexts.Count != engine.InvocationStack.Count)
        {
            failures.Add($"{where}: {engine.InvocationStack.Count} frames, expected {contexts.Count}");
            return;
        }
        int i = 0;
        foreach (var context in engine.InvocationStack)
        {
            var e = contexts[i];
            var frame = $"{where} frame {i++}";
            var next = context.InstructionPointer >= context.Script.Length ? OpCode.RET : context.Script[context.InstructionPointer];
            var expectedNext = Enum.Parse<OpCode>(e.GetProperty("nextInstruction").GetString()!, ignoreCase: true);
            if (next != expectedNext) failures.Add($"{frame}: next instruction {next}, expected {expectedNext}");
            int ip = e.GetProperty("instructionPointer").GetInt32();
            if (ip != context.InstructionPointer) failures.Add($"{frame}: instruction pointer {context.InstructionPointer}, expected {ip}");
            if (e.TryGetProperty("evaluationStack", out var es) && es.ValueKind != JsonValueKind.Null)
                CompareItems(es, context.EvaluationStack.Count, k => context.EvaluationStack[k], $"{frame} evaluation stack", failures);
            CompareSlot(e, "arguments", context.Arguments, frame, failures);
            CompareSlot(e, "localVariables", context.LocalVariables, frame, failures);
            CompareSlot(e, "staticFields", context.StaticFields, frame, failures);
        }
        if (expected.TryGetProperty("resultStack", out var rs) && rs.ValueKind != JsonValueKind.Null)
            CompareItems(rs, engine.ResultStack.Count, k => engine.ResultStack[k], $"{where} result stack", failures);
        if (expected.TryGetProperty("refs", out var refs) && refs.GetInt32() != engine.ReferenceCounter.Count)
            failures.Add($"{where}: reference count {engine.ReferenceCounter.Count}, expected {refs.GetInt32()}");
    }

    private static void CompareSlot(JsonElement frame, string name, Slot? slot, string where, List<string> failures)
    {
        var expected = frame.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Array ? e : default;
        if (expected.ValueKind == JsonValueKind.Undefined)
        {
            if ((slot?.Count ?? 0) != 0) failures.Add($"{where} {name}: {slot!.Count} entries, expected none");
            return;
        }
        CompareItems(expected, slot?.Count ?? 0, k => slot![k], $"{where} {name}", failures);
    }

    private static void CompareItems(JsonElement expected, int count, Func<int, StackItem> actual, string where, List<string> failures)
    {
        var items = expected.EnumerateArray().ToList();
        if (items.Count != count)
        {
            failures.Add($"{where}: {count} items, expected {items.Count}");
            return;
        }
        for (int k = 0; k < count; k++)
        {
            var want = VmVectorItems.Canonical(items[k]);
            var got = VmVectorItems.Canonical(actual(k));
            if (want != got) failures.Add($"{where} #{k}: {got}, expected {want}");
        }
    }
}

/// <summary>The vectors' test host: SYSCALL 0x77777777 pushes an interop object, 0xaddeadde throws "error".</summary>
public sealed class VectorEngine : ExecutionEngine
{
    protected override void OnSysCall(Instruction instruction)
    {
        switch (instruction.TokenU32)
        {
            case 0x77777777: Push(new InteropInterface(new object())); break;
            case 0xaddeadde: ExecuteThrow("error"); break;
            default: throw new InvalidOperationException($"Syscall not found: {instruction.TokenU32}");
        }
    }
}
