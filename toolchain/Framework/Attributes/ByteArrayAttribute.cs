using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Shorthand for [InitialValue(value, ContractParameterType.ByteArray)]: hex bytes.</summary>
    [AttributeUsage(AttributeTargets.Field)]
    public class ByteArrayAttribute(string value) : InitialValueAttribute(value, ContractParameterType.ByteArray)
    {
    }
}
