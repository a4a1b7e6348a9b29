using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Contracts;

public class ScriptEmitterTests
{
    // neo-vm ScriptBuilder.EmitPush(BigInteger): PUSHM1/PUSH0-16, else the smallest PUSHINT with sign padding.
    [Theory]
    [InlineData("-1", "0f")]
    [InlineData("0", "10")]
    [InlineData("16", "20")]
    [InlineData("17", "0011")]
    [InlineData("127", "007f")]
    [InlineData("128", "018000")]
    [InlineData("-2", "00fe")]
    [InlineData("-128", "0080")]
    [InlineData("-129", "017fff")]
    [InlineData("255", "01ff00")]
    [InlineData("65535", "02ffff0000")]
    [InlineData("2147483647", "02ffffff7f")]
    [InlineData("2147483648", "030000008000000000")]
    [InlineData("-9223372036854775808", "030000000000000080")]
    [InlineData("9223372036854775808", "040000000000000080" + "0000000000000000")]
    public void Minimal_integer_pushes(string value, string hex) =>
        Assert.Equal(hex, ToHex(new ScriptEmitter().EmitPush(BigInteger.Parse(value)).ToArray()));

    [Fact]
    public void Pushint256_and_overflow()
    {
        var max = BigInteger.Pow(2, 255) - 1;
        Assert.Equal(33, new ScriptEmitter().EmitPush(max).ToArray().Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScriptEmitter().EmitPush(BigInteger.Pow(2, 255)));
    }

    [Fact]
    public void Pushdata_prefixes()
    {
        Assert.Equal("0c00", ToHex(new ScriptEmitter().EmitPush(ReadOnlySpan<byte>.Empty).ToArray()));
        Assert.Equal("0cff", ToHex(new ScriptEmitter().EmitPush(new byte[255]).ToArray().AsSpan(0, 2)));
        Assert.Equal("0d0001", ToHex(new ScriptEmitter().EmitPush(new byte[256]).ToArray().AsSpan(0, 3)));
        Assert.Equal("0e00000100", ToHex(new ScriptEmitter().EmitPush(new byte[65536]).ToArray().AsSpan(0, 5)));
        Assert.Equal("0c03e4b8ad", ToHex(new ScriptEmitter().EmitPush("中").ToArray()));
    }

    // Interop ids of the reference §2.5 (the SYSCALL operand bytes).
    [Theory]
    [InlineData("System.Crypto.CheckSig", "56e7b327")]
    [InlineData("System.Crypto.CheckMultisig", "9ed0dc3a")]
    [InlineData("System.Contract.Call", "627d5b52")]
    [InlineData("System.Runtime.CheckWitness", "f827ec8c")]
    [InlineData("System.Storage.Put", "e63f1884")]
    public void Syscall_ids(string name, string bytes) =>
        Assert.Equal("41" + bytes, ToHex(new ScriptEmitter().EmitSyscall(name).ToArray()));
}
