using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>A manifest trust: a contract hash, group key or "*" whose calls this contract accepts.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public class ContractTrustAttribute : Attribute
    {
        public ContractTrustAttribute(string contractOrGroup)
        {
        }
    }
}
