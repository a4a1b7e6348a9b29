using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Marks a method safe in the ABI: callers may call it with read-only flags.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false)]
    public class SafeAttribute : Attribute
    {
    }
}
