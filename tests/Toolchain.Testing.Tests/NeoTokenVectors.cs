namespace Protocol.Toolchain.Testing.Tests;

/// <summary>Vectors copied from neo's unit tests (UT_NativeContract "NeoToken" manifest; UT_NeoToken key lists).</summary>
internal static class NeoTokenVectors
{
    /// <summary>The manifest of neo UT_NativeContract's NeoToken state (all hardforks), compact JSON.</summary>
    public static readonly string Manifest = string.Concat(
        "{\"name\":\"NeoToken\",\"groups\":[],\"features\":{},\"supportedstandards\":[\"NEP-17\",\"NEP-27\"],\"abi\":{\"methods\":[{\"name",
        "\":\"balanceOf\",\"parameters\":[{\"name\":\"account\",\"type\":\"Hash160\"}],\"returntype\":\"Integer\",\"offset\":0,\"safe\":true",
        "},{\"name\":\"decimals\",\"parameters\":[],\"returntype\":\"Integer\",\"offset\":7,\"safe\":true},{\"name\":\"getAccountState\",",
        "\"parameters\":[{\"name\":\"account\",\"type\":\"Hash160\"}],\"returntype\":\"Array\",\"offset\":14,\"safe\":true},{\"name\":\"getA",
        "llCandidates\",\"parameters\":[],\"returntype\":\"InteropInterface\",\"offset\":21,\"safe\":true},{\"name\":\"getCandidateVo",
        "te\",\"parameters\":[{\"name\":\"pubKey\",\"type\":\"PublicKey\"}],\"returntype\":\"Integer\",\"offset\":28,\"safe\":true},{\"name",
        "\":\"getCandidates\",\"parameters\":[],\"returntype\":\"Array\",\"offset\":35,\"safe\":true},{\"name\":\"getCommittee\",\"parame",
        "ters\":[],\"returntype\":\"Array\",\"offset\":42,\"safe\":true},{\"name\":\"getCommitteeAddress\",\"parameters\":[],\"returnty",
        "pe\":\"Hash160\",\"offset\":49,\"safe\":true},{\"name\":\"getGasPerBlock\",\"parameters\":[],\"returntype\":\"Integer\",\"offset",
        "\":56,\"safe\":true},{\"name\":\"getNextBlockValidators\",\"parameters\":[],\"returntype\":\"Array\",\"offset\":63,\"safe\":tru",
        "e},{\"name\":\"getRegisterPrice\",\"parameters\":[],\"returntype\":\"Integer\",\"offset\":70,\"safe\":true},{\"name\":\"onNEP17",
        "Payment\",\"parameters\":[{\"name\":\"from\",\"type\":\"Hash160\"},{\"name\":\"amount\",\"type\":\"Integer\"},{\"name\":\"data\",\"typ",
        "e\":\"Any\"}],\"returntype\":\"Void\",\"offset\":77,\"safe\":false},{\"name\":\"registerCandidate\",\"parameters\":[{\"name\":\"pu",
        "bkey\",\"type\":\"PublicKey\"}],\"returntype\":\"Boolean\",\"offset\":84,\"safe\":false},{\"name\":\"setGasPerBlock\",\"paramete",
        "rs\":[{\"name\":\"gasPerBlock\",\"type\":\"Integer\"}],\"returntype\":\"Void\",\"offset\":91,\"safe\":false},{\"name\":\"setRegist",
        "erPrice\",\"parameters\":[{\"name\":\"registerPrice\",\"type\":\"Integer\"}],\"returntype\":\"Void\",\"offset\":98,\"safe\":false",
        "},{\"name\":\"symbol\",\"parameters\":[],\"returntype\":\"String\",\"offset\":105,\"safe\":true},{\"name\":\"totalSupply\",\"para",
        "meters\":[],\"returntype\":\"Integer\",\"offset\":112,\"safe\":true},{\"name\":\"transfer\",\"parameters\":[{\"name\":\"from\",\"t",
        "ype\":\"Hash160\"},{\"name\":\"to\",\"type\":\"Hash160\"},{\"name\":\"amount\",\"type\":\"Integer\"},{\"name\":\"data\",\"type\":\"Any\"}",
        "],\"returntype\":\"Boolean\",\"offset\":119,\"safe\":false},{\"name\":\"unclaimedGas\",\"parameters\":[{\"name\":\"account\",\"ty",
        "pe\":\"Hash160\"},{\"name\":\"end\",\"type\":\"Integer\"}],\"returntype\":\"Integer\",\"offset\":126,\"safe\":true},{\"name\":\"unre",
        "gisterCandidate\",\"parameters\":[{\"name\":\"pubkey\",\"type\":\"PublicKey\"}],\"returntype\":\"Boolean\",\"offset\":133,\"safe",
        "\":false},{\"name\":\"vote\",\"parameters\":[{\"name\":\"account\",\"type\":\"Hash160\"},{\"name\":\"voteTo\",\"type\":\"PublicKey\"}",
        "],\"returntype\":\"Boolean\",\"offset\":140,\"safe\":false}],\"events\":[{\"name\":\"Transfer\",\"parameters\":[{\"name\":\"from\"",
        ",\"type\":\"Hash160\"},{\"name\":\"to\",\"type\":\"Hash160\"},{\"name\":\"amount\",\"type\":\"Integer\"}]},{\"name\":\"CandidateState",
        "Changed\",\"parameters\":[{\"name\":\"pubkey\",\"type\":\"PublicKey\"},{\"name\":\"registered\",\"type\":\"Boolean\"},{\"name\":\"vo",
        "tes\",\"type\":\"Integer\"}]},{\"name\":\"Vote\",\"parameters\":[{\"name\":\"account\",\"type\":\"Hash160\"},{\"name\":\"from\",\"type",
        "\":\"PublicKey\"},{\"name\":\"to\",\"type\":\"PublicKey\"},{\"name\":\"amount\",\"type\":\"Integer\"}]},{\"name\":\"CommitteeChanged",
        "\",\"parameters\":[{\"name\":\"old\",\"type\":\"Array\"},{\"name\":\"new\",\"type\":\"Array\"}]}]},\"permissions\":[{\"contract\":\"*\"",
        ",\"methods\":\"*\"}],\"trusts\":[],\"extra\":null}");

    /// <summary>getCommittee of the mainnet standby committee (UT_NeoToken.TestGetCommittee).</summary>
    public static readonly string[] SortedCommittee =
    [
        "020f2887f41474cfeb11fd262e982051c1541418137c02a0f4961af911045de639", "03204223f8c86b8cd5c89ef12e4f0dbb314172e9241e30c9ef2293790793537cf0",
        "0222038884bbd1d8ff109ed3bdef3542e768eef76c1247aea8bc8171f532928c30", "0226933336f1b75baa42d42b71d9091508b638046d19abd67f4e119bf64a7cfb4d",
        "023a36c72844610b4d34d1968662424011bf783ca9d984efa19a20babf5582f3fe", "03409f31f0d66bdc2f70a9730b66fe186658f84a8018204db01c106edc36553cd0",
        "02486fd15702c4490a26703112a5cc1d0923fd697a33406bd5a1c00e0013b09a70", "024c7b7fb6c310fccf1ba33b082519d82964ea93868d676662d4a59ad548df0e7d",
        "02504acbc1f4b3bdad1d86d6e1a08603771db135a73e61c9d565ae06a1938cd2ad", "03708b860c1de5d87f5b151a12c2a99feebd2e8b315ee8e7cf8aa19692a9e18379",
        "0288342b141c30dc8ffcde0204929bb46aed5756b41ef4a56778d15ada8f0c6654", "02a62c915cf19c7f19a50ec217e79fac2439bbaad658493de0c7d8ffa92ab0aa62",
        "02aaec38470f6aad0042c6e877cfd8087d2676b0f516fddd362801b9bd3936399e", "03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c",
        "03b8d9d5771d8f513aa0869b9cc8d50986403b78c6da36890638c3d46a5adce04a", "03c6aa6e12638b36e88adc1ccdceac4db9929575c3e03576c617c49cce7114a050",
        "02ca0e27697b9c248f6f16e085fd0061e26f44da85b58ee835c110caa5ec3ba554", "02cd5a5547119e24feaa7c2a0f37b8c9366216bab7054de0065c9be42084003c8a",
        "03cdcea66032b82f5c30450e381e5295cae85c5e6943af716cc6b646352a6067dc", "03d281b42002647f0113f36c7b8efb30db66078dfaaa9ab3ff76d043a98d512fde",
        "02df48f60e8f3e01c48ff40b9b7f1310d7a8b2a193188befe1c2e3df740e895093",
    ];

    /// <summary>getNextBlockValidators (UT_NeoToken.TestGetNextBlockValidators1).</summary>
    public static readonly string[] SortedValidators =
    [
        "02486fd15702c4490a26703112a5cc1d0923fd697a33406bd5a1c00e0013b09a70", "024c7b7fb6c310fccf1ba33b082519d82964ea93868d676662d4a59ad548df0e7d",
        "02aaec38470f6aad0042c6e877cfd8087d2676b0f516fddd362801b9bd3936399e", "03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c",
        "03b8d9d5771d8f513aa0869b9cc8d50986403b78c6da36890638c3d46a5adce04a", "02ca0e27697b9c248f6f16e085fd0061e26f44da85b58ee835c110caa5ec3ba554",
        "02df48f60e8f3e01c48ff40b9b7f1310d7a8b2a193188befe1c2e3df740e895093",
    ];
}
