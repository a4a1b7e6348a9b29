using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Contracts;

public class VerificationScriptsTests
{
    // neo tests/Neo.UnitTests/TestProtocolSettings.cs: the 21 standby committee keys; the first 7 are validators.
    internal static readonly string[] Committee =
    [
        "03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c",
        "02df48f60e8f3e01c48ff40b9b7f1310d7a8b2a193188befe1c2e3df740e895093",
        "03b8d9d5771d8f513aa0869b9cc8d50986403b78c6da36890638c3d46a5adce04a",
        "02ca0e27697b9c248f6f16e085fd0061e26f44da85b58ee835c110caa5ec3ba554",
        "024c7b7fb6c310fccf1ba33b082519d82964ea93868d676662d4a59ad548df0e7d",
        "02aaec38470f6aad0042c6e877cfd8087d2676b0f516fddd362801b9bd3936399e",
        "02486fd15702c4490a26703112a5cc1d0923fd697a33406bd5a1c00e0013b09a70",
        "023a36c72844610b4d34d1968662424011bf783ca9d984efa19a20babf5582f3fe",
        "03708b860c1de5d87f5b151a12c2a99feebd2e8b315ee8e7cf8aa19692a9e18379",
        "03c6aa6e12638b36e88adc1ccdceac4db9929575c3e03576c617c49cce7114a050",
        "03204223f8c86b8cd5c89ef12e4f0dbb314172e9241e30c9ef2293790793537cf0",
        "02a62c915cf19c7f19a50ec217e79fac2439bbaad658493de0c7d8ffa92ab0aa62",
        "03409f31f0d66bdc2f70a9730b66fe186658f84a8018204db01c106edc36553cd0",
        "0288342b141c30dc8ffcde0204929bb46aed5756b41ef4a56778d15ada8f0c6654",
        "020f2887f41474cfeb11fd262e982051c1541418137c02a0f4961af911045de639",
        "0222038884bbd1d8ff109ed3bdef3542e768eef76c1247aea8bc8171f532928c30",
        "03d281b42002647f0113f36c7b8efb30db66078dfaaa9ab3ff76d043a98d512fde",
        "02504acbc1f4b3bdad1d86d6e1a08603771db135a73e61c9d565ae06a1938cd2ad",
        "0226933336f1b75baa42d42b71d9091508b638046d19abd67f4e119bf64a7cfb4d",
        "03cdcea66032b82f5c30450e381e5295cae85c5e6943af716cc6b646352a6067dc",
        "02cd5a5547119e24feaa7c2a0f37b8c9366216bab7054de0065c9be42084003c8a",
    ];

    private static ECPoint[] Keys(int count) => Committee.Take(count).Select(k => ECPoint.Parse(k)).ToArray();

    [Fact]
    public void Single_signature_script_layout()
    {
        var key = ECPoint.Parse(Committee[0]);
        var script = VerificationScripts.CreateSignature(key);
        Assert.Equal(40, script.Length);
        Assert.Equal("0c21" + Committee[0] + "4156e7b327", ToHex(script));
        Assert.True(VerificationScripts.IsSignatureContract(script));
        Assert.False(VerificationScripts.IsMultiSigContract(script, out _, out _));
    }

    [Fact]
    public void Validators_bft_multisig_is_the_genesis_holder_of_neo_unit_tests()
    {
        // 5-of-7 over the validators; neo UT_NeoTokenExtensions/UT_GasTokenExtensions expect this account.
        var script = VerificationScripts.CreateBftMultiSig(Keys(7));
        Assert.Equal(0x15, script[0]); // PUSH5
        Assert.Equal("0x9f8f056a53e39585c7bb52886418c7bed83d126b", UInt160.FromScript(script).ToString());
        Assert.True(VerificationScripts.IsMultiSigContract(script, out var m, out var keys));
        Assert.Equal(5, m);
        Assert.Equal(Keys(7).OrderBy(k => k), keys);
    }

    [Fact]
    public void Committee_multisig_matches_the_devpack_test_engine_committee()
    {
        // NEO's committee address: m = n - (n - 1) / 2 = 11 of 21 (devpack conformance README: 0xdb92…ed75b).
        var script = VerificationScripts.CreateMultiSig(11, Keys(21));
        Assert.Equal("0x" + "db92d773a2105bdd96f2e1859a54353a7f9ed75b", UInt160.FromScript(script).ToString());
        Assert.Equal(0x1b, script[0]); // PUSH11
        // n = 21 does not fit PUSH1-16, so it is PUSHINT8 21.
        Assert.Equal(1 + 21 * 35 + 2 + 5, script.Length);
        Assert.Equal(new byte[] { 0x00, 21 }, script[736..738]);
        Assert.True(VerificationScripts.IsMultiSigContract(script, out var m, out var keys));
        Assert.Equal(11, m);
        Assert.Equal(21, keys.Length);
    }

    [Fact]
    public void Multisig_keys_are_sorted_regardless_of_input_order()
    {
        var keys = Keys(3);
        var a = VerificationScripts.CreateMultiSig(2, keys);
        var b = VerificationScripts.CreateMultiSig(2, keys.Reverse().ToArray());
        Assert.Equal(a, b);
        var sorted = keys.OrderBy(k => k).ToArray();
        Assert.Equal("12" + string.Concat(sorted.Select(k => "0c21" + k)) + "13" + "419ed0dc3a", ToHex(a));
    }

    [Fact]
    public void Invalid_multisig_parameters_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => VerificationScripts.CreateMultiSig(0, Keys(2)));
        Assert.Throws<ArgumentException>(() => VerificationScripts.CreateMultiSig(3, Keys(2)));
    }

    [Fact]
    public void Neo_UT_Helper_non_multisig_scripts()
    {
        byte[] case1 =
        [
            0, 2, 12, 33, .. Enumerable.Repeat((byte)221, 33), 12, 33, .. Enumerable.Repeat((byte)255, 33), 0,
        ];
        Assert.False(VerificationScripts.IsMultiSigContract(case1, out _, out _));
        var key = FromHex("026ff03b949241ce1dadd43519e6960e0a85b41a69a05c328103aa2bce1594ca16");
        byte[] case2 = [18, 12, 33, .. key, 12, 33, .. key, 18];
        Assert.False(VerificationScripts.IsMultiSigContract(case2, out _, out _));
    }

    [Fact]
    public void Signature_invocation_script()
    {
        var script = VerificationScripts.CreateSignatureInvocation(new byte[64]);
        Assert.Equal(66, script.Length);
        Assert.Equal(new byte[] { 0x0c, 0x40 }, script[..2]);
        Assert.Throws<ArgumentException>(() => VerificationScripts.CreateSignatureInvocation(new byte[65]));
    }
}
