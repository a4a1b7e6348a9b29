namespace Neo.SmartContract.Framework.Services
{
    /// <summary>Why the script runs (Runtime.Trigger).</summary>
    public enum TriggerType : byte
    {
        OnPersist = 0x01,
        PostPersist = 0x02,
        Verification = 0x20,
        Application = 0x40,
        System = OnPersist | PostPersist,
        All = System | Verification | Application,
    }
}
