using Protocol.Services.Coverage.Reports;

namespace Protocol.Services.Coverage.Verification;

/// <summary>
/// Verifies one beacon with the witness reports that carry its data (helium-oracles.md §3a). Pure: the hotspot facts,
/// the entropy and all times are passed in, and the changes to the oracle's per-hotspot times come back as
/// <see cref="PocVerdict.Updates"/>.
/// <para>Steps:</para>
/// <list type="number">
/// <item>Regular beacon checks (<see cref="BeaconChecks"/>). A registered beaconer's last-beacon time advances whatever
/// the outcome (one attempt per 6-hour window). A refused beacon refuses every witness (<see cref="RejectionReason.BeaconInvalid"/>).</item>
/// <item>Witnesses in arrival order (receipt time, then report id): a second report from one hotspot is a
/// <see cref="RejectionReason.Duplicate"/>; the rest take the regular witness checks (<see cref="WitnessChecks"/>); a
/// self-witness is <see cref="WitnessStatus.Dropped"/>. Each witness that passes advances its last-valid-witness time.</item>
/// <item>If any witness passed, the beaconer's last-beacon-with-witness time advances.</item>
/// <item>HIP-106 reciprocity, judged on the facts as they were before this PoC: the beacon needs a valid witness by the
/// beaconer less than 48 h before it (else <see cref="RejectionReason.NoRecentWitness"/>, and its passing witnesses become
/// <see cref="RejectionReason.BeaconInvalid"/>); each passing witness needs a beacon-with-witness by its hotspot less
/// than 48 h before it (else <see cref="RejectionReason.NoRecentBeacon"/>). The times advance on the regular checks
/// alone, so a new hotspot earns its way in: its first beacon and witness fail reciprocity but record the times the
/// next ones need.</item>
/// <item>Of the valid witnesses, the first 14 to arrive are <see cref="WitnessStatus.Selected"/>, the rest Unselected.</item>
/// </list>
/// Stateless and thread-safe; the same inputs give the same verdict, whatever order the witnesses come in.
/// </summary>
public sealed class PocVerifier(PocSettings settings)
{
    public PocSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <param name="beacon">The beacon and its receipt time.</param>
    /// <param name="witnesses">Every witness report received with this beacon's data, in any order.</param>
    /// <param name="entropy">The entropy the service published with the beacon's remote entropy value; null when none.</param>
    /// <param name="view">Registry facts, denylist and per-hotspot times as of now.</param>
    public PocVerdict Verify(ReceivedBeacon beacon, IReadOnlyList<ReceivedWitness> witnesses, Entropy? entropy, IHotspotView view)
    {
        ArgumentNullException.ThrowIfNull(beacon);
        ArgumentNullException.ThrowIfNull(witnesses);
        ArgumentNullException.ThrowIfNull(view);
        var beaconer = beacon.Report.Hotspot;
        var registered = view.TryGetHotspot(beaconer, out var facts);
        var updates = new List<FactUpdate>();
        var reason = BeaconChecks.Check(Settings, beacon, entropy, view, registered, facts);
        if (registered && reason != RejectionReason.WrongNetwork)
            updates.Add(new FactUpdate(beaconer, FactKind.LastBeacon, beacon.ReceivedMs));

        var verdicts = new WitnessVerdict[witnesses.Count];
        if (reason != RejectionReason.None)
        {
            for (int i = 0; i < verdicts.Length; i++)
                verdicts[i] = new WitnessVerdict(witnesses[i], WitnessStatus.Invalid, RejectionReason.BeaconInvalid);
            return new PocVerdict(beacon, reason, facts.Location, verdicts, [], updates);
        }

        var order = ArrivalOrder(witnesses);
        long firstWitnessMs = order.Length > 0 ? witnesses[order[0]].ReceivedMs : long.MaxValue;
        var seen = new HashSet<HotspotKey>();
        var passed = new List<int>();
        foreach (var i in order)
        {
            var witness = witnesses[i];
            if (!seen.Add(witness.Report.Witness))
            {
                verdicts[i] = new WitnessVerdict(witness, WitnessStatus.Invalid, RejectionReason.Duplicate);
                continue;
            }
            var why = WitnessChecks.Check(Settings, beacon, facts, entropy!, witness, firstWitnessMs, view, out var witnessFacts);
            if (why == RejectionReason.SelfWitness)
                verdicts[i] = new WitnessVerdict(witness, WitnessStatus.Dropped, why);
            else if (why != RejectionReason.None)
                verdicts[i] = new WitnessVerdict(witness, WitnessStatus.Invalid, why);
            else
            {
                updates.Add(new FactUpdate(witness.Report.Witness, FactKind.LastValidWitness, witness.ReceivedMs));
                var reciprocal = Recent(witnessFacts.LastBeaconWithWitnessMs, witness.ReceivedMs);
                verdicts[i] = reciprocal
                    ? new WitnessVerdict(witness, WitnessStatus.Selected, RejectionReason.None)
                    : new WitnessVerdict(witness, WitnessStatus.Invalid, RejectionReason.NoRecentBeacon);
                if (reciprocal) passed.Add(i);
            }
        }
        if (updates.Exists(u => u.Kind == FactKind.LastValidWitness))
            updates.Add(new FactUpdate(beaconer, FactKind.LastBeaconWithWitness, beacon.ReceivedMs));

        if (!Recent(facts.LastValidWitnessMs, beacon.ReceivedMs))
        {
            foreach (var i in passed)
                verdicts[i] = verdicts[i] with { Status = WitnessStatus.Invalid, Reason = RejectionReason.BeaconInvalid };
            return new PocVerdict(beacon, RejectionReason.NoRecentWitness, facts.Location, verdicts, [], updates);
        }

        var selected = new List<HotspotKey>(Math.Min(passed.Count, Settings.MaxWitnessesPerPoc));
        foreach (var i in passed) // already in arrival order
        {
            if (selected.Count < Settings.MaxWitnessesPerPoc) selected.Add(witnesses[i].Report.Witness);
            else verdicts[i] = verdicts[i] with { Status = WitnessStatus.Unselected };
        }
        return new PocVerdict(beacon, RejectionReason.None, facts.Location, verdicts, selected, updates);
    }

    /// <summary>Whether an earlier time is less than the reciprocity window before <paramref name="nowMs"/>.</summary>
    private bool Recent(long? thenMs, long nowMs) => thenMs is long t && nowMs - t < Settings.ReciprocityWindowMs;

    /// <summary>Witness indices by receipt time, ties by report id (bytewise), so the input order never matters.</summary>
    private static int[] ArrivalOrder(IReadOnlyList<ReceivedWitness> witnesses)
    {
        var order = new int[witnesses.Count];
        var ids = new byte[witnesses.Count][];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            int c = witnesses[a].ReceivedMs.CompareTo(witnesses[b].ReceivedMs);
            if (c != 0 || a == b) return c;
            ids[a] ??= ReportIds.Of(witnesses[a].Report);
            ids[b] ??= ReportIds.Of(witnesses[b].Report);
            c = ids[a].AsSpan().SequenceCompareTo(ids[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }
}
