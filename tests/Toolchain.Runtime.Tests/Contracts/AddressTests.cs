using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Tests.Contracts;

public class AddressTests
{
    [Fact]
    public void Neo_wallet_vectors()
    {
        // neo UT_WalletAccount.TestGetAddress and UT_Block (nextconsensus of UInt160.Zero).
        Assert.Equal("NKuyBkoGdZZSLyPbJEetheRhMjeznFZszf", Address.FromScriptHash(UInt160.Zero));
        // neo UT_Wallets_Helper.TestToScriptHash: Hash160([0x01]).
        var hash = new UInt160(Hashes.Hash160([0x01]));
        Assert.Equal("NdtB8RXRmJ7Nhw1FPTm7E6HoDZGnDw37nf", Address.FromScriptHash(hash));
        Assert.Equal(hash, Address.ToScriptHash("NdtB8RXRmJ7Nhw1FPTm7E6HoDZGnDw37nf"));
    }

    [Fact]
    public void Native_contract_address()
    {
        // neo UT_CryptoLib disassembly comment: CryptoLib = NNToUmdQBe5n8o53BTzjTFAnSEcpouyy3B.
        Assert.Equal("NNToUmdQBe5n8o53BTzjTFAnSEcpouyy3B", Address.FromScriptHash(NativeContractHashes.CryptoLib));
    }

    [Fact]
    public void Bad_addresses_are_rejected()
    {
        // neo UT_Wallets_Helper: too short, and a payload with version 0x01.
        Assert.Throws<FormatException>(() => Address.ToScriptHash("3vQB7B6MrGQZaxCuFg4oh"));
        var wrongVersion = Address.FromScriptHash(UInt160.Zero, 0x01);
        Assert.Contains("version", Assert.Throws<FormatException>(() => Address.ToScriptHash(wrongVersion)).Message);
        Assert.Equal(UInt160.Zero, Address.ToScriptHash(wrongVersion, 0x01));
        Assert.Throws<FormatException>(() => Address.ToScriptHash("NKuyBkoGdZZSLyPbJEetheRhMjeznFZsza"));
    }
}
