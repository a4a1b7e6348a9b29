using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;

namespace Protocol.Toolchain.Runtime.Tests.Nef;

public class MethodTokenTests
{
    private static byte[] NefWithTokens(int count, Action<NeoBinaryWriter> writeToken) => NefFileTests.Build(w =>
    {
        w.WriteUInt32(NefFile.Magic);
        w.WriteFixedString("test", 64);
        w.WriteVarString("");
        w.WriteByte(0);
        w.WriteVarInt(count);
        for (var i = 0; i < count; i++) writeToken(w);
        w.WriteUInt16(0);
        w.WriteVarBytes([0x40]);
    });

    private static Action<NeoBinaryWriter> Token(string method = "transfer", byte flags = 0x0F, byte hasReturn = 1) => w =>
    {
        w.WriteBytes(new byte[20]);
        w.WriteVarString(method);
        w.WriteUInt16(4);
        w.WriteByte(hasReturn);
        w.WriteByte(flags);
    };

    [Fact]
    public void Valid_token_round_trips()
    {
        var bytes = NefWithTokens(1, Token());
        var nef = NefFile.Parse(bytes);
        var token = Assert.Single(nef.Tokens);
        Assert.Equal("transfer", token.Method);
        Assert.Equal(4, token.ParametersCount);
        Assert.True(token.HasReturnValue);
        Assert.Equal(CallFlags.All, token.CallFlags);
        Assert.Equal(UInt160.Zero, token.Hash);
        Assert.Equal(bytes, nef.ToArray());
    }

    [Fact]
    public void Method_starting_with_underscore_is_rejected() =>
        Assert.Contains("'_'", Assert.Throws<FormatException>(() => NefFile.Parse(NefWithTokens(1, Token("_deploy")))).Message);

    [Fact]
    public void Call_flags_outside_All_are_rejected() =>
        Assert.Throws<FormatException>(() => NefFile.Parse(NefWithTokens(1, Token(flags: 0x10))));

    [Fact]
    public void Has_return_value_must_be_a_boolean_byte() =>
        Assert.Throws<FormatException>(() => NefFile.Parse(NefWithTokens(1, Token(hasReturn: 2))));

    [Fact]
    public void Method_name_is_at_most_32_bytes()
    {
        Assert.Single(NefFile.Parse(NefWithTokens(1, Token(new string('m', 32)))).Tokens);
        Assert.Throws<FormatException>(() => NefFile.Parse(NefWithTokens(1, Token(new string('m', 33)))));
    }

    [Fact]
    public void At_most_128_tokens()
    {
        Assert.Equal(128, NefFile.Parse(NefWithTokens(128, Token())).Tokens.Count);
        Assert.Throws<FormatException>(() => NefFile.Parse(NefWithTokens(129, Token())));
    }
}
