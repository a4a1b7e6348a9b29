using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Testing.Coverage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Testing;

public sealed partial class TestEngine
{
    private readonly Dictionary<UInt160, HashSet<int>> _executed = [];
    private readonly Dictionary<UInt160, IReadOnlyList<MethodRange>> _debugRanges = [];

    /// <summary>Uses the method ranges of a NEP-19 debug info file (.debug.json or the zipped .nefdbgnfo) for a contract's report.</summary>
    public void AddDebugInfo(UInt160 contract, string path) => _debugRanges[contract] = DebugInfo.LoadMethodRanges(path);

    /// <summary>Instruction coverage of a deployed contract over every call run so far, per method.</summary>
    public CoverageReport Coverage(UInt160 contract)
    {
        var state = ContractManagement.GetContract(_store, contract) ?? throw new ArgumentException($"No contract {contract} is deployed.", nameof(contract));
        var instructions = InstructionOffsets(state.Script);
        var ranges = _debugRanges.TryGetValue(contract, out var debug) ? debug : MethodRange.FromAbi(state.Manifest.Abi, state.Script.Length);
        var hit = _executed.GetValueOrDefault(contract) ?? [];
        return CoverageReport.Build(contract, instructions, hit, ranges);
    }

    private void ObserveCoverage(ApplicationEngine engine) => engine.InstructionObserver = (context, _) =>
    {
        var hash = context.GetState<ExecutionContextState>().ScriptHash;
        if (hash is null) return;
        if (!_executed.TryGetValue(hash, out var offsets)) _executed[hash] = offsets = [];
        offsets.Add(context.InstructionPointer);
    };

    private static List<int> InstructionOffsets(Script script)
    {
        var offsets = new List<int>();
        for (int ip = 0; ip < script.Length; ip += script.GetInstruction(ip).Size) offsets.Add(ip);
        return offsets;
    }
}
