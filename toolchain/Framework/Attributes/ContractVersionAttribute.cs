using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Manifest extra "Version" (otherwise the project version).</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class ContractVersionAttribute : ManifestExtraAttribute
    {
        public ContractVersionAttribute(string value) : base(AttributeType[nameof(ContractVersionAttribute)], value)
        {
        }
    }
}
