using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Rewards;
using Protocol.Services.Coverage.Tests.Support;
using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.Coverage.Tests.Verification;

public class SelectionAndReciprocityTests
{
    [Fact]
    public void The_first_14_valid_witnesses_to_arrive_are_selected_whatever_the_input_order()
    {
        var s = new PocScenario();
        for (int i = 0; i < 17; i++) s.RegisterWitness(i);
        // Arrival times 100 ms apart in a scrambled order; w3 is invalid (bad data) and must not take a place.
        var delays = Enumerable.Range(0, 17).Select(i => (long)((i * 7 % 17) * 100 + 50)).ToArray();
        var witnesses = Enumerable.Range(0, 17)
            .Select(i => s.Witness($"w{i}", delays[i], i == 3 ? r => r with { BeaconData = new byte[32] } : null))
            .ToArray();
        var byArrival = Enumerable.Range(0, 17).Where(i => i != 3).OrderBy(i => delays[i]).Select(i => TestKeys.Key($"w{i}")).ToList();

        var verdict = s.Verify(witnesses);
        Assert.Equal(byArrival.Take(14), verdict.Selected);
        Assert.Equal(14, verdict.Witnesses.Count(w => w.Status == WitnessStatus.Selected));
        Assert.Equal(byArrival.Skip(14).ToHashSet(), verdict.Witnesses.Where(w => w.Status == WitnessStatus.Unselected).Select(w => w.Witness.Report.Witness).ToHashSet());
        Assert.Equal(RejectionReason.DataMismatch, verdict.Witnesses[3].Reason);
        Assert.Equal(RewardUnits.Beaconer(14), verdict.BeaconerUnits);
        Assert.Equal(RewardUnits.PerWitness(14), verdict.WitnessUnits);

        var reversed = s.Verify(witnesses.Reverse().ToArray());
        Assert.Equal(verdict.Selected, reversed.Selected);
    }

    [Fact]
    public void Ties_in_arrival_time_break_by_report_id()
    {
        var s = new PocScenario();
        for (int i = 0; i < 16; i++) s.RegisterWitness(i);
        var witnesses = Enumerable.Range(0, 16).Select(i => s.Witness($"w{i}", delayMs: 500)).ToArray();
        var expected = witnesses.OrderBy(w => Convert.ToHexString(ReportIds.Of(w.Report))).Take(14).Select(w => w.Report.Witness);
        Assert.Equal(expected, s.Verify(witnesses).Selected);
        Assert.Equal(expected, s.Verify(witnesses.Reverse().ToArray()).Selected);
    }

    [Fact]
    public void A_new_hotspot_earns_its_way_in_through_reciprocity()
    {
        var s = new PocScenario();
        var newcomer = s.Register("newcomer", PocScenario.LocationAt(2, 1), fresh: true);
        var beaconer = s.Beaconer;

        // 1. The newcomer witnesses an established beacon: physics passes, reciprocity does not (it never beaconed).
        var first = s.Verify(s.Witness("newcomer"));
        Assert.True(first.BeaconIsValid);
        Assert.Equal(RejectionReason.NoRecentBeacon, first.Witnesses[0].Reason);
        s.View.Apply(first.Updates);
        Assert.Equal(s.BeaconReceived + 500, s.View[newcomer].LastValidWitnessMs);

        // 2. Seven hours later the newcomer beacons and the old beaconer witnesses: it witnessed recently, so it is valid.
        s.Advance(7 * 3_600_000L);
        s.BeaconerName = "newcomer";
        var second = s.Verify(s.Witness("beaconer"));
        Assert.True(second.BeaconIsValid, second.BeaconReason.ToString());
        Assert.Equal([beaconer], second.Selected);
        s.View.Apply(second.Updates);
        Assert.Equal(s.BeaconReceived, s.View[newcomer].LastBeaconWithWitnessMs);

        // 3. Its next witness counts too.
        s.Advance(7 * 3_600_000L);
        s.BeaconerName = "beaconer";
        var third = s.Verify(s.Witness("newcomer"));
        Assert.Equal([newcomer], third.Selected);
    }

    [Fact]
    public void Reciprocity_expires_after_48_hours()
    {
        var s = new PocScenario();
        s.RegisterWitness(0);
        var w0 = TestKeys.Key("w0");
        s.View[w0] = s.View[w0] with { LastBeaconWithWitnessMs = s.BeaconReceived + 500 - 48 * 3_600_000L + 1 };
        Assert.Equal([w0], s.Verify(s.Witness("w0")).Selected);
        s.View[w0] = s.View[w0] with { LastBeaconWithWitnessMs = s.BeaconReceived + 500 - 48 * 3_600_000L };
        Assert.Equal(RejectionReason.NoRecentBeacon, s.Verify(s.Witness("w0")).Witnesses[0].Reason);
    }
}
