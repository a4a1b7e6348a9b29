using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>The single-signature network fee of reference §2.7 for a transaction signed in the test.</summary>
public class NetworkFeeTests
{
    private static readonly KeyPair Key = new(Convert.FromHexString("c7134d6fd8e73d819e82755c64c93788d8db0961929e025a53363c4cc02a6962"));

    [Fact]
    public void Single_signature_fee_is_size_fee_plus_983520_and_running_the_witness_costs_exactly_that()
    {
        var account = UInt160.FromScript(VerificationScripts.CreateSignature(Key.PublicKey));
        var unsigned = new Transaction
        {
            Nonce = 42, SystemFee = 1_000_000, ValidUntilBlock = 100,
            Signers = [new Signer(account, WitnessScope.CalledByEntry)], Script = new ScriptBuilder().EmitPush(1).ToArray(),
        };
        long fee = NetworkFee.ForSingleSignatureSigners(unsigned, FeeSettings.Default);
        var tx = new Transaction
        {
            Nonce = 42, SystemFee = 1_000_000, ValidUntilBlock = 100, NetworkFee = fee,
            Signers = unsigned.Signers, Script = unsigned.Script,
        };
        var witness = TransactionSigning.CreateSignatureWitness(tx, Key, ProtocolSettings.MainNetMagic);
        var signed = new Transaction
        {
            Nonce = 42, SystemFee = 1_000_000, ValidUntilBlock = 100, NetworkFee = fee,
            Signers = tx.Signers, Script = tx.Script, Witnesses = [witness],
        };
        Assert.Equal(983520, NetworkFee.SingleSignatureVerificationFee(FeeSettings.Default));
        Assert.Equal(signed.Size * 1000L + 983520, fee); // the predicted size is the signed size
        Assert.Equal(67 + 41, signed.Size - unsigned.Size); // the witness adds invocation 67 and verification 41 bytes

        // Run the witness as a node verifies it: the verification script, then the invocation script on top.
        var engine = new ApplicationEngine(TriggerType.Verification, signed, new DataCache(new MemoryStore()), gas: 1_50000000);
        engine.LoadScript(new Script(witness.VerificationScript), configure: s => s.CallFlags = CallFlags.ReadOnly);
        engine.LoadScript(new Script(witness.InvocationScript), configure: s => s.CallFlags = CallFlags.None);
        Assert.Equal(VMState.HALT, engine.Execute());
        Assert.True(engine.ResultStack[0].GetBoolean());
        Assert.Equal(983520, engine.FeeConsumed);
    }

    [Fact]
    public void Multisig_verification_fee_follows_the_published_formula()
    {
        // m-of-n = EFF × (8(m + n) + price(PUSH m) + price(PUSH n) + 32768 n): 2-of-3 = 30 × (40 + 1 + 1 + 98304).
        Assert.Equal(30 * (40 + 1 + 1 + 98304), NetworkFee.MultiSignatureVerificationFee(2, 3, FeeSettings.Default));
    }
}
