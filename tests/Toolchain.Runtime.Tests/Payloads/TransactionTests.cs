using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Payloads;

/// <summary>Vectors of neo tests/Neo.UnitTests/Network/P2P/Payloads/UT_Transaction.cs.</summary>
public class TransactionTests
{
    internal static Transaction Simple(IReadOnlyList<Signer>? signers = null, IReadOnlyList<Witness>? witnesses = null) => new()
    {
        Version = 0,
        Nonce = 0x01020304,
        SystemFee = 100_000_000,
        NetworkFee = 1,
        ValidUntilBlock = 0x01020304,
        Signers = signers ?? [new Signer(UInt160.Zero, WitnessScope.None)],
        Script = new byte[] { 0x11 },
        Witnesses = witnesses ?? [Witness.Empty],
    };

    private const string SimpleHex =
        "00" + "04030201" + "00e1f50500000000" + "0100000000000000" + "04030201"
        + "01000000000000000000000000000000000000000000" + "00" + "0111" + "010000";

    [Fact]
    public void Serialize_deserialize_simple()
    {
        var tx = Simple();
        Assert.Equal(SimpleHex, ToHex(tx.ToArray()));
        Assert.Equal(SimpleHex.Length / 2, tx.Size);
        var parsed = Transaction.Parse(FromHex(SimpleHex));
        Assert.Equal(0x01020304u, parsed.Nonce);
        Assert.Equal(100_000_000, parsed.SystemFee);
        Assert.Equal(1, parsed.NetworkFee);
        Assert.Equal(UInt160.Zero, parsed.Sender);
        Assert.Empty(parsed.Attributes);
        Assert.True(parsed.Witnesses[0].InvocationScript.IsEmpty);
        Assert.Equal(SimpleHex, ToHex(parsed.ToArray()));
    }

    [Fact]
    public void Duplicate_signer_accounts_are_rejected()
    {
        var account = UInt160.Parse("0x0001020304050607080900010203040506070809");
        var tx = Simple([new Signer(account, WitnessScope.Global), new Signer(account, WitnessScope.CalledByEntry)]);
        const string expected = "000403020100e1f50500000000010000000000000004030201020908070605040302010009080706050403020" +
            "10080090807060504030201000908070605040302010001000111010000";
        Assert.Equal(expected, ToHex(tx.ToArray()));
        Assert.Contains("twice", Assert.Throws<FormatException>(() => Transaction.Parse(FromHex(expected))).Message);
    }

    private static Signer[] DistinctSigners(int count) =>
        Enumerable.Range(0, count).Select(i => new Signer(UInt160.Parse(i.ToString("X40")), WitnessScope.CalledByEntry)).ToArray();

    [Fact]
    public void Signer_count_limits()
    {
        // 16 signers with one witness: the witness count must equal the signer count.
        Assert.Throws<FormatException>(() => Transaction.Parse(Simple(DistinctSigners(16)).ToArray()));
        var sixteen = Simple(DistinctSigners(16), Enumerable.Repeat(Witness.Empty, 16).ToArray());
        Assert.Equal(16, Transaction.Parse(sixteen.ToArray()).Signers.Count);
        // 17 signers exceed the VarInt maximum.
        Assert.Throws<FormatException>(() => Transaction.Parse(Simple(DistinctSigners(17), Enumerable.Repeat(Witness.Empty, 17).ToArray()).ToArray()));
        // No signers.
        Assert.Throws<FormatException>(() => Transaction.Parse(Simple([], []).ToArray()));
    }

    [Fact]
    public void Json_form_matches_neo_ToJson_vector()
    {
        // neo UT_Transaction.ToJson: script 0x42 followed by 31 × 0x20, system fee 4200000000, signer Zero.
        var tx = new Transaction
        {
            SystemFee = 4200000000,
            Signers = [new Signer(UInt160.Zero, WitnessScope.None)],
            Script = new byte[] { 0x42 }.Concat(Enumerable.Repeat((byte)0x20, 31)).ToArray(),
            Witnesses = [Witness.Empty],
        };
        Assert.Equal("0x0ab073429086d9e48fc87386122917989705d1c81fe4a60bf90e2fc228de3146", tx.Hash.ToString());
        Assert.Equal(84, tx.Size);
        var json = TransactionJson.ToJson(tx);
        Assert.Equal(
            "{\"hash\":\"0x0ab073429086d9e48fc87386122917989705d1c81fe4a60bf90e2fc228de3146\",\"size\":84,\"version\":0,\"nonce\":0," +
            "\"sender\":\"NKuyBkoGdZZSLyPbJEetheRhMjeznFZszf\",\"sysfee\":\"4200000000\",\"netfee\":\"0\",\"validuntilblock\":0," +
            "\"signers\":[{\"account\":\"0x0000000000000000000000000000000000000000\",\"scopes\":\"None\"}],\"attributes\":[]," +
            "\"script\":\"QiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA=\",\"witnesses\":[{\"invocation\":\"\",\"verification\":\"\"}]}", json);
    }

    [Fact]
    public void Hash_covers_only_the_unsigned_part()
    {
        var tx = Simple();
        Assert.Equal(Runtime.Cryptography.Hashes.Sha256(tx.GetUnsignedData()), tx.Hash.ToArray());
        var withWitness = tx.WithWitnesses([new Witness(new byte[] { 1 }, new byte[] { 2 })]);
        Assert.Equal(tx.Hash, withWitness.Hash);
        Assert.NotEqual(tx.ToArray(), withWitness.ToArray());
    }

    private static Transaction WithAttributes(params TransactionAttribute[] attributes) => new()
    {
        Signers = [new Signer(UInt160.Zero, WitnessScope.None)],
        Attributes = attributes,
        Script = new byte[] { 0x11 },
        Witnesses = [Witness.Empty],
    };

    [Fact]
    public void Attributes_count_and_duplicates()
    {
        var ok = WithAttributes(new ConflictsAttribute(UInt256.Zero), new ConflictsAttribute(UInt256.Zero), new NotValidBeforeAttribute(1));
        Assert.Equal(3, Transaction.Parse(ok.ToArray()).Attributes.Count);
        var duplicate = WithAttributes(new HighPriorityAttribute(), new HighPriorityAttribute());
        Assert.Contains("twice", Assert.Throws<FormatException>(() => Transaction.Parse(duplicate.ToArray())).Message);
        // With one signer at most 15 attributes are allowed.
        var fifteen = Enumerable.Range(0, 15).Select(_ => (TransactionAttribute)new ConflictsAttribute(UInt256.Zero)).ToArray();
        Assert.Equal(15, Transaction.Parse(WithAttributes(fifteen).ToArray()).Attributes.Count);
        Assert.Throws<FormatException>(() => Transaction.Parse(WithAttributes([.. fifteen, new HighPriorityAttribute()]).ToArray()));
    }
}
