namespace Protocol.Services.Coverage.Reports;

/// <summary>
/// What a hotspot signs when it transmits a proof-of-coverage beacon (README.md "Beacon report" gives the bytes).
/// The oracle adds the time it received the report (<see cref="ReceivedBeacon"/>); gain, elevation and location are
/// registry facts, not report fields.
/// </summary>
/// <param name="Hotspot">The beaconer's key (signs the report).</param>
/// <param name="Network">Neo network magic the report is for (reports for another network are refused).</param>
/// <param name="TimestampMs">The hotspot's clock at transmission, Unix ms. Informational: windows use received times.</param>
/// <param name="EntropyStartMs">Start of the remote entropy's validity, Unix ms, as the entropy service published it.</param>
/// <param name="RemoteEntropy">The entropy service's value (1–64 bytes): nobody can know it before EntropyStartMs.</param>
/// <param name="LocalEntropy">The hotspot's own nonce (0–32 bytes), so two beacons on one entropy differ.</param>
/// <param name="Data">The transmitted LoRa payload: must equal <see cref="BeaconPayload.Expected"/> (32 bytes).</param>
/// <param name="FrequencyHz">Transmit frequency, Hz.</param>
/// <param name="TxPowerDbm">Conducted transmit power, dBm (antenna gain excluded; it comes from the registry).</param>
public sealed record BeaconReport(
    HotspotKey Hotspot,
    uint Network,
    long TimestampMs,
    long EntropyStartMs,
    byte[] RemoteEntropy,
    byte[] LocalEntropy,
    byte[] Data,
    ulong FrequencyHz,
    int TxPowerDbm);

/// <summary>A beacon report and the hotspot's 64-byte r‖s secp256r1 signature over SHA-256 of its encoding.</summary>
public sealed record SignedBeacon(BeaconReport Report, byte[] Signature);

/// <summary>A signed beacon as the ingest endpoint accepted it, with its receipt time (Unix ms, the oracle's clock).</summary>
public sealed record ReceivedBeacon(SignedBeacon Signed, long ReceivedMs)
{
    public BeaconReport Report => Signed.Report;
}
