using System.Text;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>ContractManagement.deploy with a hand-assembled contract: storage, ids, _deploy, fees, events.</summary>
public class DeployTests
{
    private static readonly UInt160 Sender = UInt160.Parse("0x0102030405060708090a0b0c0d0e0f1011121314");

    // add(a, b) at 0: INITSLOT 0 2, LDARG0, LDARG1, ADD, RET.
    // _deploy(data, update) at 7: INITSLOT 0 2, LDARG0, PUSHDATA1 "boom", EQUAL, JMPIFNOT +5, ... ABORTMSG path.
    private static readonly byte[] Script = new ScriptBuilder()
        .Emit(OpCode.INITSLOT, [0, 2]).Emit(OpCode.LDARG0).Emit(OpCode.LDARG1).Emit(OpCode.ADD).Emit(OpCode.RET)
        .Emit(OpCode.INITSLOT, [0, 2]).Emit(OpCode.LDARG0).EmitPush("boom").Emit(OpCode.EQUAL)
        .EmitJump(OpCode.JMPIFNOT, 9).EmitPush("boom").Emit(OpCode.ABORTMSG).Emit(OpCode.RET)
        .ToArray();

    private static readonly NefFile Nef = NefFile.Create("hand", "", [], Script);

    private const string ManifestJson = """{"name":"Adder","groups":[],"features":{},"supportedstandards":[],"abi":{"methods":[{"name":"add","parameters":[{"name":"a","type":"Integer"},{"name":"b","type":"Integer"}],"returntype":"Integer","offset":0,"safe":false},{"name":"_deploy","parameters":[{"name":"data","type":"Any"},{"name":"update","type":"Boolean"}],"returntype":"Void","offset":7,"safe":false}],"events":[]},"permissions":[{"contract":"*","methods":"*"}],"trusts":[],"extra":null}""";

    private static UInt160 AdderHash => ContractHash.Compute(Sender, Nef.CheckSum, "Adder");

    private static ApplicationEngine Run(byte[] script, DataCache snapshot, FeeSettings? fees = null)
    {
        var tx = new Transaction { Signers = [new Signer(Sender, WitnessScope.CalledByEntry)], Script = script };
        var engine = new ApplicationEngine(TriggerType.Application, tx, snapshot, gas: 2000_00000000, fees: fees);
        engine.LoadScript(new Script(script));
        engine.Execute();
        return engine;
    }

    private static byte[] DeployScript(object data) =>
        EngineRun.DynamicCall(NativeContracts.ContractManagement.Hash, "deploy", CallFlags.All, Nef.ToArray(), Encoding.UTF8.GetBytes(ManifestJson), data);

    [Fact]
    public void Deploy_stores_the_contract_runs_deploy_and_notifies()
    {
        var snapshot = new DataCache(new MemoryStore());
        var engine = Run([.. DeployScript("hello"), (byte)OpCode.DROP, .. EngineRun.DynamicCall(AdderHash, "add", CallFlags.All, 2, 3)], snapshot);
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        Assert.Equal(5, (int)engine.ResultStack[0].GetInteger());
        var deployed = Assert.Single(engine.Notifications);
        Assert.Equal("Deploy", deployed.EventName);
        Assert.Equal(NativeContracts.ContractManagement.Hash, deployed.ScriptHash);
        Assert.Equal(AdderHash.ToArray(), deployed.State[0].GetSpan().ToArray());

        var stored = ContractManagement.GetContract(snapshot, AdderHash)!;
        Assert.Equal(1, stored.Id);
        Assert.Equal(0, stored.UpdateCounter);
        Assert.Equal(Nef.ToArray(), stored.Nef.ToArray());
        Assert.Equal(ManifestJson, stored.Manifest.ToJson());
        Assert.Equal(AdderHash, ContractManagement.GetContractById(snapshot, 1)!.Hash);
        // The minimum deployment fee (10 GAS) dominates the storage fee of this small contract.
        Assert.InRange(engine.FeeConsumed, 10_00000000, 10_10000000);
    }

    [Fact]
    public void Storage_fee_applies_when_it_exceeds_the_minimum()
    {
        var bytes = Nef.ToArray().Length + Encoding.UTF8.GetByteCount(ManifestJson);
        var engine = Run(DeployScript(1), new DataCache(new MemoryStore()), new FeeSettings(StoragePrice: 1_00000000));
        Assert.Equal(VMState.HALT, engine.State);
        Assert.InRange(engine.FeeConsumed, bytes * 1_00000000L, bytes * 1_00000000L + 10000000);
    }

    [Fact]
    public void Deploying_the_same_contract_twice_faults()
    {
        var snapshot = new DataCache(new MemoryStore());
        Assert.Equal(VMState.HALT, Run(DeployScript(1), snapshot).State);
        var again = Run(DeployScript(1), snapshot);
        Assert.Equal(VMState.FAULT, again.State);
        Assert.Contains("Contract Already Exists", again.FaultException!.Message);
    }

    [Fact]
    public void An_abort_in_deploy_faults_the_deployment_and_stores_nothing()
    {
        var snapshot = new DataCache(new MemoryStore());
        var engine = Run(DeployScript("boom"), snapshot);
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Contains("boom", engine.FaultException!.Message);
        Assert.Empty(engine.Notifications);
        Assert.Null(ContractManagement.GetContract(snapshot, AdderHash));
    }

    [Fact]
    public void Deploy_without_a_transaction_faults() =>
        Assert.Contains("transaction", EngineRun.Run(DeployScript(1)).FaultException!.Message);

    [Fact]
    public void Contract_state_round_trips_through_its_stack_item_form()
    {
        var snapshot = new DataCache(new MemoryStore());
        Run(DeployScript(1), snapshot);
        var engine = Run(EngineRun.DynamicCall(NativeContracts.ContractManagement.Hash, "getContract", CallFlags.All, AdderHash), snapshot);
        var state = ContractStateStackItems.FromStackItem(engine.ResultStack[0]);
        Assert.Equal(AdderHash, state.Hash);
        Assert.Equal(ManifestJson, state.Manifest.ToJson());
    }
}
