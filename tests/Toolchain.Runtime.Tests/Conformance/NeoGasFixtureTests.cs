using System.Text.Json;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Runtime.Tests.Support;
using Protocol.Toolchain.Vm;
using Xunit.Abstractions;

namespace Protocol.Toolchain.Runtime.Tests.Conformance;

/// <summary>
/// neo's GasTests fixtures (../shared/conformance/neo-gas): each script must consume exactly the fee
/// Neo's engine charged, under the default or the given Policy fees.
/// </summary>
public class NeoGasFixtureTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var file in Directory.EnumerateFiles(TestData.Path("neo-gas"), "*.json").Order())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var fixture in doc.RootElement.EnumerateArray())
            {
                int step = 0;
                foreach (var execute in fixture.GetProperty("Execute").EnumerateArray())
                    yield return [Path.GetFileName(file), fixture.GetProperty("Name").GetString()!, step++];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Script_consumes_exactly_the_fixture_fee(string file, string fixtureName, int step)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(TestData.Path("neo-gas", file)));
        var fixture = doc.RootElement.EnumerateArray().Single(f => f.GetProperty("Name").GetString() == fixtureName);
        var fees = FeeSettings.Default;
        if (fixture.TryGetProperty("Environment", out var env) && env.TryGetProperty("Policy", out var policy))
            fees = new FeeSettings(policy.GetProperty("ExecutionFee").GetInt64(), policy.GetProperty("StorageFee").GetInt64(),
                policy.GetProperty("FeePerByte").GetInt64());
        var execute = fixture.GetProperty("Execute").EnumerateArray().ElementAt(step);
        var engine = new ApplicationEngine(TriggerType.Application, null, new DataCache(new MemoryStore()), fees: fees);
        engine.LoadScript(new Script(Convert.FromBase64String(execute.GetProperty("Script").GetString()!)));
        var state = engine.Execute();
        var expectedState = execute.TryGetProperty("State", out var s) ? Enum.Parse<VMState>(s.GetString()!, true) : VMState.HALT;
        Assert.True(expectedState == state, $"{state}: {engine.FaultException?.Message}");
        Assert.Equal(execute.GetProperty("Fee").GetInt64(), engine.FeeConsumed);
        output.WriteLine($"{fixtureName} #{step}: {engine.FeeConsumed} datoshi");
    }
}
