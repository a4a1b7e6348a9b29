using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Tests.Support;
using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.Coverage.Tests.Verification;

/// <summary>One test per witness rejection reason; the beacon stays valid throughout.</summary>
public class WitnessVerificationTests
{
    private readonly PocScenario _s = new();

    public WitnessVerificationTests()
    {
        _s.RegisterWitness(0);
        _s.RegisterWitness(5);
    }

    /// <summary>Verifies w0 (bent) next to w5 (valid), checks the beacon stays valid, and returns w0's verdict.</summary>
    private WitnessVerdict VerdictOf(ReceivedWitness bent)
    {
        var verdict = _s.Verify(bent, _s.Witness("w5", delayMs: 700));
        Assert.True(verdict.BeaconIsValid, verdict.BeaconReason.ToString());
        Assert.Equal(WitnessStatus.Selected, verdict.Witnesses[1].Status);
        return verdict.Witnesses[0];
    }

    private void AssertInvalid(RejectionReason reason, ReceivedWitness bent)
    {
        var verdict = VerdictOf(bent);
        Assert.Equal((WitnessStatus.Invalid, reason), (verdict.Status, verdict.Reason));
        Assert.False(verdict.IsValid);
    }

    [Fact]
    public void Accepts_a_valid_witness()
    {
        var verdict = VerdictOf(_s.Witness("w0"));
        Assert.Equal((WitnessStatus.Selected, RejectionReason.None), (verdict.Status, verdict.Reason));
    }

    [Fact]
    public void Wrong_network() => AssertInvalid(RejectionReason.WrongNetwork, _s.Witness("w0", change: r => r with { Network = 1 }));

    [Fact]
    public void Gateway_not_found() => AssertInvalid(RejectionReason.GatewayNotFound, _s.Witness("stranger"));

    [Fact]
    public void Not_asserted()
    {
        _s.View[TestKeys.Key("w0")] = _s.View[TestKeys.Key("w0")] with { Location = 0 };
        AssertInvalid(RejectionReason.NotAsserted, _s.Witness("w0"));
    }

    [Fact]
    public void Denied()
    {
        _s.View.Deny(TestKeys.Key("w0"));
        AssertInvalid(RejectionReason.Denied, _s.Witness("w0"));
    }

    [Fact]
    public void Denied_edge_in_either_direction()
    {
        _s.View.DenyEdge(TestKeys.Key("w0"), _s.Beaconer);
        AssertInvalid(RejectionReason.DeniedEdge, _s.Witness("w0"));
    }

    [Fact]
    public void Self_witness_is_dropped_not_invalid()
    {
        var verdict = _s.Verify(_s.Witness(_s.BeaconerName), _s.Witness("w5"));
        Assert.True(verdict.BeaconIsValid);
        Assert.Equal((WitnessStatus.Dropped, RejectionReason.SelfWitness), (verdict.Witnesses[0].Status, verdict.Witnesses[0].Reason));
        Assert.Equal([TestKeys.Key("w5")], verdict.Selected);
        Assert.DoesNotContain(verdict.Updates, u => u.Hotspot == _s.Beaconer && u.Kind == FactKind.LastValidWitness);
    }

    [Fact]
    public void Entropy_expired_for_a_witness_after_the_window()
    {
        _s.BeaconReceived = _s.EntropyStart + 179_000;
        var verdict = _s.Verify(_s.Witness("w0", delayMs: 1_001), _s.Witness("w5", delayMs: 700));
        Assert.True(verdict.BeaconIsValid);
        Assert.Equal((WitnessStatus.Invalid, RejectionReason.EntropyExpired), (verdict.Witnesses[0].Status, verdict.Witnesses[0].Reason));
        Assert.Equal(WitnessStatus.Selected, verdict.Witnesses[1].Status);
    }

    [Theory]
    [InlineData(4_000, true)]
    [InlineData(4_001, false)]
    public void Too_late_after_the_beacon(long delayMs, bool valid)
    {
        var verdict = VerdictOf(_s.Witness("w0", delayMs));
        Assert.Equal(valid ? RejectionReason.None : RejectionReason.TooLate, verdict.Reason);
    }

    [Fact]
    public void Too_late_after_the_first_witness_when_a_witness_beat_the_beacon()
    {
        _s.RegisterWitness(10);
        var verdict = _s.Verify(
            _s.Witness("w5", delayMs: -100),   // arrived before the beacon: the 1500 ms rule applies
            _s.Witness("w0", delayMs: 1_400),  // 1500 ms after the first witness: in time
            _s.Witness("w10", delayMs: 1_401)); // 1501 ms: too late
        Assert.True(verdict.BeaconIsValid);
        Assert.Equal(RejectionReason.None, verdict.Witnesses[0].Reason);
        Assert.Equal(RejectionReason.None, verdict.Witnesses[1].Reason);
        Assert.Equal(RejectionReason.TooLate, verdict.Witnesses[2].Reason);
    }

    [Fact]
    public void Data_mismatch() => AssertInvalid(RejectionReason.DataMismatch, _s.Witness("w0", change: r => r with { BeaconData = new byte[32] }));

    [Fact]
    public void Data_only_hotspots_do_not_witness()
    {
        _s.View[TestKeys.Key("w0")] = _s.View[TestKeys.Key("w0")] with { DataOnly = true };
        AssertInvalid(RejectionReason.DataOnly, _s.Witness("w0"));
    }

    [Theory]
    [InlineData(100_000, true)]
    [InlineData(100_001, false)]
    [InlineData(-100_001, false)]
    public void Frequency_within_100_kHz(long deltaHz, bool valid)
    {
        var verdict = VerdictOf(_s.Witness("w0", change: r => r with { FrequencyHz = (ulong)((long)PocScenario.Frequency + deltaHz) }));
        Assert.Equal(valid ? RejectionReason.None : RejectionReason.InvalidFrequency, verdict.Reason);
    }

    [Fact]
    public void Below_min_distance()
    {
        _s.Register("neighbour", PocScenario.LocationAt(0.1, 0)); // 100 m: about 2 resolution-11 cells
        AssertInvalid(RejectionReason.BelowMinDistance, _s.Witness("neighbour"));
    }

    [Fact]
    public void Above_max_distance()
    {
        _s.Register("faraway", PocScenario.LocationAt(0, 150));
        AssertInvalid(RejectionReason.AboveMaxDistance, _s.Witness("faraway", change: r => r with { SignalDeciDbm = -1300 }));
    }

    [Fact]
    public void Bad_rssi()
    {
        // About 2 km at 904.1 MHz: FSPL ≈ 97.6 dB, so at most 27 + 1 + 1 − 97.6 ≈ −68.6 dBm can arrive; −50 dBm cannot.
        AssertInvalid(RejectionReason.BadRssi, _s.Witness("w0", change: r => r with { SignalDeciDbm = -500 }));
    }

    [Fact]
    public void Duplicate_report_from_one_witness()
    {
        var verdict = _s.Verify(_s.Witness("w0", delayMs: 600, change: r => r with { SnrDeciDb = 1 }), _s.Witness("w0", delayMs: 500), _s.Witness("w5"));
        Assert.Equal((WitnessStatus.Invalid, RejectionReason.Duplicate), (verdict.Witnesses[0].Status, verdict.Witnesses[0].Reason));
        Assert.Equal(WitnessStatus.Selected, verdict.Witnesses[1].Status); // the first to arrive counts
        Assert.Equal(2, verdict.Selected.Count);
    }

    [Fact]
    public void No_recent_beacon_by_the_witness()
    {
        _s.View[TestKeys.Key("w0")] = _s.View[TestKeys.Key("w0")] with { LastBeaconWithWitnessMs = _s.BeaconReceived - 49 * 3_600_000L };
        var verdict = _s.Verify(_s.Witness("w0"), _s.Witness("w5", delayMs: 700));
        Assert.Equal((WitnessStatus.Invalid, RejectionReason.NoRecentBeacon), (verdict.Witnesses[0].Status, verdict.Witnesses[0].Reason));
        // It passed the regular checks: its last-valid-witness time advances all the same.
        Assert.Contains(new FactUpdate(TestKeys.Key("w0"), FactKind.LastValidWitness, _s.BeaconReceived + 500), verdict.Updates);
    }

    [Fact]
    public void Rssi_bound_matches_the_reference_vector()
    {
        // helium/oracles poc.rs test_calc_expected_rssi: tx 12 dBm, gains 8.1 and 8.3 dBi, 508 m, 867.900024 MHz.
        Assert.Equal(-57.334232963418515, RadioPhysics.MaxPlausibleSignalDbm(12, 81, 83, 508, 867_900_024), 9);
        Assert.True(RadioPhysics.IsPlausible(-574, 12, 81, 83, 508, 867_900_024));
        Assert.False(RadioPhysics.IsPlausible(-573, 12, 81, 83, 508, 867_900_024));
    }

    [Fact]
    public void Gains_are_floored_to_whole_dbi()
    {
        Assert.Equal(8, RadioPhysics.FloorTenths(89));
        Assert.Equal(0, RadioPhysics.FloorTenths(0));
        Assert.Equal(-1, RadioPhysics.FloorTenths(-5));
        Assert.Equal(-2, RadioPhysics.FloorTenths(-11));
    }
}
