using System;

namespace Neo.SmartContract.Framework
{
    /// <summary>Contract values for [ContractPermission].</summary>
    public static class Permission
    {
        [Obsolete("Use Any.")]
        public const string WildCard = "*";
        public const string Any = "*";
    }
}
