namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>Why a script runs (reference §2.5).</summary>
[Flags]
public enum TriggerType : byte
{
    OnPersist = 0x01,
    PostPersist = 0x02,
    Verification = 0x20,
    Application = 0x40,
    System = OnPersist | PostPersist,
    All = OnPersist | PostPersist | Verification | Application,
}
