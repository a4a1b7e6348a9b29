using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Tests.Support;
using static Protocol.Services.Coverage.Tests.Reports.EncodingVectors;

namespace Protocol.Services.Coverage.Tests.Reports;

public class ReportEncodingTests
{
    [Fact]
    public void Beacon_encoding_is_byte_exact()
    {
        Assert.Equal(BeaconHex, Convert.ToHexString(ReportEncoding.Encode(Beacon)).ToLowerInvariant());
        Assert.Equal(154, ReportEncoding.Encode(Beacon).Length);
    }

    [Fact]
    public void Witness_encoding_is_byte_exact()
    {
        Assert.Equal(WitnessHex, Convert.ToHexString(ReportEncoding.Encode(Witness)).ToLowerInvariant());
        Assert.Equal(113, ReportEncoding.Encode(Witness).Length);
    }

    [Fact]
    public void Ids_are_sha256_of_the_unsigned_encoding()
    {
        Assert.Equal(BeaconId, Convert.ToHexString(ReportIds.Of(Beacon)).ToLowerInvariant());
        Assert.Equal(WitnessId, Convert.ToHexString(ReportIds.Of(Witness)).ToLowerInvariant());
    }

    [Fact]
    public void Two_signatures_of_one_report_share_its_id()
    {
        var a = ReportSigning.Sign(Beacon, Pair);
        var b = ReportSigning.Sign(Beacon, Pair);
        Assert.NotEqual(a.Signature, b.Signature); // ECDSA here is randomised
        Assert.Equal(ReportIds.Of(a.Report), ReportIds.Of(b.Report));
    }

    [Fact]
    public void Payload_rule_matches_the_hand_computed_hash()
    {
        Assert.Equal(Payload, Convert.ToHexString(BeaconPayload.Expected(Beacon)).ToLowerInvariant());
        Assert.False(BeaconPayload.Matches(Beacon));
        Assert.True(BeaconPayload.Matches(Beacon with { Data = Convert.FromHexString(Payload) }));
    }

    [Fact]
    public void Signed_beacon_round_trips()
    {
        var signed = ReportSigning.Sign(Beacon, Pair);
        var bytes = ReportEncoding.Encode(signed);
        Assert.Equal(154 + 64, bytes.Length);
        var back = ReportEncoding.DecodeBeacon(bytes);
        Assert.Equal(bytes, ReportEncoding.Encode(back));
        Assert.Equal(signed.Signature, back.Signature);
        Assert.Equal(Beacon.Hotspot, back.Report.Hotspot);
        Assert.Equal(Beacon.RemoteEntropy, back.Report.RemoteEntropy);
        Assert.Equal(Beacon.TxPowerDbm, back.Report.TxPowerDbm);
        Assert.True(ReportSigning.Verify(back));
    }

    [Fact]
    public void Signed_witness_round_trips()
    {
        var signed = ReportSigning.Sign(Witness, Pair);
        var back = ReportEncoding.DecodeWitness(ReportEncoding.Encode(signed));
        Assert.Equal(ReportEncoding.Encode(signed), ReportEncoding.Encode(back));
        Assert.Equal(-1005, back.Report.SignalDeciDbm);
        Assert.Equal(-75, back.Report.SnrDeciDb);
        Assert.True(ReportSigning.Verify(back));
    }

    [Fact]
    public void Empty_local_entropy_encodes_as_a_zero_length()
    {
        var report = Beacon with { LocalEntropy = [] };
        var back = ReportEncoding.DecodeBeacon(ReportEncoding.Encode(ReportSigning.Sign(report, Pair)));
        Assert.Empty(back.Report.LocalEntropy);
    }

    [Theory]
    [InlineData("trailing")]
    [InlineData("truncated")]
    [InlineData("domain")]
    [InlineData("key prefix")]
    [InlineData("overlong remote")]
    [InlineData("empty remote")]
    [InlineData("witness as beacon")]
    public void Decoding_is_strict(string defect)
    {
        var good = ReportEncoding.Encode(ReportSigning.Sign(Beacon, Pair));
        byte[] bad = defect switch
        {
            "trailing" => [.. good, 0],
            "truncated" => good[..^1],
            "domain" => Patch(good, 17, (byte)'2'),              // "…-v2"
            "key prefix" => Patch(good, 18, 0x04),
            "overlong remote" => Patch(good, 71, 65),
            "empty remote" => Patch(good, 71, 0),
            "witness as beacon" => ReportEncoding.Encode(ReportSigning.Sign(Witness, Pair)),
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };
        Assert.Throws<FormatException>(() => ReportEncoding.DecodeBeacon(bad));
    }

    [Fact]
    public void Encoding_refuses_fields_beyond_their_limits()
    {
        Assert.Throws<FormatException>(() => ReportEncoding.Encode(Beacon with { LocalEntropy = new byte[33] }));
        Assert.Throws<FormatException>(() => ReportEncoding.Encode(Beacon with { Data = new byte[65] }));
        Assert.Throws<FormatException>(() => ReportEncoding.Encode(Beacon with { RemoteEntropy = [] }));
        Assert.Throws<FormatException>(() => ReportEncoding.Encode(Witness with { BeaconData = [] }));
        Assert.Throws<FormatException>(() => ReportEncoding.Encode(new SignedBeacon(Beacon, new byte[63])));
    }

    [Fact]
    public void Hotspot_keys_compare_by_bytes()
    {
        var a = TestKeys.Key("a");
        var again = new HotspotKey(a.ToArray());
        Assert.Equal(a, again);
        Assert.Equal(a.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(a, TestKeys.Key("b"));
        Assert.Equal(a.ToString(), HotspotKey.Parse(a.ToString()).ToString());
        Assert.Throws<FormatException>(() => new HotspotKey(new byte[32]));
    }

    private static byte[] Patch(byte[] bytes, int offset, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[offset] = value;
        return copy;
    }
}
