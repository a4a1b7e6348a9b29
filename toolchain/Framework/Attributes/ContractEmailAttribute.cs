using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Manifest extra "E-mail".</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class ContractEmailAttribute : ManifestExtraAttribute
    {
        public ContractEmailAttribute(string value) : base(AttributeType[nameof(ContractEmailAttribute)], value)
        {
        }
    }
}
