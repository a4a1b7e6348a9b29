using System.Text;
using Protocol.Toolchain.Conformance;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Testing.Tests.NativeTestSupport;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// OracleContract (reference §2.10; neo Native/OracleContract.cs): price, request checks and storage, finish and verify. The
/// requester is the devpack's OracleRequestTemplate artefact: doRequest() asks for
/// https://api.jsonbin.io/v3/qs/6520ad3c12a5d3765988542a with filter $.record.propertyName, callback onOracleResponse,
/// userData null and 0.1 GAS; onOracleResponse stores jsonDeserialize(result)[0] as "Response" if Oracle called it.
/// </summary>
public class OracleTests
{
    private static readonly UInt160 Oracle = NativeContracts.Oracle.Hash;
    private const string Url = "https://api.jsonbin.io/v3/qs/6520ad3c12a5d3765988542a";

    private static UInt160 DeployTemplate(TestEngine engine)
    {
        var dir = Path.Combine(ConformancePaths.Root, "neo-devpack", "artifacts");
        return engine.Deploy(Path.Combine(dir, "OracleRequestTemplate.nef"), Path.Combine(dir, "OracleRequestTemplate.manifest.json"));
    }

    /// <summary>The transaction the test engine builds for a call (devpack README point 3), with empty witnesses to persist it.</summary>
    private static Transaction CallTx(TestEngine engine, UInt160 contract, string method) => new()
    {
        Nonce = 0x01020304, NetworkFee = ApplicationEngine.TestModeGas, Signers = engine.Signers,
        Script = CallScript(contract, method), Witnesses = engine.Signers.Select(_ => Witness.Empty).ToArray(),
    };

    private static Transaction ResponseTx(ulong id, OracleResponseCode code, string result, byte[]? script = null) => new()
    {
        Signers = [new Signer(Oracle, WitnessScope.None)],
        Attributes = [new OracleResponseAttribute(id, code, Encoding.UTF8.GetBytes(result))],
        Script = script ?? CallScript(Oracle, "finish"),
        Witnesses = [Witness.Empty],
    };

    [Fact]
    public void Id_hash_standards_and_price_are_neos()
    {
        Assert.Equal(-9, NativeContracts.Oracle.Id);
        Assert.Equal("0xfe924b7cfe89ddd271abaf7210a80a7e11178758", Oracle.ToString());
        var manifest = NativeContracts.Oracle.State.Manifest;
        Assert.Equal(["NEP-30"], manifest.SupportedStandards);
        Assert.Equal(["finish", "getPrice", "request", "setPrice", "verify"], manifest.Abi.Methods.Select(m => m.Name));
        Assert.Equal([false, true, false, false, true], manifest.Abi.Methods.Select(m => m.Safe));
        Assert.Equal(["OracleRequest", "OracleResponse"], manifest.Abi.Events.Select(e => e.Name));
        var engine = new TestEngine();
        Assert.Equal(50_000_000, engine.Call<long>(Oracle, "getPrice"));
        Assert.Equal(1_967_100, engine.LastFeeConsumed); // same script shape as Ledger.currentIndex, 2^15
    }

    [Fact]
    public void SetPrice_is_committee_only_and_positive()
    {
        var engine = EngineSignedBy(Committee);
        engine.Invoke(Oracle, "setPrice", 1);
        Assert.Equal(1, engine.Call<long>(Oracle, "getPrice"));
        TestEngine.AssertFault(() => engine.Invoke(Oracle, "setPrice", 0), "Price must be positive (Parameter 'price')");
        engine.Signers = [new Signer(Alice, WitnessScope.CalledByEntry)];
        TestEngine.AssertFault(() => engine.Invoke(Oracle, "setPrice", 2), "Invalid committee signature.");
    }

    [Theory]
    [InlineData(257, 0, 1, "URL size 257 bytes exceeds maximum allowed size of 256 bytes.")]
    [InlineData(1, 129, 1, "Filter size 129 bytes exceeds maximum allowed size of 128 bytes.")]
    [InlineData(1, 0, 33, "Callback size 33 bytes exceeds maximum allowed size of 32 bytes.")]
    public void Request_limits_sizes(int url, int filter, int callback, string message)
    {
        var engine = EngineSignedBy(Alice);
        TestEngine.AssertFault(() => engine.Invoke(Oracle, "request", new string('u', url), new string('f', filter), new string('c', callback),
            null, 10_000_000), message);
    }

    [Fact]
    public void Request_checks_callback_gas_and_caller_like_neo()
    {
        var engine = EngineSignedBy(Alice);
        TestEngine.AssertFault(() => engine.Invoke(Oracle, "request", "u", null, "_cb", null, 10_000_000), "Callback cannot start with underscore.");
        TestEngine.AssertFault(() => engine.Invoke(Oracle, "request", "u", null, "cb", null, 9_999_999),
            "gasForResponse 9999999 must be at least 10000000 Datoshi.");
        TestEngine.AssertFault(() => engine.Invoke(Oracle, "request", null, null, "cb", null, 10_000_000), "The argument `url` can't be null.");
        var fault = TestEngine.AssertFault(() => engine.Invoke(Oracle, "request", "u", null, "cb", null, 10_000_000),
            "Only contracts can make Oracle requests");
        // Price 0.5 GAS and gasForResponse 0.1 GAS are charged before the check, on top of the script: PUSHINT32 1, PUSHNULL 1,
        // PUSHDATA1 8, PUSHNULL 1, PUSHDATA1 8, PUSH5 1, PACK 2048, PUSH15 1, PUSHDATA1 ×2 16, SYSCALL 32768, PUSH0 1 (CpuFee 0).
        Assert.Equal(60_000_000 + 34_854 * 30, fault.FeeConsumed);
    }

    [Fact]
    public void A_contract_request_is_stored_listed_by_url_and_notified()
    {
        var engine = EngineSignedBy(Alice);
        var template = DeployTemplate(engine);
        Assert.Equal("0x76f2f865f05994eb51d48c032c5bfaf54d614b0e", template.ToString()); // cases/OracleRequestTests.json
        engine.Invoke(template, "doRequest");
        var txHash = CallTx(engine, template, "doRequest").Hash;

        Assert.Equal(2, engine.LastNotifications.Count);
        var mint = engine.LastNotifications[0];
        Assert.Equal((NativeContracts.Gas.Hash, "Transfer"), (mint.ScriptHash, mint.EventName));
        Assert.True(mint.State[0].IsNull);
        Assert.Equal(Oracle.ToArray(), mint.State[1].GetSpan().ToArray());
        Assert.Equal(10_000_000, (long)mint.State[2].GetInteger());
        var request = engine.LastNotifications[1];
        Assert.Equal((Oracle, "OracleRequest"), (request.ScriptHash, request.EventName));
        Assert.Equal(0, (int)request.State[0].GetInteger());
        Assert.Equal(template.ToArray(), request.State[1].GetSpan().ToArray());
        Assert.Equal(Url, request.State[2].GetString());
        Assert.Equal("$.record.propertyName", request.State[3].GetString());

        var (id, stored) = Assert.Single(OracleContract.GetRequests(engine.State));
        Assert.Equal(0UL, id);
        var expected = new OracleRequest(txHash, 10_000_000, Url, "$.record.propertyName", template, "onOracleResponse", stored.UserData);
        Assert.Equal(expected, stored);
        Assert.Equal(new byte[] { 0x00 }, stored.UserData); // BinarySerializer form of Null
        Assert.Equal(10_000_000, (long)NativeContracts.Gas.BalanceOf(engine.State, Oracle));

        engine.Invoke(template, "doRequest");
        Assert.Equal([0UL, 1UL], OracleContract.GetRequestIdsByUrl(engine.State, Url));
    }

    [Fact]
    public void The_request_fee_includes_the_price_exactly()
    {
        long FeeOfRequest(long? price)
        {
            var engine = EngineSignedBy(Committee);
            if (price is { } p) engine.Invoke(Oracle, "setPrice", p);
            engine.Signers = [new Signer(Alice, WitnessScope.CalledByEntry)];
            var template = DeployTemplate(engine);
            engine.Invoke(template, "doRequest");
            return engine.LastFeeConsumed;
        }
        Assert.Equal(50_000_000 - 1, FeeOfRequest(null) - FeeOfRequest(1));
    }

    [Fact]
    public void Finish_calls_back_with_the_response_and_verify_accepts_response_transactions()
    {
        var engine = EngineSignedBy(Alice);
        var template = DeployTemplate(engine);
        engine.Invoke(template, "doRequest");
        var original = CallTx(engine, template, "doRequest");
        Assert.False(engine.Call<bool>(Oracle, "verify"));
        TestEngine.AssertFault(() => engine.Invoke(Oracle, "finish"), "Oracle response not found");

        var verify = Run(engine, ResponseTx(0, OracleResponseCode.Success, "[]", CallScript(Oracle, "verify")));
        Assert.True(verify.ResultStack[0].GetBoolean());
        Assert.Contains("Oracle request not found", Run(engine, ResponseTx(9, OracleResponseCode.Success, "[\"x\"]")).FaultException!.Message);
        var failed = Run(engine, ResponseTx(0, OracleResponseCode.Timeout, "[\"x\"]"));
        Assert.Equal(VMState.FAULT, failed.State);
        Assert.Contains("Oracle response failure with code 22", failed.FaultException!.Message); // Timeout = 0x16

        var finish = Run(engine, ResponseTx(0, OracleResponseCode.Success, "[\"hello\"]"));
        Assert.Equal(VMState.HALT, finish.State);
        var response = Assert.Single(finish.Notifications);
        Assert.Equal((Oracle, "OracleResponse"), (response.ScriptHash, response.EventName));
        Assert.Equal(0, (int)response.State[0].GetInteger());
        Assert.Equal(original.Hash.ToArray(), response.State[1].GetSpan().ToArray());
        Assert.Equal("hello", engine.Call<string>(template, "getResponse"));
    }

    [Fact]
    public void CheckWitness_in_a_response_uses_the_signers_of_the_request_transaction()
    {
        var engine = EngineSignedBy(Alice);
        var template = DeployTemplate(engine);
        engine.Invoke(template, "doRequest");
        PersistBlock(engine, 1, (CallTx(engine, template, "doRequest"), VMState.HALT));
        byte[] CheckWitness(UInt160 account) =>
            new ScriptBuilder().EmitPush(account.ToArray()).EmitSysCall(InteropIds.Of("System.Runtime.CheckWitness")).ToArray();
        Assert.True(Run(engine, ResponseTx(0, OracleResponseCode.Success, "", CheckWitness(Alice))).ResultStack[0].GetBoolean());
        Assert.False(Run(engine, ResponseTx(0, OracleResponseCode.Success, "", CheckWitness(Oracle))).ResultStack[0].GetBoolean());
    }
}
