using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Standards listed in the manifest's supportedstandards.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public class SupportedStandardsAttribute : Attribute
    {
        public SupportedStandardsAttribute(params string[] supportedStandards)
        {
        }

        public SupportedStandardsAttribute(params NepStandard[] supportedStandards)
        {
        }
    }
}
