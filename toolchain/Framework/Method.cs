using System;

namespace Neo.SmartContract.Framework
{
    /// <summary>Method names for [ContractPermission].</summary>
    public static class Method
    {
        [Obsolete("Use Any.")]
        public const string WildCard = "*";
        public const string Any = "*";
        public const string OnNEP17Payment = "onNEP17Payment";
        public const string OnNEP11Payment = "onNEP11Payment";
        public const string OnOracleResponse = "onOracleResponse";
    }
}
