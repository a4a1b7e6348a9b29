using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Runtime.Tests.Payloads;

public class SigningTests
{
    private const uint Mainnet = 860833102; // 0x334F454E, "NEO3"
    private const uint Testnet = 894710606; // 0x3554334E, "N3T5"

    private static readonly KeyPair Key = new(Convert.FromHexString("6e63fda41e9e3aba9bb5696d58a75731f044a9bdc48fe546da571543b2fa460e"));

    [Fact]
    public void Sign_data_is_magic_le_then_hash()
    {
        var tx = TransactionTests.Simple();
        var data = tx.GetSignData(Mainnet);
        Assert.Equal(36, data.Length);
        Assert.Equal("4e454f33", Convert.ToHexStringLower(data[..4]));
        Assert.Equal(tx.Hash.ToArray(), data[4..]);
    }

    [Fact]
    public void Signed_witness_verifies_only_for_its_network()
    {
        var account = UInt160.FromScript(VerificationScripts.CreateSignature(Key.PublicKey));
        var unsigned = TransactionTests.Simple([new Signer(account, WitnessScope.CalledByEntry)]);
        var witness = TransactionSigning.CreateSignatureWitness(unsigned, Key, Mainnet);
        var signed = unsigned.WithWitnesses([witness]);
        Assert.Equal(account, witness.ScriptHash);
        Assert.Equal(66, witness.InvocationScript.Length);
        Assert.Equal(40, witness.VerificationScript.Length);
        Assert.True(TransactionSigning.VerifySignatureWitness(signed, witness, Mainnet));
        Assert.False(TransactionSigning.VerifySignatureWitness(signed, witness, Testnet));
        var reparsed = Transaction.Parse(signed.ToArray());
        Assert.True(TransactionSigning.VerifySignatureWitness(reparsed, reparsed.Witnesses[0], Mainnet));
    }

    [Fact]
    public void Network_fee_sizes_of_a_single_signature_witness()
    {
        // Reference §2.7: a single-sig witness adds 108 bytes (invocation 67 with its length byte, verification 41).
        var witness = TransactionSigning.CreateSignatureWitness(TransactionTests.Simple(), Key, Mainnet);
        Assert.Equal(67 + 41, witness.Size);
    }
}
