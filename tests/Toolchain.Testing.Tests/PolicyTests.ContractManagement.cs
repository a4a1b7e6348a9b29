using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Testing.Tests.PolicyTests;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// ContractManagement's committee setter setMinimumDeploymentFee and the getContractHashes iterator (neo
/// UT_ContractManagement / ContractManagement.cs).
/// </summary>
public class PolicyContractManagementTests
{
    private static readonly UInt160 Management = NativeContracts.ContractManagement.Hash;

    [Fact]
    public void Minimum_deployment_fee_is_a_committee_setting_that_prices_the_next_deploy()
    {
        var engine = AsCommittee();
        TestEngine.AssertFault(() => NativeTestSupport.EngineSignedBy(NativeTestSupport.Bob).Invoke(Management, "setMinimumDeploymentFee", 0),
            "Invalid committee signature. It should be a multisig(len(committee) - (len(committee) - 1) / 2)).");
        TestEngine.AssertFault(() => engine.Invoke(Management, "setMinimumDeploymentFee", -1), "cannot be negative (Parameter 'value')");
        var start = engine.Checkpoint();
        DeployArtifact(engine, "Contract1");
        long atMinimum = engine.LastFeeConsumed;

        engine.Restore(start);
        engine.Invoke(Management, "setMinimumDeploymentFee", 0);
        Assert.Equal(0, engine.Call<long>(Management, "getMinimumDeploymentFee"));
        DeployArtifact(engine, "Contract1");
        // The deploy fee is max(StoragePrice × (|nef| + |manifest|), minimum): 10 GAS before, the size price now.
        long size = new FileInfo(Artifact("Contract1", "nef")).Length + new FileInfo(Artifact("Contract1", "manifest.json")).Length;
        Assert.Equal(atMinimum - 10_00000000 + 100_000 * size, engine.LastFeeConsumed);

        engine.Invoke(Management, "setMinimumDeploymentFee", new BigInteger(20_00000000));
        Assert.Equal(20_00000000, engine.Call<long>(Management, "getMinimumDeploymentFee"));
    }

    [Fact]
    public void Contract_hashes_are_listed_by_id_without_the_natives()
    {
        var engine = AsCommittee();
        Assert.Empty(Drain(engine.Call<StackItem>(Management, "getContractHashes")));
        var first = DeployArtifact(engine, "Contract1");
        var second = DeployArtifact(engine, "Contract_ContractCall");
        var listed = Drain(engine.Call<StackItem>(Management, "getContractHashes")).Cast<Struct>().ToList();
        // RemovePrefix: Struct[id as big-endian Int32, hash].
        Assert.Equal(["00000001", "00000002"], listed.Select(s => Hex(s[0].GetSpan().ToArray())));
        Assert.Equal([first, second], listed.Select(s => new UInt160(s[1].GetSpan())));
        // neo: 2^15 like the other readers.
        Assert.Equal(GetterUnits * 30, engine.LastFeeConsumed);
    }
}
