using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Shorthand for [InitialValue(value, ContractParameterType.Integer)]: a decimal integer.</summary>
    [AttributeUsage(AttributeTargets.Field)]
    public class IntegerAttribute(string value) : InitialValueAttribute(value, ContractParameterType.Integer)
    {
    }
}
