using Protocol.Toolchain.Compiler;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing;

namespace Protocol.Contracts.Tests;

/// <summary>Small contracts the tests deploy next to the protocol, compiled with our compiler from the sources here.</summary>
internal static class TestContracts
{
    /// <summary>A protocol contract that charges fees in DC for its callers (as hotspot onboarding will).</summary>
    public const string FeeCharger = """
        using System.ComponentModel;
        using System.Numerics;
        using Neo.SmartContract.Framework;
        using Neo.SmartContract.Framework.Attributes;
        using Neo.SmartContract.Framework.Services;

        [DisplayName("FeeCharger")]
        [ContractPermission(Permission.Any, "burnWithoutTracking")]
        public class FeeCharger : SmartContract
        {
            public static void Charge(UInt160 dataCredits, UInt160 owner, BigInteger amount) =>
                Contract.Call(dataCredits, "burnWithoutTracking", CallFlags.All, owner, amount);
        }
        """;

    private static readonly Dictionary<string, CompiledContract> Compiled = new();

    public static UInt160 Deploy(TestEngine engine, string source)
    {
        CompiledContract contract;
        lock (Compiled)
        {
            if (!Compiled.TryGetValue(source, out contract!))
            {
                var result = ContractCompiler.Compile([("TestContract.cs", source)]);
                Assert.True(result.Success, string.Join("\n", result.Diagnostics));
                Compiled[source] = contract = Assert.Single(result.Contracts);
            }
        }
        return engine.Deploy(contract.Nef, contract.Manifest);
    }
}
