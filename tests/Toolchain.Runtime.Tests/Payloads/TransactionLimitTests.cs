using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Payloads;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Payloads;

/// <summary>Field rules of Transaction.DeserializeUnsigned and Witness.</summary>
public class TransactionLimitTests
{
    private static byte[] Replace(string hex, int byteOffset, string replacement) =>
        FromHex(hex[..(byteOffset * 2)] + replacement + hex[(byteOffset * 2 + replacement.Length)..]);

    private static string SimpleHex => ToHex(TransactionTests.Simple().ToArray());

    [Fact]
    public void Version_must_be_zero() =>
        Assert.Contains("version", Assert.Throws<FormatException>(() => Transaction.Parse(Replace(SimpleHex, 0, "01"))).Message);

    [Fact]
    public void Fees_must_not_be_negative()
    {
        Assert.Contains("system fee", Assert.Throws<FormatException>(() => Transaction.Parse(Replace(SimpleHex, 5, "ffffffffffffffff"))).Message);
        Assert.Contains("network fee", Assert.Throws<FormatException>(() => Transaction.Parse(Replace(SimpleHex, 13, "ffffffffffffffff"))).Message);
        // Sum overflow: both at long.MaxValue.
        var overflow = Replace(ToHex(Replace(SimpleHex, 5, "ffffffffffffff7f")), 13, "ffffffffffffff7f");
        Assert.Contains("overflows", Assert.Throws<FormatException>(() => Transaction.Parse(overflow)).Message);
    }

    [Fact]
    public void Script_must_be_1_to_65535_bytes()
    {
        var empty = new Transaction { Signers = TransactionTests.Simple().Signers, Script = ReadOnlyMemory<byte>.Empty, Witnesses = [Witness.Empty] };
        Assert.Contains("empty", Assert.Throws<FormatException>(() => Transaction.Parse(empty.ToArray())).Message);
        var max = new Transaction { Signers = TransactionTests.Simple().Signers, Script = new byte[ushort.MaxValue], Witnesses = [Witness.Empty] };
        Assert.Equal(ushort.MaxValue, Transaction.Parse(max.ToArray()).Script.Length);
        var tooLong = new Transaction { Signers = TransactionTests.Simple().Signers, Script = new byte[ushort.MaxValue + 1], Witnesses = [Witness.Empty] };
        Assert.Throws<FormatException>(() => Transaction.Parse(tooLong.ToArray()));
    }

    [Fact]
    public void Witness_scripts_are_at_most_1024_bytes()
    {
        var ok = new Witness(new byte[1024], new byte[1024]);
        Assert.Equal(1024, Witness.Deserialize(new NeoBinaryReader(NeoBinaryWriter.Serialize(ok))).InvocationScript.Length);
        Assert.Throws<FormatException>(() => Witness.Deserialize(new NeoBinaryReader(NeoBinaryWriter.Serialize(new Witness(new byte[1025], new byte[0])))));
        Assert.Throws<FormatException>(() => Witness.Deserialize(new NeoBinaryReader(NeoBinaryWriter.Serialize(new Witness(new byte[0], new byte[1025])))));
    }

    [Fact]
    public void More_witnesses_than_signers_is_rejected() =>
        Assert.Throws<FormatException>(() => Transaction.Parse(TransactionTests.Simple(witnesses: [Witness.Empty, Witness.Empty]).ToArray()));

    [Fact]
    public void Size_limit_is_checked_on_request()
    {
        var big = new Transaction { Signers = TransactionTests.Simple().Signers, Script = new byte[ushort.MaxValue], Witnesses = [new Witness(new byte[1024], new byte[1024])] };
        big.EnsureWithinSizeLimit();
        var signers = Enumerable.Range(0, 2).Select(i => new Signer(Runtime.Models.UInt160.Parse(i.ToString("X40")), WitnessScope.None)).ToArray();
        var witnesses = Enumerable.Repeat(new Witness(new byte[1024], new byte[1024]), 2).ToArray();
        var twoSigners = new Transaction { Signers = signers, Script = new byte[ushort.MaxValue], Witnesses = witnesses };
        Assert.True(twoSigners.Size < Transaction.MaxTransactionSize);
        // A 40000-byte oracle result pushes it past 102400 bytes.
        var oracle = new Runtime.Payloads.Attributes.OracleResponseAttribute(1, Runtime.Payloads.Attributes.OracleResponseCode.Success, new byte[40000]);
        var huge = new Transaction { Signers = signers, Script = new byte[ushort.MaxValue], Attributes = [oracle], Witnesses = witnesses };
        Assert.True(huge.Size > Transaction.MaxTransactionSize);
        Assert.Throws<FormatException>(huge.EnsureWithinSizeLimit);
    }

    [Fact]
    public void Truncated_transaction_is_rejected()
    {
        var bytes = TransactionTests.Simple().ToArray();
        for (var length = 0; length < bytes.Length; length++)
            Assert.Throws<FormatException>(() => Transaction.Parse(bytes.AsMemory(0, length)));
    }
}
