using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.Coverage.Reports;

/// <summary>
/// The payload rule (version 1). A beacon's transmitted data must be
/// <c>SHA-256(u8 15 ‖ "BME-POC-DATA-v1" ‖ i64le(entropyStartMs) ‖ u8 len ‖ remoteEntropy ‖ u8 len ‖ localEntropy ‖ key33)</c>,
/// all 32 bytes. It binds the transmission to entropy nobody knew before <c>entropyStartMs</c> (so beacons cannot be
/// prepared in advance) and to the beaconer's key (so one hotspot cannot replay another's beacon as its own). The
/// reference regenerates a whole LoRa beacon from region parameters; that shrinks here to this hash (helium-oracles.md §3a).
/// </summary>
public static class BeaconPayload
{
    public const string Domain = "BME-POC-DATA-v1";
    public const int Length = 32;

    public static byte[] Expected(HotspotKey hotspot, long entropyStartMs, ReadOnlySpan<byte> remoteEntropy, ReadOnlySpan<byte> localEntropy)
    {
        if (remoteEntropy.Length is 0 or > ReportEncoding.MaxRemoteEntropyLength)
            throw new ArgumentException("Remote entropy takes 1 to 64 bytes.", nameof(remoteEntropy));
        if (localEntropy.Length > ReportEncoding.MaxLocalEntropyLength)
            throw new ArgumentException("Local entropy takes at most 32 bytes.", nameof(localEntropy));
        var w = new CanonicalWriter(160);
        w.Bytes([(byte)Domain.Length]);
        w.Bytes(System.Text.Encoding.ASCII.GetBytes(Domain));
        w.I64(entropyStartMs);
        w.VarBytes(remoteEntropy, ReportEncoding.MaxRemoteEntropyLength, "remote entropy");
        w.VarBytes(localEntropy, ReportEncoding.MaxLocalEntropyLength, "local entropy");
        w.Bytes(hotspot.Span);
        return Hashes.Sha256(w.ToArray());
    }

    /// <summary>The payload the report should carry, from its own entropy fields.</summary>
    public static byte[] Expected(BeaconReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Expected(report.Hotspot, report.EntropyStartMs, report.RemoteEntropy, report.LocalEntropy ?? []);
    }

    /// <summary>True when the report's data is the expected payload.</summary>
    public static bool Matches(BeaconReport report) =>
        report.Data is { Length: Length } && report.Data.AsSpan().SequenceEqual(Expected(report));
}
