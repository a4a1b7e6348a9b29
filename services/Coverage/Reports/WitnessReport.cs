namespace Protocol.Services.Coverage.Reports;

/// <summary>
/// What a hotspot signs when it heard another's beacon (README.md "Witness report" gives the bytes). The oracle adds
/// the receipt time (<see cref="ReceivedWitness"/>).
/// </summary>
/// <param name="Witness">The witness's key (signs the report).</param>
/// <param name="Network">Neo network magic the report is for.</param>
/// <param name="TimestampMs">The witness's clock at reception, Unix ms. Informational.</param>
/// <param name="BeaconData">The payload it received (1–64 bytes); must equal the beacon's <c>Data</c>.</param>
/// <param name="FrequencyHz">Frequency it received on, Hz.</param>
/// <param name="SignalDeciDbm">RSSI in tenths of a dBm (−1205 = −120.5 dBm).</param>
/// <param name="SnrDeciDb">SNR in tenths of a dB. Recorded, not checked (as the reference).</param>
public sealed record WitnessReport(
    HotspotKey Witness,
    uint Network,
    long TimestampMs,
    byte[] BeaconData,
    ulong FrequencyHz,
    int SignalDeciDbm,
    int SnrDeciDb);

/// <summary>A witness report and the witness's 64-byte r‖s secp256r1 signature over SHA-256 of its encoding.</summary>
public sealed record SignedWitness(WitnessReport Report, byte[] Signature);

/// <summary>A signed witness as the ingest endpoint accepted it, with its receipt time (Unix ms, the oracle's clock).</summary>
public sealed record ReceivedWitness(SignedWitness Signed, long ReceivedMs)
{
    public WitnessReport Report => Signed.Report;
}
