using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Tests.Support;

namespace Protocol.Toolchain.Runtime.Tests.Payloads;

/// <summary>Reading the RPC JSON forms back: transactions (with every attribute type) and contract states.</summary>
public class TransactionJsonReaderTests
{
    // neo UT_Transaction.ToJson's text (see TransactionTests.Json_form_matches_neo_ToJson_vector).
    private const string NeoVector =
        "{\"hash\":\"0x0ab073429086d9e48fc87386122917989705d1c81fe4a60bf90e2fc228de3146\",\"size\":84,\"version\":0,\"nonce\":0," +
        "\"sender\":\"NKuyBkoGdZZSLyPbJEetheRhMjeznFZszf\",\"sysfee\":\"4200000000\",\"netfee\":\"0\",\"validuntilblock\":0," +
        "\"signers\":[{\"account\":\"0x0000000000000000000000000000000000000000\",\"scopes\":\"None\"}],\"attributes\":[]," +
        "\"script\":\"QiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA=\",\"witnesses\":[{\"invocation\":\"\",\"verification\":\"\"}]}";

    [Fact]
    public void Neo_vector_reads_back_to_the_same_transaction()
    {
        var tx = TransactionJsonReader.Parse(NeoVector);
        Assert.Equal("0x0ab073429086d9e48fc87386122917989705d1c81fe4a60bf90e2fc228de3146", tx.Hash.ToString());
        Assert.Equal(84, tx.Size);
        Assert.Equal(NeoVector, TransactionJson.ToJson(tx));
    }

    [Fact]
    public void Every_attribute_type_round_trips()
    {
        var tx = new Transaction
        {
            Nonce = 7, SystemFee = 1, NetworkFee = 2, ValidUntilBlock = 3,
            Signers = [new Signer(UInt160.Parse("0x0102030405060708090a0b0c0d0e0f1011121314"), WitnessScope.CalledByEntry)],
            Attributes = [new HighPriorityAttribute(), new OracleResponseAttribute(9, OracleResponseCode.Timeout, new byte[] { 1, 2 }),
                new NotValidBeforeAttribute(5), new ConflictsAttribute(UInt256.Parse("0x" + new string('a', 64))), new NotaryAssistedAttribute(2)],
            Script = new byte[] { 0x11 }, Witnesses = [Witness.Empty],
        };
        var back = TransactionJsonReader.Parse(TransactionJson.ToJson(tx));
        Assert.Equal(tx.ToArray(), back.ToArray());
    }

    [Fact]
    public void Inconsistent_hash_or_sender_is_refused()
    {
        Assert.Contains("hash", Assert.Throws<FormatException>(() => TransactionJsonReader.Parse(NeoVector.Replace("\"nonce\":0", "\"nonce\":1"))).Message);
        var wrongSender = NeoVector.Replace("NKuyBkoGdZZSLyPbJEetheRhMjeznFZszf", "NdtB8RXRmJ7Nhw1FPTm7E6HoDZGnDw37nf");
        Assert.Contains("sender", Assert.Throws<FormatException>(() => TransactionJsonReader.Parse(wrongSender)).Message);
    }

    [Fact]
    public void Contract_state_json_round_trips()
    {
        var nef = NefFile.Parse(File.ReadAllBytes(TestData.Path("neo-devpack", "artifacts", "Contract1.nef")));
        var manifest = Runtime.Manifest.ContractManifest.Parse(File.ReadAllText(TestData.Path("neo-devpack", "artifacts", "Contract1.manifest.json")));
        var state = new ContractState(3, 1, UInt160.Parse("0xb6ae1662a8228ed73e372b0d0ea11716445a4281"), nef, manifest);
        var json = ContractStateJson.ToJson(state);
        Assert.StartsWith("{\"id\":3,\"updatecounter\":1,\"hash\":\"0xb6ae1662a8228ed73e372b0d0ea11716445a4281\",\"nef\":{\"magic\":860243278", json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(json, ContractStateJson.ToJson(ContractStateJson.Parse(doc.RootElement)));
    }
}
