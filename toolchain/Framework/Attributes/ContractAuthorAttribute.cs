using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Manifest extra "Author" (and "E-mail" with the second form).</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class ContractAuthorAttribute : ManifestExtraAttribute
    {
        public ContractAuthorAttribute(string author) : base(AttributeType[nameof(ContractAuthorAttribute)], author)
        {
        }

        public ContractAuthorAttribute(string author, string email) : base(AttributeType[nameof(ContractAuthorAttribute)], author, email)
        {
        }
    }
}
