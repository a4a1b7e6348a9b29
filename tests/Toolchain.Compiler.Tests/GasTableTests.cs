using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Testing.Tests.Nep17Scenario;
using Protocol.Toolchain.Vm;
using Xunit.Abstractions;
using S = Protocol.Toolchain.Runtime.Interop.Syscalls;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>
/// GAS of generated code against hand-assembled code doing the same work (the engine's own NEP-17 scenario token and
/// a hand-written storage-map update), in identical chains. GAS is deterministic, so the bound is a real test; the
/// table is printed for the record.
/// </summary>
public class GasTableTests(ITestOutputHelper output)
{
    private static readonly UInt160 Owner = Address.ToScriptHash("NXV7ZhHiyM1aHXwpVsRZC6BwNFP2jghXAq");
    private static readonly UInt160 Bob = UInt160.Parse("0x0a0b0c0d0e0f101112131415161718191a1b1c1d");

    /// <summary>Generated code may cost at most this much more than the expert's.</summary>
    private const double Bound = 1.05;

    private (TestEngine Engine, UInt160 Hash) Compiled()
    {
        var engine = new TestEngine();
        var hash = SampleContracts.Deploy(engine, SampleContracts.Get("SampleToken.cs"));
        engine.Signers = [new Signer(Owner, WitnessScope.CalledByEntry)];
        engine.Invoke(hash, "mintTo", TestEngine.DefaultSender, HandToken.InitialSupply);
        engine.Signers = [new Signer(TestEngine.DefaultSender, WitnessScope.CalledByEntry)];
        return (engine, hash);
    }

    private static (TestEngine Engine, UInt160 Hash) Hand()
    {
        var engine = new TestEngine();
        var hash = engine.Deploy(HandToken.Contract.Nef, HandToken.Contract.Manifest, TestEngine.DefaultSender);
        return (engine, hash);
    }

    private long Fee(TestEngine engine, Action call)
    {
        call();
        return engine.LastFeeConsumed;
    }

    [Fact]
    public void Nep17_operations_cost_close_to_hand_assembled_code()
    {
        var rows = new List<(string Operation, long Generated, long Expert)>();
        void Row(string operation, Func<TestEngine, UInt160, long> measure)
        {
            var (c, ch) = Compiled();
            var (h, hh) = Hand();
            rows.Add((operation, measure(c, ch), measure(h, hh)));
        }
        Row("balanceOf (holder)", (e, t) => Fee(e, () => e.Call<BigInteger>(t, "balanceOf", TestEngine.DefaultSender)));
        Row("balanceOf (empty)", (e, t) => Fee(e, () => e.Call<BigInteger>(t, "balanceOf", Bob)));
        Row("transfer (to a new holder)", (e, t) => Fee(e, () => Assert.True(e.Call<bool>(t, "transfer", TestEngine.DefaultSender, Bob, 100, null))));
        Row("transfer (whole balance)", (e, t) => Fee(e, () => Assert.True(e.Call<bool>(t, "transfer", TestEngine.DefaultSender, Bob, HandToken.InitialSupply, null))));
        Row("transfer (zero)", (e, t) => Fee(e, () => Assert.True(e.Call<bool>(t, "transfer", TestEngine.DefaultSender, Bob, 0, null))));

        var probe = new TestEngine();
        var probeHash = SampleContracts.Deploy(probe, SampleContracts.Get("GasProbe.cs"));
        var hand = new TestEngine();
        var handHash = hand.Deploy(HandMapUpdate.Nef, HandMapUpdate.Manifest);
        rows.Add(("storage map update + event", Fee(probe, () => probe.Invoke(probeHash, "update", "key"u8.ToArray(), 1234)),
            Fee(hand, () => hand.Invoke(handHash, "update", "key"u8.ToArray(), 1234))));
        Assert.Equal(probe.GetStorage(probeHash, [0x20, .. "key"u8]), hand.GetStorage(handHash, [0x20, .. "key"u8]));

        output.WriteLine("| operation | generated (datoshi) | hand-assembled (datoshi) | ratio |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (operation, generated, expert) in rows)
            output.WriteLine($"| {operation} | {generated} | {expert} | {(double)generated / expert:F3} |");
        foreach (var (operation, generated, expert) in rows)
            Assert.True(generated <= expert * Bound, $"{operation}: generated {generated} > {Bound} × hand-assembled {expert}");
    }

    /// <summary>update(key, value): Local.Put(0x20 ‖ key, value); Notify("Stored", [key, value]) — what an expert writes.</summary>
    private static readonly HandContract HandMapUpdate = BuildHandMapUpdate();

    private static HandContract BuildHandMapUpdate()
    {
        var a = new Assembler();
        a.Method("update").Op(OpCode.INITSLOT, 0, 2)
            .Op(OpCode.LDARG1).Push([0x20]).Op(OpCode.LDARG0).Op(OpCode.CAT).Sys(S.StorageLocalPut)
            .Op(OpCode.LDARG1).Op(OpCode.LDARG0).Push(2).Op(OpCode.PACK).Push("Stored").Sys(S.RuntimeNotify)
            .Op(OpCode.RET);
        return HandContract.Create("HandMap", a, [new("update", [("key", "ByteArray"), ("value", "Integer")], "Void")], [],
            """{"name":"Stored","parameters":[{"name":"key","type":"ByteArray"},{"name":"value","type":"Integer"}]}""", "");
    }
}
