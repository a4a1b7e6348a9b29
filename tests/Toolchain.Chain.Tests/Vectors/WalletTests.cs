using System.Text;
using System.Text.Json;
using Protocol.Toolchain.Chain.Keys;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Chain.Tests.Vectors;

/// <summary>NEP-6 files as Neo's wallets write them (neo NEP6Wallet/NEP6Account/NEP6Contract.ToJson) and read back.</summary>
public class WalletTests
{
    private static readonly ScryptParameters Fast = new(2, 1, 1);
    private static readonly KeyPair Key = new(Convert.FromHexString("c7134d6fd8e73d819e82755c64c93788d8db0961929e025a53363c4cc02a6962"));

    [Fact]
    public void Wallet_json_has_neo_fields_in_neo_order_and_round_trips()
    {
        var wallet = new Nep6Wallet("w", scrypt: Fast);
        var standard = wallet.AddKey(Key, "pw", "main");
        var multi = wallet.AddMultiSig(1, [Key.PublicKey], Key, "pw", "consensus");
        var json = Encoding.UTF8.GetString(wallet.ToJsonUtf8());
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(["name", "version", "scrypt", "accounts", "extra"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1.0", doc.RootElement.GetProperty("version").GetString());
        var account = doc.RootElement.GetProperty("accounts")[0];
        Assert.Equal(["address", "label", "isDefault", "lock", "key", "contract", "extra"], account.EnumerateObject().Select(p => p.Name));
        Assert.True(account.GetProperty("isDefault").GetBoolean());
        Assert.Equal("{\"name\":\"signature\",\"type\":\"Signature\"}", account.GetProperty("contract").GetProperty("parameters")[0].GetRawText());
        Assert.Equal("parameter0", doc.RootElement.GetProperty("accounts")[1].GetProperty("contract").GetProperty("parameters")[0].GetProperty("name").GetString());

        var loaded = Nep6Wallet.Parse(Encoding.UTF8.GetBytes(json));
        Assert.Equal(json, Encoding.UTF8.GetString(loaded.ToJsonUtf8()));
        Assert.Same(loaded.Find("main"), loaded.DefaultAccount);
        var ring = loaded.Unlock("pw");
        Assert.True(ring.CanSign(standard.ScriptHash));
        Assert.True(ring.CanSign(multi.ScriptHash));
        Assert.Throws<WalletPasswordException>(() => loaded.Unlock("wrong"));
    }

    [Fact]
    public void Save_and_load_a_file_and_refuse_duplicates_and_bad_files()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        try
        {
            var wallet = new Nep6Wallet(null, scrypt: Fast);
            wallet.AddKey(Key, "pw");
            wallet.Save(path);
            var loaded = Nep6Wallet.Load(path);
            Assert.Null(loaded.Name);
            Assert.Equal(KeyRing.StandardAccount(Key.PublicKey), loaded.DefaultAccount!.ScriptHash);
            Assert.Throws<InvalidOperationException>(() => loaded.AddKey(Key, "pw"));
            File.WriteAllText(path, "{\"version\":\"1.0\",\"scrypt\":{\"n\":3,\"r\":1,\"p\":1},\"accounts\":[]}");
            Assert.Contains("power of two", Assert.Throws<FormatException>(() => Nep6Wallet.Load(path)).Message);
            Assert.Throws<FileNotFoundException>(() => Nep6Wallet.Load(path + ".missing"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Contract_parameter_json_round_trips_and_bad_values_are_named()
    {
        var parameter = ContractParameter.Array(
            ContractParameter.Integer(-5), ContractParameter.Boolean(true), ContractParameter.String("é"),
            ContractParameter.Hash160(UInt160.Zero), ContractParameter.ByteArray([1, 2]), ContractParameter.Any(),
            ContractParameter.Map([new(ContractParameter.String("k"), ContractParameter.Integer(1))]));
        using var doc = JsonDocument.Parse(parameter.ToJson());
        Assert.Equal(parameter.ToJson(), ContractParameter.FromJson(doc.RootElement).ToJson());
        Assert.Contains("\"value\":\"-5\"", parameter.ToJson());
        using var bad = JsonDocument.Parse("{\"type\":\"Integer\",\"value\":\"x1\"}");
        Assert.Contains("Invalid Integer value 'x1'", Assert.Throws<FormatException>(() => ContractParameter.FromJson(bad.RootElement)).Message);
        Assert.Equal(ContractParameter.Integer(7), ContractParameterText.Parse("7"));
        Assert.Equal(ContractParameter.String("hello"), ContractParameterText.Parse("hello"));
        Assert.Equal(ContractParameter.Hash160(UInt160.FromScript([0x01])), ContractParameterText.Parse("NdtB8RXRmJ7Nhw1FPTm7E6HoDZGnDw37nf"));
        Assert.Contains("not a valid hash160", Assert.Throws<FormatException>(() => ContractParameterText.Parse("hash160:0x12")).Message);
    }
}
