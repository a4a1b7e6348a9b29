using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Toolchain.Runtime.Tests.Contracts;

public class InteropIdTests
{
    // Interop ids of reference §2.5 (the SYSCALL operand bytes, little-endian).
    [Theory]
    [InlineData("System.Crypto.CheckSig", "56e7b327")]
    [InlineData("System.Crypto.CheckMultisig", "9ed0dc3a")]
    [InlineData("System.Contract.Call", "627d5b52")]
    [InlineData("System.Runtime.CheckWitness", "f827ec8c")]
    [InlineData("System.Storage.Put", "e63f1884")]
    [InlineData("System.Storage.Local.Get", "d58d5ee8")]
    public void Syscall_ids(string name, string bytes) =>
        Assert.Equal(bytes, Convert.ToHexString(BitConverter.GetBytes(InteropIds.Of(name))).ToLowerInvariant());
}
