using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Backs a static auto-property with contract storage, under the given key (default: the property name).</summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = false)]
    public class StoredAttribute : Attribute
    {
        public StoredAttribute()
        {
        }

        public StoredAttribute(byte storageKey)
        {
        }

        public StoredAttribute(string storageKey)
        {
        }
    }
}
