using System;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Where a signer's witness is valid.</summary>
    [Flags]
    public enum WitnessScope : byte
    {
        None = 0,
        CalledByEntry = 0x01,
        CustomContracts = 0x10,
        CustomGroups = 0x20,
        WitnessRules = 0x40,
        Global = 0x80,
    }
}
