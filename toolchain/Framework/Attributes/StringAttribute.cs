using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Shorthand for [InitialValue(value, ContractParameterType.String)]: a string.</summary>
    [AttributeUsage(AttributeTargets.Field)]
    public class StringAttribute(string value) : InitialValueAttribute(value, ContractParameterType.String)
    {
    }
}
