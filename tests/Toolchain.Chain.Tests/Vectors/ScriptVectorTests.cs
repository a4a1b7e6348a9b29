using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Nef;

namespace Protocol.Toolchain.Chain.Tests.Vectors;

/// <summary>Verification, invocation and deploy script bytes, NEF sizes and contract hashes (reference §2.2, §2.4, §2.13).</summary>
public class ScriptVectorTests
{
    private static readonly KeyPair Key = new(Convert.FromHexString("c7134d6fd8e73d819e82755c64c93788d8db0961929e025a53363c4cc02a6962"));

    [Fact]
    public void Single_signature_verification_and_invocation_scripts()
    {
        var script = VerificationScripts.CreateSignature(Key.PublicKey);
        Assert.Equal("0c21" + Key.PublicKey + "4156e7b327", Convert.ToHexStringLower(script));
        Assert.Equal(40, script.Length);
        var tx = new Runtime.Payloads.Transaction
        {
            Signers = [new Runtime.Payloads.Signer(UInt160.FromScript(script), Runtime.Payloads.WitnessScope.CalledByEntry)],
            Script = new byte[] { 0x11 },
        };
        var witness = new KeyRing().AddKey(Key).CreateWitness(tx, UInt160.FromScript(script), 860833102);
        Assert.Equal(66, witness.InvocationScript.Length);
        Assert.Equal(new byte[] { 0x0c, 0x40 }, witness.InvocationScript[..2].ToArray());
        Assert.True(Ecdsa.Verify(tx.GetSignData(860833102), witness.InvocationScript.Span[2..], Key.PublicKey));
    }

    [Fact]
    public void Multisig_keys_are_sorted_and_signatures_follow_key_order()
    {
        var keys = Enumerable.Range(1, 3).Select(i => new KeyPair(Enumerable.Repeat((byte)i, 32).ToArray())).ToArray();
        var script = VerificationScripts.CreateMultiSig(2, keys.Select(k => k.PublicKey).ToArray());
        var sorted = keys.Select(k => k.PublicKey).Order().ToArray();
        Assert.Equal("12" + string.Concat(sorted.Select(k => "0c21" + k)) + "13" + "419ed0dc3a", Convert.ToHexStringLower(script));
        var account = UInt160.FromScript(script);
        var tx = new Runtime.Payloads.Transaction { Signers = [new(account, Runtime.Payloads.WitnessScope.CalledByEntry)], Script = new byte[] { 0x11 } };
        var ring = new KeyRing().AddKey(keys[2]).AddKey(keys[0]).AddAccount(script);
        var witness = ring.CreateWitness(tx, account, 42);
        Assert.Equal(132, witness.InvocationScript.Length);
        var held = sorted.Where(k => k == keys[0].PublicKey || k == keys[2].PublicKey).ToArray();
        for (int i = 0; i < 2; i++)
            Assert.True(Ecdsa.Verify(tx.GetSignData(42), witness.InvocationScript.Span.Slice(i * 66 + 2, 64), held[i]));
        Assert.False(new KeyRing().AddKey(keys[1]).AddAccount(script).CanSign(account));
    }

    [Fact]
    public void Dynamic_call_script_matches_neo_emit_dynamic_call()
    {
        var script = ScriptFactory.DynamicCall(NativeContracts.Gas.Hash, "balanceOf", ContractParameter.Hash160(UInt160.Zero));
        var expected = "0c14" + new string('0', 40) + "11c0" + "1f" + "0c0962616c616e63654f66" + "0c14"
            + Convert.ToHexStringLower(NativeContracts.Gas.Hash.ToArray()) + "41627d5b52";
        Assert.Equal(expected, Convert.ToHexStringLower(script));
        // No arguments: NEWARRAY0. A nested empty array: PUSH0 PACK; an empty map: NEWMAP (neo EmitPush(ContractParameter)).
        Assert.StartsWith("c21f", Convert.ToHexStringLower(ScriptFactory.DynamicCall(UInt160.Zero, "m")));
        Assert.StartsWith("10c011c0", Convert.ToHexStringLower(ScriptFactory.DynamicCall(UInt160.Zero, "m", ContractParameter.Array())));
        Assert.StartsWith("c811c0", Convert.ToHexStringLower(ScriptFactory.DynamicCall(UInt160.Zero, "m", ContractParameter.Map([]))));
    }

    [Fact]
    public void Nef_size_checksum_and_contract_hash_vectors()
    {
        // Reference §2.2 and §2.4 (neo UT_NefFile, UT_Helper).
        var nef = NefFile.Create("test", "", [], new byte[] { 1, 2, 3 });
        Assert.Equal(81, nef.ToArray().Length);
        Assert.Equal(0x73FB47A7u, nef.CheckSum);
        Assert.Equal(UInt160.Parse("0x9b9628e4f1611af90e761eea8cc21372380c74b6"), ContractHash.Compute(UInt160.Zero, nef.CheckSum, ""));
    }

    [Fact]
    public void Deploy_script_passes_nef_and_manifest_unchanged_and_predicts_the_hash()
    {
        var artifact = ContractArtifact.Load(Support.Artifacts.Path("Contract_Stored.nef"));
        Assert.Equal(artifact.Nef.Size, artifact.NefBytes.Length);
        Assert.Equal(File.ReadAllBytes(Support.Artifacts.Path("Contract_Stored.manifest.json")), artifact.ManifestBytes);
        var script = ContractDeployer.DeployScript(artifact, null);
        var hex = Convert.ToHexStringLower(script);
        Assert.Contains(Convert.ToHexStringLower(artifact.NefBytes), hex);
        Assert.Contains(Convert.ToHexStringLower(artifact.ManifestBytes), hex);
        Assert.EndsWith("0c066465706c6f79" + "0c14" + Convert.ToHexStringLower(NativeContracts.ContractManagement.Hash.ToArray()) + "41627d5b52", hex);
        var sender = UInt160.Parse("0xa400ff00ff00ff00ff00ff00ff00ff00ff00ff01");
        Assert.Equal(ContractHash.Compute(sender, artifact.Nef.CheckSum, "Contract_Stored"), ContractDeployer.ExpectedHash(artifact, sender));
        Assert.Contains("not a valid NEF", Assert.Throws<FormatException>(() => new ContractArtifact([1, 2, 3], artifact.ManifestBytes)).Message);
    }
}
