using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Binds a class to a deployed contract by hash ("0x…", big-endian text): its extern static members compile to CALLT.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class ContractAttribute : Attribute
    {
        public ContractAttribute(string hash)
        {
        }
    }
}
