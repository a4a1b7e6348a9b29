using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>On a static extern UInt160 property of a [Contract] class: pushes that contract's hash.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public class ContractHashAttribute : Attribute
    {
    }
}
