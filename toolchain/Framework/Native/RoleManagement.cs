using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>RoleManagement (id -8): nodes designated per role from a block index on. Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0x49cf4e5378ffcd4dec034fd98a174c5491e395e2")]
    public class RoleManagement
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        public static extern ECPoint[] GetDesignatedByRole(Role role, uint index);
    }
}
