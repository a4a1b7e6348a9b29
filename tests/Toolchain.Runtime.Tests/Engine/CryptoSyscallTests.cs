using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>System.Crypto.CheckSig and CheckMultisig with real secp256r1 signatures of the transaction's sign-data.</summary>
public class CryptoSyscallTests
{
    private static readonly KeyPair[] Keys = Enumerable.Range(1, 3).Select(i => new KeyPair(Enumerable.Repeat((byte)i, 32).ToArray())).ToArray();
    private static readonly Transaction Tx = SyscallTestContracts.Tx(new Signer(UInt160.Zero, WitnessScope.CalledByEntry));
    private static readonly byte[] SignData = Tx.GetSignData(ProtocolSettings.MainNetMagic);

    private static ApplicationEngine Run(byte[] script, object? container = null, ProtocolSettings? settings = null) =>
        SyscallTestContracts.Run(new DataCache(new MemoryStore()), script, container ?? Tx, settings: settings);

    private static byte[] CheckSigScript(byte[] pubkey, byte[] signature) =>
        new ScriptBuilder().EmitPush(signature).EmitPush(pubkey).EmitSysCall(Syscalls.CryptoCheckSig.Hash).ToArray();

    private static bool? Result(ApplicationEngine engine) => engine.State == VMState.HALT ? engine.ResultStack[0].GetBoolean() : null;

    [Fact]
    public void CheckSig_verifies_network_magic_and_transaction_hash()
    {
        var sig = Keys[0].Sign(SignData);
        Assert.True(Result(Run(CheckSigScript(Keys[0].PublicKey.ToArray(), sig))));
        Assert.True(Result(Run(CheckSigScript(Keys[0].PublicKey.Encode(compressed: false), sig))));
        Assert.False(Result(Run(CheckSigScript(Keys[1].PublicKey.ToArray(), sig))));
        Assert.False(Result(Run(CheckSigScript(Keys[0].PublicKey.ToArray(), Keys[0].Sign(Tx.Hash.ToArray())))));
        var otherNet = ProtocolSettings.Default with { Network = 894710606 };
        Assert.False(Result(Run(CheckSigScript(Keys[0].PublicKey.ToArray(), sig), settings: otherNet)));
    }

    [Fact]
    public void CheckSig_faults_on_bad_keys_bad_signature_lengths_and_no_container()
    {
        var sig = Keys[0].Sign(SignData);
        var badKey = Keys[0].PublicKey.Encode(compressed: false);
        badKey[0] = 5;
        Assert.IsType<FormatException>(Run(CheckSigScript(badKey, sig)).FaultException);
        Assert.IsType<FormatException>(Run(CheckSigScript(Keys[0].PublicKey.ToArray(), sig[..63])).FaultException);
        var noContainer = EngineRun.Run(CheckSigScript(Keys[0].PublicKey.ToArray(), sig));
        Assert.Equal(VMState.FAULT, noContainer.State);
    }

    [Fact]
    public void CheckSig_costs_32768_units()
    {
        var engine = Run(CheckSigScript(Keys[0].PublicKey.ToArray(), Keys[0].Sign(SignData)));
        Assert.Equal((8 + 8 + 32768) * 30, engine.FeeConsumed); // two PUSHDATA1 + SYSCALL, as a single-sig verification
    }

    /// <summary>pubkeys and signatures as arrays (first item first), pubkeys on top.</summary>
    private static byte[] MultisigScript(IEnumerable<byte[]> pubkeys, IEnumerable<byte[]> signatures)
    {
        var sb = new ScriptBuilder();
        sb.EmitArray(signatures.Select(s => (Action<ScriptBuilder>)(b => b.EmitPush(s))).ToArray());
        sb.EmitArray(pubkeys.Select(k => (Action<ScriptBuilder>)(b => b.EmitPush(k))).ToArray());
        return sb.EmitSysCall(Syscalls.CryptoCheckMultisig.Hash).ToArray();
    }

    private static byte[][] Pub(params int[] i) => i.Select(k => Keys[k].PublicKey.ToArray()).ToArray();

    private static byte[][] Sig(params int[] i) => i.Select(k => Keys[k].Sign(SignData)).ToArray();

    [Fact]
    public void CheckMultisig_needs_the_signatures_in_key_order()
    {
        Assert.True(Result(Run(MultisigScript(Pub(0, 1, 2), Sig(0, 2)))));
        Assert.True(Result(Run(MultisigScript(Pub(0, 1, 2), Sig(0, 1, 2)))));
        Assert.True(Result(Run(MultisigScript(Pub(0, 1, 2), Sig(1)))));
        Assert.False(Result(Run(MultisigScript(Pub(0, 1, 2), Sig(2, 0)))));
        Assert.False(Result(Run(MultisigScript(Pub(0, 1), [Sig(0)[0], new byte[64]]))));
        Assert.False(Result(Run(MultisigScript(Pub(0, 1), Sig(1, 1)))));
    }

    [Fact]
    public void CheckMultisig_argument_failures_fault()
    {
        Assert.Equal("pubkeys array cannot be empty.", Run(MultisigScript([], Sig(0))).FaultException!.Message);
        Assert.Equal("signatures array cannot be empty.", Run(MultisigScript(Pub(0), [])).FaultException!.Message);
        Assert.Equal("signatures count (2) cannot be greater than pubkeys count (1).",
            Run(MultisigScript(Pub(0), Sig(0, 1))).FaultException!.Message);
        // A bad key faults only when the loop reaches it.
        Assert.True(Result(Run(MultisigScript([Pub(0)[0], new byte[70]], Sig(0)))));
        Assert.IsType<FormatException>(Run(MultisigScript([Pub(0)[0], new byte[70]], Sig(0, 1))).FaultException);
        Assert.IsType<FormatException>(Run(MultisigScript(Pub(0, 1), [Sig(0)[0][..10]])).FaultException);
    }

    [Fact]
    public void CheckMultisig_takes_counts_instead_of_arrays_and_charges_per_key()
    {
        var sigs = Sig(0, 2);
        var keys = Pub(0, 1, 2);
        var sb = new ScriptBuilder();
        foreach (var s in sigs.Reverse()) sb.EmitPush(s);
        sb.EmitPush(sigs.Length);
        foreach (var k in keys.Reverse()) sb.EmitPush(k);
        sb.EmitPush(keys.Length).EmitSysCall(Syscalls.CryptoCheckMultisig.Hash);
        var engine = Run(sb.ToArray());
        Assert.True(Result(engine));
        // 2 × PUSHDATA1, PUSH2, 3 × PUSHDATA1, PUSH3, SYSCALL 0 + 32768 × 3: an m-of-n verification script's cost.
        Assert.Equal((8 * 5 + 1 + 1 + 32768 * 3) * 30, engine.FeeConsumed);
        Assert.Equal(0, Syscalls.CryptoCheckMultisig.FixedPrice);
    }
}
