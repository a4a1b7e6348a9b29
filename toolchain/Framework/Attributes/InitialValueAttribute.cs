using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Initialises a static field at compile time from text of the given type (address or hex to Hash160, hex to PublicKey …).</summary>
    [AttributeUsage(AttributeTargets.Field)]
    public class InitialValueAttribute : Attribute
    {
        public InitialValueAttribute(string value, ContractParameterType type)
        {
        }

        public InitialValueAttribute(string value)
        {
        }
    }
}
