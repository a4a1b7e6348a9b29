using Protocol.Toolchain.Testing;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>Compiles the sample contracts in Samples/ (once per test run) and deploys them into fresh test chains.</summary>
internal static class SampleContracts
{
    private static readonly Dictionary<string, CompiledContract> Compiled = new();

    public static CompiledContract Get(string file, string? contractName = null)
    {
        lock (Compiled)
        {
            var key = file + "/" + contractName;
            if (Compiled.TryGetValue(key, out var contract)) return contract;
            var path = Path.Combine(AppContext.BaseDirectory, "Samples", file);
            var result = ContractCompiler.Compile([(path, File.ReadAllText(path))]);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            contract = contractName is null ? Assert.Single(result.Contracts) : result.Contracts.Single(c => c.Name == contractName);
            Compiled[key] = contract;
            return contract;
        }
    }

    public static Runtime.Models.UInt160 Deploy(TestEngine engine, CompiledContract contract, object? data = null) =>
        engine.Deploy(contract.Nef, contract.Manifest, data);
}
