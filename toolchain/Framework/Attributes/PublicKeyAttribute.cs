using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Shorthand for [InitialValue(value, ContractParameterType.PublicKey)]: a hex compressed public key.</summary>
    [AttributeUsage(AttributeTargets.Field)]
    public class PublicKeyAttribute(string value) : InitialValueAttribute(value, ContractParameterType.PublicKey)
    {
    }
}
