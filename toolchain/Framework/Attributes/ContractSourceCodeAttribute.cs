using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Manifest extra "Sourcecode"; also the NEF source field.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class ContractSourceCodeAttribute : ManifestExtraAttribute
    {
        public ContractSourceCodeAttribute(string url) : base(AttributeType[nameof(ContractSourceCodeAttribute)], url)
        {
        }
    }
}
