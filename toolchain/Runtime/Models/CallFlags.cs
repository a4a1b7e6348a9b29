namespace Protocol.Toolchain.Runtime.Models;

/// <summary>What a called context may do. The names are Neo's, so ToString gives Neo's JSON text ("All", "ReadOnly, AllowNotify").</summary>
[Flags]
public enum CallFlags : byte
{
    None = 0,
    ReadStates = 0b0000_0001,
    WriteStates = 0b0000_0010,
    AllowCall = 0b0000_0100,
    AllowNotify = 0b0000_1000,
    States = ReadStates | WriteStates,
    ReadOnly = ReadStates | AllowCall,
    All = States | AllowCall | AllowNotify,
}
