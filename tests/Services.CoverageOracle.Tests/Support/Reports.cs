using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.CoverageOracle.Tests.Support;

/// <summary>Builds signed canonical beacon and witness reports as hotspot firmware would, from published entropy.</summary>
public static class Reports
{
    public const ulong Frequency = 904_100_000;

    public static BeaconReport Beacon(TestHotspot hotspot, uint network, Entropy entropy, long timestampMs, byte[]? local = null)
    {
        local ??= [0xde, 0xad, 0xbe, 0xef];
        return new BeaconReport(hotspot.Id, network, timestampMs, entropy.StartMs, entropy.Data, local,
            BeaconPayload.Expected(hotspot.Id, entropy.StartMs, entropy.Data, local), Frequency, 27);
    }

    public static WitnessReport Witness(TestHotspot witness, uint network, BeaconReport beacon, long timestampMs, int signalDeciDbm = -1100) =>
        new(witness.Id, network, timestampMs, beacon.Data, beacon.FrequencyHz, signalDeciDbm, 55);

    public static byte[] Signed(BeaconReport report, TestHotspot hotspot) => ReportEncoding.Encode(ReportSigning.Sign(report, hotspot.Key));

    public static byte[] Signed(WitnessReport report, TestHotspot hotspot) => ReportEncoding.Encode(ReportSigning.Sign(report, hotspot.Key));
}
