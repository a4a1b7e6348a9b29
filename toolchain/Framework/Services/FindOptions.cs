using System;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>Storage.Find options; KeysOnly cannot be combined with the value options.</summary>
    [Flags]
    public enum FindOptions : byte
    {
        None = 0,
        KeysOnly = 1,
        RemovePrefix = 2,
        ValuesOnly = 4,
        DeserializeValues = 8,
        PickField0 = 16,
        PickField1 = 32,
        Backwards = 128,
    }
}
