using System.Diagnostics;
using Protocol.Bench.Vm;
using Protocol.Toolchain.Vm;

// NeoVM throughput and allocation benchmark (run in Release; not part of CI):
//   dotnet run -c Release --project bench/Vm.Bench [-- rounds]
// For each workload: instructions executed, ns and bytes allocated per instruction, million
// instructions per second, the ratio of its ns/instruction to the integer loop's (the baseline of
// this run), and how many times slower the VM is than the same work written in plain C#.
int rounds = args.Length > 0 ? int.Parse(args[0]) : 30;
Console.WriteLine($"{"workload",-34} {"instr",10} {"ns/instr",9} {"Minstr/s",9} {"B/instr",8} {"vs base",8} {"vs C#",8}");
double? baseline = null;
foreach (var w in Workloads.All)
{
    long instructions = Count(w.Script);
    for (int i = 0; i < 3; i++) Run(w.Script); // warm-up (tiering, instruction cache)
    long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    for (int i = 0; i < rounds; i++) Run(w.Script);
    watch.Stop();
    long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
    double nsPerInstr = watch.Elapsed.TotalNanoseconds / (rounds * (double)instructions);
    baseline ??= nsPerInstr;
    double native = NativeNanoseconds(w.Native, rounds);
    double vmRun = watch.Elapsed.TotalNanoseconds / rounds;
    Console.WriteLine($"{w.Name,-34} {instructions,10} {nsPerInstr,9:F2} {1000 / nsPerInstr,9:F1} {allocated / (rounds * (double)instructions),8:F2} {nsPerInstr / baseline,8:F2} {vmRun / native,8:F1}");
}

static VMState Run(byte[] script)
{
    using var engine = new ExecutionEngine();
    engine.LoadScript(new Script(script));
    var state = engine.Execute();
    if (state != VMState.HALT) throw new InvalidOperationException($"workload faulted: {engine.FaultException}");
    return state;
}

static long Count(byte[] script)
{
    using var engine = new CountingEngine();
    engine.LoadScript(new Script(script));
    engine.Execute();
    return engine.Instructions;
}

static double NativeNanoseconds(Func<long> work, int rounds)
{
    long sink = 0;
    for (int i = 0; i < 3; i++) sink += work();
    var watch = Stopwatch.StartNew();
    for (int i = 0; i < rounds; i++) sink += work();
    watch.Stop();
    GC.KeepAlive(sink);
    return watch.Elapsed.TotalNanoseconds / rounds;
}

internal sealed class CountingEngine : ExecutionEngine
{
    public long Instructions;

    protected override void PreExecuteInstruction(Instruction instruction) => Instructions++;
}
