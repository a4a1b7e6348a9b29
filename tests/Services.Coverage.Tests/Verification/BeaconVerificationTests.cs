using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Rewards;
using Protocol.Services.Coverage.Tests.Support;
using Protocol.Services.Coverage.Verification;
using static Protocol.Services.H3.H3;

namespace Protocol.Services.Coverage.Tests.Verification;

/// <summary>One test per beacon rejection reason, each bending one fact of an otherwise valid PoC.</summary>
public class BeaconVerificationTests
{
    private readonly PocScenario _s = new();

    private PocVerdict VerifyWithOneWitness()
    {
        _s.RegisterWitness(0);
        return _s.Verify(_s.Witness("w0"));
    }

    [Fact]
    public void Accepts_a_valid_beacon_and_its_witness()
    {
        var verdict = VerifyWithOneWitness();
        Assert.True(verdict.BeaconIsValid, RejectionReasons.Message(verdict.BeaconReason));
        var witness = Assert.Single(verdict.Witnesses);
        Assert.Equal(WitnessStatus.Selected, witness.Status);
        Assert.Equal(RejectionReason.None, witness.Reason);
        Assert.Equal([TestKeys.Key("w0")], verdict.Selected);
        Assert.Equal(Fixed.One / 4, verdict.BeaconerUnits);
        Assert.Equal(Fixed.One, verdict.WitnessUnits);
        Assert.Equal(_s.View[_s.Beaconer].Location, verdict.BeaconerLocation);
        Assert.Contains(new FactUpdate(_s.Beaconer, FactKind.LastBeacon, _s.BeaconReceived), verdict.Updates);
        Assert.Contains(new FactUpdate(_s.Beaconer, FactKind.LastBeaconWithWitness, _s.BeaconReceived), verdict.Updates);
        Assert.Contains(new FactUpdate(TestKeys.Key("w0"), FactKind.LastValidWitness, _s.BeaconReceived + 500), verdict.Updates);
    }

    private void AssertRefused(RejectionReason reason, PocVerdict verdict)
    {
        Assert.Equal(reason, verdict.BeaconReason);
        Assert.Empty(verdict.Selected);
        Assert.Equal(0, verdict.BeaconerUnits);
        Assert.All(verdict.Witnesses, w => Assert.Equal((WitnessStatus.Invalid, RejectionReason.BeaconInvalid), (w.Status, w.Reason)));
        Assert.NotEmpty(RejectionReasons.Message(reason));
    }

    [Fact]
    public void Wrong_network()
    {
        _s.RegisterWitness(0);
        var verdict = _s.Verify(_s.Beacon(r => r with { Network = 894710606 }), _s.Witness("w0"));
        AssertRefused(RejectionReason.WrongNetwork, verdict);
        Assert.Empty(verdict.Updates); // a report for another network changes nothing here
    }

    [Fact]
    public void Gateway_not_found()
    {
        _s.View.Remove(_s.Beaconer);
        var verdict = VerifyWithOneWitness();
        AssertRefused(RejectionReason.GatewayNotFound, verdict);
        Assert.Empty(verdict.Updates);
    }

    [Fact]
    public void Not_asserted()
    {
        _s.View[_s.Beaconer] = _s.View[_s.Beaconer] with { Location = 0 };
        AssertRefused(RejectionReason.NotAsserted, VerifyWithOneWitness());
    }

    [Fact]
    public void A_location_coarser_than_resolution_11_is_not_asserted()
    {
        _s.View[_s.Beaconer] = _s.View[_s.Beaconer] with { Location = CellToParent(_s.View[_s.Beaconer].Location, 10) };
        AssertRefused(RejectionReason.NotAsserted, VerifyWithOneWitness());
    }

    [Fact]
    public void Denied()
    {
        _s.View.Deny(_s.Beaconer);
        AssertRefused(RejectionReason.Denied, VerifyWithOneWitness());
    }

    [Fact]
    public void Unknown_entropy()
    {
        _s.Entropy = null;
        AssertRefused(RejectionReason.UnknownEntropy, VerifyWithOneWitness());
    }

    [Fact]
    public void Entropy_the_service_published_with_other_data_is_unknown()
    {
        _s.Entropy = new Entropy(new byte[32], PocScenario.DefaultEntropyStart);
        AssertRefused(RejectionReason.UnknownEntropy, VerifyWithOneWitness());
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(180_000, true)]
    [InlineData(180_001, false)]
    public void Entropy_window_is_start_to_start_plus_180_s_inclusive(long offsetMs, bool valid)
    {
        _s.BeaconReceived = PocScenario.DefaultEntropyStart + offsetMs;
        _s.RegisterWitness(0);
        var verdict = _s.Verify(_s.Witness("w0", delayMs: 0));
        if (valid) Assert.True(verdict.BeaconIsValid, verdict.BeaconReason.ToString());
        else AssertRefused(RejectionReason.EntropyExpired, verdict);
    }

    [Fact]
    public void Data_only_hotspots_do_not_beacon()
    {
        _s.View[_s.Beaconer] = _s.View[_s.Beaconer] with { DataOnly = true };
        AssertRefused(RejectionReason.DataOnly, VerifyWithOneWitness());
    }

    [Fact]
    public void Irregular_interval_and_the_last_beacon_still_advances()
    {
        var windowStart = _s.BeaconReceived / 21_600_000 * 21_600_000;
        _s.View[_s.Beaconer] = _s.View[_s.Beaconer] with { LastBeaconMs = windowStart };
        var verdict = VerifyWithOneWitness();
        AssertRefused(RejectionReason.IrregularInterval, verdict);
        Assert.Equal([new FactUpdate(_s.Beaconer, FactKind.LastBeacon, _s.BeaconReceived)], verdict.Updates);
    }

    [Fact]
    public void The_last_millisecond_of_the_previous_window_allows_a_beacon()
    {
        var windowStart = _s.BeaconReceived / 21_600_000 * 21_600_000;
        _s.View[_s.Beaconer] = _s.View[_s.Beaconer] with { LastBeaconMs = windowStart - 1 };
        Assert.True(VerifyWithOneWitness().BeaconIsValid);
    }

    [Fact]
    public void Invalid_payload_when_data_is_not_the_entropy_hash()
    {
        _s.RegisterWitness(0);
        var beacon = _s.Beacon(r => r with { Data = new byte[32] });
        AssertRefused(RejectionReason.InvalidPayload, _s.Verify(beacon, _s.Witness("w0")));
    }

    [Fact]
    public void Invalid_payload_when_the_claimed_entropy_start_is_not_the_published_one()
    {
        _s.RegisterWitness(0);
        // Data consistent with the claimed start, but the start differs from the entropy service's.
        var beacon = _s.Beacon(r => r with
        {
            EntropyStartMs = r.EntropyStartMs - 1,
            Data = BeaconPayload.Expected(r.Hotspot, r.EntropyStartMs - 1, r.RemoteEntropy, r.LocalEntropy),
        });
        AssertRefused(RejectionReason.InvalidPayload, _s.Verify(beacon, _s.Witness("w0")));
    }

    [Fact]
    public void No_recent_witness_by_the_beaconer()
    {
        _s.View[_s.Beaconer] = _s.View[_s.Beaconer] with { LastValidWitnessMs = _s.BeaconReceived - 48 * 3_600_000L };
        var verdict = VerifyWithOneWitness();
        AssertRefused(RejectionReason.NoRecentWitness, verdict);
        // The witness passed its own checks, so its time and the beaconer's beacon-with-witness time still advance.
        Assert.Contains(verdict.Updates, u => u.Kind == FactKind.LastValidWitness);
        Assert.Contains(verdict.Updates, u => u.Kind == FactKind.LastBeaconWithWitness);
    }

    [Fact]
    public void A_beaconer_that_never_witnessed_fails_reciprocity()
    {
        _s.View[_s.Beaconer] = _s.View[_s.Beaconer] with { LastValidWitnessMs = null };
        AssertRefused(RejectionReason.NoRecentWitness, VerifyWithOneWitness());
    }

    [Fact]
    public void A_valid_beacon_without_witnesses_earns_nothing()
    {
        var verdict = _s.Verify();
        Assert.True(verdict.BeaconIsValid);
        Assert.Equal(0, verdict.BeaconerUnits);
        Assert.DoesNotContain(verdict.Updates, u => u.Kind == FactKind.LastBeaconWithWitness);
    }

    [Fact]
    public void Every_reason_has_its_own_one_sentence_message()
    {
        var messages = Enum.GetValues<RejectionReason>().Select(RejectionReasons.Message).ToList();
        Assert.All(messages, m => Assert.EndsWith(".", m));
        Assert.Equal(messages.Count, messages.Distinct().Count());
    }
}
