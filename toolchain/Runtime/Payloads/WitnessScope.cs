namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>Signer scopes; ToString gives Neo's JSON text ("CalledByEntry, CustomContracts").</summary>
[Flags]
public enum WitnessScope : byte
{
    None = 0,
    CalledByEntry = 0x01,
    CustomContracts = 0x10,
    CustomGroups = 0x20,
    WitnessRules = 0x40,
    /// <summary>Must stand alone.</summary>
    Global = 0x80,
}
