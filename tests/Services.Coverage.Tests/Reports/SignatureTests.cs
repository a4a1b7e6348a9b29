using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Tests.Support;
using Protocol.Services.Coverage.Verification;
using static Protocol.Services.Coverage.Tests.Reports.EncodingVectors;

namespace Protocol.Services.Coverage.Tests.Reports;

public class SignatureTests
{
    [Fact]
    public void Signature_verifies_over_sha256_of_the_encoding_with_the_toolchain_ecdsa()
    {
        var signed = ReportSigning.Sign(Beacon, Pair);
        Assert.True(Protocol.Toolchain.Runtime.Cryptography.Ecdsa.Verify(ReportEncoding.Encode(Beacon), signed.Signature, Pair.PublicKey));
        Assert.True(ReportSigning.Verify(signed));
    }

    [Theory]
    [InlineData(18 + 5)]   // inside the key
    [InlineData(51)]       // network
    [InlineData(60)]       // timestamp
    [InlineData(80)]       // remote entropy
    [InlineData(106)]      // local entropy
    [InlineData(130)]      // data
    [InlineData(145)]      // frequency
    [InlineData(152)]      // tx power
    [InlineData(154)]      // first byte of r
    [InlineData(154 + 63)] // last byte of s
    public void Any_flipped_bit_of_a_signed_beacon_fails(int offset)
    {
        var bytes = ReportEncoding.Encode(ReportSigning.Sign(Beacon, Pair));
        bytes[offset] ^= 0x01;
        var intake = ReportIntake.Beacon(bytes, Beacon.Network);
        Assert.NotEqual(RejectionReason.None, intake.Reason);
        Assert.Contains(intake.Reason, new[] { RejectionReason.BadSignature, RejectionReason.Malformed, RejectionReason.WrongNetwork });
    }

    [Fact]
    public void Tampered_witness_fields_fail()
    {
        var signed = ReportSigning.Sign(Witness, Pair);
        Assert.True(ReportSigning.Verify(signed));
        Assert.False(ReportSigning.Verify(signed with { Report = signed.Report with { SignalDeciDbm = -1004 } }));
        Assert.False(ReportSigning.Verify(signed with { Report = signed.Report with { FrequencyHz = 904_100_001 } }));
        Assert.False(ReportSigning.Verify(signed with { Report = signed.Report with { BeaconData = new byte[32] } }));
    }

    [Fact]
    public void Another_hotspots_signature_fails()
    {
        var forged = new SignedBeacon(Beacon, TestKeys.Pair("mallory").Sign(ReportEncoding.Encode(Beacon)));
        Assert.False(ReportSigning.Verify(forged));
        Assert.Equal(RejectionReason.BadSignature, ReportIntake.Beacon(ReportEncoding.Encode(forged), Beacon.Network).Reason);
        Assert.Throws<ArgumentException>(() => ReportSigning.Sign(Beacon, TestKeys.Pair("mallory")));
    }

    [Fact]
    public void A_key_with_no_point_or_a_short_signature_is_simply_invalid()
    {
        // x = 1 has no point on secp256r1 (1 − 3 + b is not a square mod p).
        var noPoint = new HotspotKey(Convert.FromHexString("020000000000000000000000000000000000000000000000000000000000000001"));
        Assert.Throws<FormatException>(() => noPoint.ToPoint());
        Assert.False(ReportSigning.Verify(new SignedBeacon(Beacon with { Hotspot = noPoint }, new byte[64])));
        Assert.False(ReportSigning.Verify(new SignedBeacon(Beacon, new byte[10])));
    }

    [Fact]
    public void Intake_accepts_a_good_report_and_names_each_refusal()
    {
        var beacon = ReportEncoding.Encode(ReportSigning.Sign(Beacon, Pair));
        var witness = ReportEncoding.Encode(ReportSigning.Sign(Witness, Pair));
        Assert.True(ReportIntake.Beacon(beacon, 860833102).IsAccepted);
        Assert.True(ReportIntake.Witness(witness, 860833102).IsAccepted);
        Assert.Equal(RejectionReason.WrongNetwork, ReportIntake.Beacon(beacon, 894710606).Reason);
        Assert.Equal(RejectionReason.WrongNetwork, ReportIntake.Witness(witness, 894710606).Reason);
        Assert.Equal(RejectionReason.Malformed, ReportIntake.Beacon(witness, 860833102).Reason);
        Assert.Equal(RejectionReason.Malformed, ReportIntake.Witness([1, 2, 3], 860833102).Reason);
    }
}
