using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>A manifest permission: a contract hash, group key or "*", and the methods it may call ("*" for all).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public class ContractPermissionAttribute : Attribute
    {
        public ContractPermissionAttribute(string contract, params string[] methods)
        {
        }
    }
}
