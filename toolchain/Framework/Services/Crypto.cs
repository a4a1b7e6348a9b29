using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>Signature checks over the script container's sign data (network magic ‖ hash).</summary>
    public static class Crypto
    {
        [Syscall("System.Crypto.CheckSig")]
        public static extern bool CheckSig(ECPoint pubkey, ByteString signature);

        [Syscall("System.Crypto.CheckMultisig")]
        public static extern bool CheckMultisig(ECPoint[] pubkeys, ByteString[] signatures);
    }
}
