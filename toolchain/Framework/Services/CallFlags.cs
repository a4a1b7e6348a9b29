using System;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>What a called contract may do.</summary>
    [Flags]
    public enum CallFlags : byte
    {
        None = 0,
        ReadStates = 1,
        WriteStates = 2,
        AllowCall = 4,
        AllowNotify = 8,
        States = ReadStates | WriteStates,
        ReadOnly = ReadStates | AllowCall,
        All = States | AllowCall | AllowNotify,
    }
}
