using Neo.SmartContract.Framework.Services;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>ContractManagement (id -1): deploy, update, destroy and look up contracts. Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0xfffdc93764dbaddd97c48f252a53ea4643faa3fd")]
    public class ContractManagement
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        public static extern long GetMinimumDeploymentFee();

        public static extern Contract GetContract(UInt160 hash);

        /// <summary>Echidna+.</summary>
        public static extern bool IsContract(UInt160 hash);

        public static extern Contract GetContractById(int id);

        public static extern Iterator<(int, UInt160)> GetContractHashes();

        public static extern bool HasMethod(UInt160 hash, string method, int pcount);

        public static extern Contract Deploy(ByteString nefFile, string manifest, object? data = null);

        /// <summary>Updates the calling contract; a null part is kept.</summary>
        public static extern void Update(ByteString? nefFile, string? manifest, object? data = null);

        /// <summary>Destroys the calling contract.</summary>
        public static extern void Destroy();
    }
}
