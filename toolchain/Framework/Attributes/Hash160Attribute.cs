using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Shorthand for [InitialValue(value, ContractParameterType.Hash160)]: an address or a big-endian hex script hash.</summary>
    [AttributeUsage(AttributeTargets.Field)]
    public class Hash160Attribute(string value) : InitialValueAttribute(value, ContractParameterType.Hash160)
    {
    }
}
