using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
#pragma warning disable CS8618 // filled by the VM (ContractManagement returns an Array in this field order)
    /// <summary>A deployed contract's state, and the contract-call syscalls.</summary>
    public class Contract
    {
        public readonly int Id;
        public readonly ushort UpdateCounter;
        public readonly UInt160 Hash;
        public readonly ByteString Nef;
        public readonly ContractManifest Manifest;

        /// <summary>Calls a method of another contract with the given flags; a method name starting with '_' is refused.</summary>
        [Syscall("System.Contract.Call")]
        public static extern object Call(UInt160 scriptHash, string method, CallFlags flags, params object?[]? args);

        [Syscall("System.Contract.GetCallFlags")]
        public static extern CallFlags GetCallFlags();

        /// <summary>The script hash of the single-signature account of a public key.</summary>
        [Syscall("System.Contract.CreateStandardAccount")]
        public static extern UInt160 CreateStandardAccount(ECPoint pubKey);

        /// <summary>The script hash of an m-of-n multi-signature account.</summary>
        [Syscall("System.Contract.CreateMultisigAccount")]
        public static extern UInt160 CreateMultisigAccount(int m, params ECPoint[] pubKey);
    }
#pragma warning restore CS8618
}
