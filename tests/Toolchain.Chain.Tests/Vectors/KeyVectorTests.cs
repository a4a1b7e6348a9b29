using Protocol.Toolchain.Chain.Keys;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Chain.Tests.Vectors;

/// <summary>WIF, address and NEP-2 vectors: neo's unit tests (UT_Wallet, UT_Wallets_Helper) and the NEP-2 proposal's test vectors.</summary>
public class KeyVectorTests
{
    [Fact]
    public void Wif_round_trips_neo_vector()
    {
        // neo UT_Wallet.TestGetPrivateKeyFromWIF.
        var key = Convert.FromHexString("c7134d6fd8e73d819e82755c64c93788d8db0961929e025a53363c4cc02a6962");
        Assert.Equal(key, Wif.Decode("L3tgppXLgdaeqSGSFw1Go3skBiy8vQAM7YMXvTHsKQtE16PBncSU"));
        Assert.Equal("L3tgppXLgdaeqSGSFw1Go3skBiy8vQAM7YMXvTHsKQtE16PBncSU", Wif.Encode(key));
    }

    [Theory]
    [InlineData("3vQB7B6MrGQZaxCuFg4oh", "Invalid WIF key")]
    [InlineData("L3tgppXLgdaeqSGSFw1Go3skBiy8vQAM7YMXvTHsKQtE16PBncSV", "checksum")]
    public void Bad_wif_is_refused_with_a_reason(string wif, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => Wif.Decode(wif)).Message);

    [Fact]
    public void Address_round_trips_neo_vector()
    {
        // neo UT_Wallets_Helper.TestToScriptHash: Hash160(0x01) is NdtB8RXRmJ7Nhw1FPTm7E6HoDZGnDw37nf with version 0x35.
        var hash = UInt160.FromScript([0x01]);
        Assert.Equal("NdtB8RXRmJ7Nhw1FPTm7E6HoDZGnDw37nf", Address.FromScriptHash(hash));
        Assert.Equal(hash, Address.ToScriptHash("NdtB8RXRmJ7Nhw1FPTm7E6HoDZGnDw37nf"));
        Assert.Throws<FormatException>(() => Address.ToScriptHash("3vQB7B6MrGQZaxCuFg4oh"));
    }

    /// <summary>The legacy (Neo 2) address the proposal's vectors were made with: Base58Check(0x17 ‖ Hash160(21 pubkey AC)).</summary>
    private static string LegacyAddress(byte[] privateKey)
    {
        var publicKey = new KeyPair(privateKey).PublicKey.Encode(true);
        return Base58.CheckEncode([0x17, .. Hashes.Hash160([0x21, .. publicKey, 0xAC])]);
    }

    [Theory]
    [InlineData("TestingOneTwoThree", "6PYVPVe1fQznphjbUxXP9KZJqPMVnVwCx5s5pr5axRJ8uHkMtZg97eT5kL",
        "L44B5gGEpqEDRS9vVPz7QT35jcBG2r3CZwSwQ4fCewXAhAhqGVpP", "CBF4B9F70470856BB4F40F80B87EDB90865997FFEE6DF315AB166D713AF433A5")]
    [InlineData("Satoshi", "6PYN6mjwYfjPUuYT3Exajvx25UddFVLpCw4bMsmtLdnKwZ9t1Mi3CfKe8S",
        "KwYgW8gcxj1JWJXhPSu4Fqwzfhp5Yfi42mdYmMa4XqK7NJxXUSK7", "09C2686880095B1A4C249EE3AC4EEA8A014F11E6F986D0B5025AC1F39AFBD9AE")]
    public void Nep2_published_test_vectors(string passphrase, string encrypted, string wif, string hex)
    {
        var key = Convert.FromHexString(hex);
        Assert.Equal(key, Wif.Decode(wif));
        Assert.Equal(encrypted, Nep2.Encrypt(key, passphrase, LegacyAddress(key)));
        Assert.Equal(key, Nep2.Decrypt(encrypted, passphrase, LegacyAddress));
        var wrong = Assert.Throws<FormatException>(() => Nep2.Decrypt(encrypted, passphrase + "x", LegacyAddress));
        Assert.Contains("Wrong NEP-2 passphrase", wrong.Message);
    }

    [Fact]
    public void Nep2_for_neo_n3_is_salted_with_the_n3_address()
    {
        var key = new KeyPair(Convert.FromHexString("c7134d6fd8e73d819e82755c64c93788d8db0961929e025a53363c4cc02a6962"));
        var scrypt = new ScryptParameters(2, 1, 1); // neo's NEP-6 unit tests use n=2, r=1, p=1
        var encrypted = Nep2.Encrypt(key, "123", Address.DefaultVersion, scrypt);
        Assert.StartsWith("6P", encrypted);
        Assert.Equal(58, encrypted.Length);
        var address = Address.FromScriptHash(KeyRing.StandardAccount(key.PublicKey));
        Assert.Equal(Nep2.AddressHash(address), Base58.CheckDecode(encrypted)[3..7]);
        Assert.Equal(key.PrivateKey, Nep2.Decrypt(encrypted, "123", Address.DefaultVersion, scrypt).PrivateKey);
        Assert.Throws<FormatException>(() => Nep2.Decrypt(encrypted, "124", Address.DefaultVersion, scrypt));
    }
}
