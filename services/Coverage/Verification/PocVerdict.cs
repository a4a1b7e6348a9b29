using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Rewards;

namespace Protocol.Services.Coverage.Verification;

/// <summary>What became of one witness report.</summary>
public enum WitnessStatus
{
    /// <summary>Valid and among the first <see cref="PocSettings.MaxWitnessesPerPoc"/> to arrive: rewarded.</summary>
    Selected = 0,
    /// <summary>Valid but arrived after the selected ones: not rewarded.</summary>
    Unselected = 1,
    /// <summary>Refused; <see cref="WitnessVerdict.Reason"/> says why.</summary>
    Invalid = 2,
    /// <summary>Discarded without a verdict of its own (a self-witness); keep it out of the PoC lists.</summary>
    Dropped = 3,
}

/// <summary>The verdict on one witness report.</summary>
public sealed record WitnessVerdict(ReceivedWitness Witness, WitnessStatus Status, RejectionReason Reason)
{
    public bool IsValid => Status is WitnessStatus.Selected or WitnessStatus.Unselected;
}

/// <summary>
/// The verdict on one beacon and the witness reports of its data.
/// </summary>
/// <param name="Beacon">The beacon.</param>
/// <param name="BeaconReason"><see cref="RejectionReason.None"/> when the beacon is valid.</param>
/// <param name="BeaconerLocation">The beaconer's asserted cell (0 when unknown): its hex scale applies to the whole PoC.</param>
/// <param name="Witnesses">One verdict per witness report, in the order they were passed in.</param>
/// <param name="Selected">The rewarded witnesses, first to arrive first.</param>
/// <param name="Updates">The per-hotspot times to advance before verifying the next PoC.</param>
public sealed record PocVerdict(
    ReceivedBeacon Beacon,
    RejectionReason BeaconReason,
    ulong BeaconerLocation,
    IReadOnlyList<WitnessVerdict> Witnesses,
    IReadOnlyList<HotspotKey> Selected,
    IReadOnlyList<FactUpdate> Updates)
{
    public bool BeaconIsValid => BeaconReason == RejectionReason.None;

    /// <summary>The beaconer's reward units (fixed point), 0 for an invalid beacon.</summary>
    public long BeaconerUnits => BeaconIsValid ? RewardUnits.Beaconer(Selected.Count) : 0;

    /// <summary>Each selected witness's reward units (fixed point), 0 for an invalid beacon or no witness.</summary>
    public long WitnessUnits => BeaconIsValid && Selected.Count > 0 ? RewardUnits.PerWitness(Selected.Count) : 0;
}
