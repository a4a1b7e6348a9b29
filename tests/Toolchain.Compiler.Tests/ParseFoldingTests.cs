using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>
/// Parse on a constant string is computed at compile time: each folded value must be byte-identical to what the
/// framework's run-time code returns for the same text, and text the run-time code rejects keeps the call (it FAULTs
/// when run, as before).
/// </summary>
public class ParseFoldingTests
{
    private const string Framework = "Neo.SmartContract.Framework.";

    // An address of version 0x35 for a hash whose bytes are 01 02 … 14 (little-endian, as Neo stores it).
    private static readonly string AddressText = Address.FromScriptHash(new Runtime.Models.UInt160(Enumerable.Range(1, 20).Select(i => (byte)i).ToArray()));

    // The secp256r1 generator, compressed.
    private const string Key = "036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296";

    public static TheoryData<string, string> Texts => new()
    {
        { "UInt160", AddressText },
        { "UInt160", "0x0102030405060708090a0b0c0d0e0f1011121314" },
        { "UInt160", "0X0102030405060708090A0B0C0D0E0F1011121314" },
        { "UInt160", "0102030405060708090a0b0c0d0e0f1011121314" },
        { "UInt256", "0x" + string.Concat(Enumerable.Range(1, 32).Select(i => i.ToString("x2"))) },
        { "UInt256", string.Concat(Enumerable.Range(1, 32).Select(i => i.ToString("X2"))) },
        { "ECPoint", Key },
        { "ECPoint", "0x" + Key },
        { "ECPoint", "04" + Key[2..] }, // Parse checks only the length, not the curve
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_constant_folds_to_the_bytes_the_run_time_parse_returns(string type, string text)
    {
        var code = new Differential($$"""
            public static {{Framework}}{{type}} Constant() => {{Framework}}{{type}}.Parse("{{text}}");
            public static {{Framework}}{{type}} AtRunTime(string text) => {{Framework}}{{type}}.Parse(text);
            """);
        var folded = code.Neo("Constant");
        Assert.Equal(Vm.Types.StackItemType.ByteString, folded.Type);
        Assert.Equal(code.Neo("AtRunTime", text).GetSpan().ToArray(), folded.GetSpan().ToArray());
        // Alone, the constant call is one PUSHDATA: no base58CheckDecode, no hex loop, Parse itself is not compiled in.
        var alone = new Differential($$"""
            public static {{Framework}}{{type}} Constant() => {{Framework}}{{type}}.Parse("{{text}}");
            """);
        Assert.Empty(alone.Compiled.Nef.Tokens);
        Assert.True(alone.Compiled.Nef.Script.Length <= 36, alone.Compiled.Listing);
    }

    [Fact]
    public void A_static_readonly_field_parsed_from_a_constant_needs_no_initialize()
    {
        var code = new Differential($$"""
            static readonly {{Framework}}UInt160 Owner = {{Framework}}UInt160.Parse("{{AddressText}}");
            static readonly {{Framework}}ECPoint Point = {{Framework}}ECPoint.Parse("{{Key}}");
            static readonly BigInteger Big = BigInteger.Parse("-120");
            public static {{Framework}}UInt160 GetOwner() => Owner;
            public static {{Framework}}ECPoint GetPoint() => Point;
            public static BigInteger GetBig() => Big + 3;
            """);
        Assert.DoesNotContain(code.Compiled.Manifest.Abi.Methods, m => m.Name == "_initialize");
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (byte)i).ToArray(), code.Neo("GetOwner").GetSpan().ToArray());
        Assert.Equal(Convert.FromHexString(Key), code.Neo("GetPoint").GetSpan().ToArray());
        Assert.Equal(new BigInteger(-117), code.Neo("GetBig").GetInteger());
    }

    /// <summary>Text the run-time code rejects is not folded: the call stays and FAULTs as it always did.</summary>
    [Theory]
    [InlineData("UInt160", "0x0102")]                // hex of the wrong length
    [InlineData("UInt160", "0x01020304050607080g0a0b0c0d0e0f1011121314")] // not hex, not 34 characters
    [InlineData("UInt256", "0x0102030405060708090a0b0c0d0e0f1011121314")] // 20 bytes
    [InlineData("ECPoint", "036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2")] // 32 bytes
    public void Text_the_run_time_parse_rejects_still_faults(string type, string text)
    {
        var code = new Differential($$"""
            public static {{Framework}}{{type}} Constant() => {{Framework}}{{type}}.Parse("{{text}}");
            """);
        Assert.Throws<Testing.TestFaultException>(() => code.Neo("Constant"));
    }

    [Fact]
    public void An_address_with_a_bad_checksum_still_faults_in_stdlib()
    {
        var bad = AddressText[..^1] + (AddressText[^1] == 'a' ? 'b' : 'a');
        var code = new Differential($$"""
            public static {{Framework}}UInt160 Constant() => {{Framework}}UInt160.Parse("{{bad}}");
            """);
        Assert.Single(code.Compiled.Nef.Tokens); // base58CheckDecode: the run-time path
        Assert.Throws<Testing.TestFaultException>(() => code.Neo("Constant"));
    }

    [Fact]
    public void Integer_parse_of_a_constant_folds_within_the_type_and_keeps_the_run_time_check_outside()
    {
        var code = new Differential("""
            public static int Int() => int.Parse("-2147483648");
            public static byte Byte() => byte.Parse("255");
            public static BigInteger Big() => BigInteger.Parse("123456789012345678901234567890");
            public static int TooBig() => int.Parse("2147483648");
            public static int NotANumber() => int.Parse("12a");
            """);
        Assert.Equal(int.MinValue, (int)code.Same("Int")!);
        Assert.Equal((byte)255, (byte)code.Same("Byte")!);
        Assert.Equal(BigInteger.Parse("123456789012345678901234567890"), (BigInteger)code.Same("Big")!);
        Assert.Throws<Testing.TestFaultException>(() => code.Neo("TooBig"));
        Assert.Throws<Testing.TestFaultException>(() => code.Neo("NotANumber"));
        Assert.Single(code.Compiled.Nef.Tokens); // atoi, for the two that stay
    }
}
