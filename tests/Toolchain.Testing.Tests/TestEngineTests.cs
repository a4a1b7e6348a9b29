using Protocol.Toolchain.Conformance;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>The test engine replays official devpack artefacts with Neo's TestEngine conventions.</summary>
public class TestEngineTests
{
    private static readonly UInt160 Alice = UInt160.Parse("0x0102030405060708090a0102030405060708090a");

    private static string Artifact(string name, string ext) => Path.Combine(ConformancePaths.Root, "neo-devpack", "artifacts", $"{name}.{ext}");

    private static TestEngine EngineWithAlice() => new() { Signers = [new Signer(Alice, WitnessScope.CalledByEntry)] };

    [Fact]
    public void Replays_UnitTest_ContractCall_with_the_official_result_and_gas()
    {
        // cases/UnitTest_ContractCall.json, Test_ContractCall: deploy both artefacts as Alice, then call.
        var engine = EngineWithAlice();
        var caller = engine.Deploy(Artifact("Contract_ContractCall", "nef"), Artifact("Contract_ContractCall", "manifest.json"));
        var callee = engine.Deploy(Artifact("Contract1", "nef"), Artifact("Contract1", "manifest.json"));
        Assert.Equal("0xd9fe0cb2ce9a88cf693c2ffc8d6fb37bf144b9a1", caller.ToString());
        Assert.Equal("0xb6ae1662a8228ed73e372b0d0ea11716445a4281", callee.ToString());
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, engine.Call<byte[]>(caller, "testContractCall"));
        Assert.Equal(2461230, engine.LastFeeConsumed);
    }

    [Fact]
    public void Deploy_time_notifications_are_kept()
    {
        var engine = EngineWithAlice();
        var hash = engine.Deploy(Artifact("Contract1", "nef"), Artifact("Contract1", "manifest.json"));
        var deploy = Assert.Single(engine.LastNotifications);
        Assert.Equal("Deploy", deploy.EventName);
        Assert.Equal(hash.ToArray(), deploy.State[0].GetSpan().ToArray());
    }

    [Fact]
    public void A_fault_throws_with_the_reason_and_keeps_nothing()
    {
        var engine = EngineWithAlice();
        var before = engine.Checkpoint();
        engine.Deploy(Artifact("Contract1", "nef"), Artifact("Contract1", "manifest.json"));
        var fault = TestEngine.AssertFault(() => engine.Deploy(Artifact("Contract1", "nef"), Artifact("Contract1", "manifest.json")),
            "Contract Already Exists");
        Assert.True(fault.FeeConsumed > 0);
        engine.Restore(before);
        engine.Deploy(Artifact("Contract1", "nef"), Artifact("Contract1", "manifest.json")); // gone after restore
    }
}
