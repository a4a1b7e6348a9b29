using System;
using System.Collections.Generic;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>A key/value pair in the manifest's "extra" object (a second value is joined by the compiler).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public class ManifestExtraAttribute : Attribute
    {
        public ManifestExtraAttribute(string key, string value)
        {
        }

        public ManifestExtraAttribute(string key, string value, string value2)
        {
        }

        /// <summary>The "extra" key each shorthand attribute writes.</summary>
        internal static readonly Dictionary<string, string> AttributeType = new()
        {
            [nameof(ContractAuthorAttribute)] = "Author",
            [nameof(ContractEmailAttribute)] = "E-mail",
            [nameof(ContractDescriptionAttribute)] = "Description",
            [nameof(ContractVersionAttribute)] = "Version",
            [nameof(ContractSourceCodeAttribute)] = "Sourcecode",
        };
    }
}
