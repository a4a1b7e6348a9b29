namespace Protocol.Services.CoverageOracle.Hosting;

/// <summary>
/// Named points in the rewarder and the submitter where a test can make the process "die" (throw) to prove a restart
/// loses and duplicates nothing. The production instance does nothing at them.
/// </summary>
public class FaultPoints
{
    /// <summary>After an epoch's rewards, tree and signature are computed, before they are stored.</summary>
    public const string BeforeEpochStored = "rewards:before-store";

    /// <summary>After a submitRoot transaction is signed and stored, before it is broadcast.</summary>
    public const string BeforeBroadcast = "submit:before-broadcast";

    public virtual void Hit(string point)
    {
    }
}
