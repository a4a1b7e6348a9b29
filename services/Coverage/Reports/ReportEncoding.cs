using System.Text;

namespace Protocol.Services.Coverage.Reports;

/// <summary>
/// The canonical, version-1 byte encoding of beacon and witness reports (README.md "Canonical encoding", byte by byte).
/// A report is: u8 domain length ‖ ASCII domain ‖ fields in a fixed order (integers fixed-width little-endian, byte
/// strings as u8 length ‖ bytes). The hotspot signs SHA-256 of exactly these bytes; the signed form appends the 64-byte
/// r‖s signature. Decoding is strict: a wrong domain, an over-long field, a bad key prefix or trailing bytes throw
/// <see cref="FormatException"/>, so every report has exactly one encoding.
/// </summary>
public static class ReportEncoding
{
    public const string BeaconDomain = "BME-POC-BEACON-v1";
    public const string WitnessDomain = "BME-POC-WITNESS-v1";

    public const int SignatureLength = 64;
    public const int MaxRemoteEntropyLength = 64;
    public const int MaxLocalEntropyLength = 32;
    public const int MaxDataLength = 64;

    private static readonly byte[] BeaconDomainBytes = Encoding.ASCII.GetBytes(BeaconDomain);
    private static readonly byte[] WitnessDomainBytes = Encoding.ASCII.GetBytes(WitnessDomain);

    /// <summary>The bytes the beaconer signs.</summary>
    public static byte[] Encode(BeaconReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = new CanonicalWriter(192);
        Domain(w, BeaconDomainBytes);
        Key(w, report.Hotspot, nameof(report.Hotspot));
        w.U32(report.Network);
        w.I64(report.TimestampMs);
        w.I64(report.EntropyStartMs);
        if (report.RemoteEntropy is null || report.RemoteEntropy.Length == 0)
            throw new FormatException("RemoteEntropy takes 1 to 64 bytes, got none.");
        w.VarBytes(report.RemoteEntropy, MaxRemoteEntropyLength, nameof(report.RemoteEntropy));
        w.VarBytes(report.LocalEntropy ?? [], MaxLocalEntropyLength, nameof(report.LocalEntropy));
        w.VarBytes(report.Data ?? [], MaxDataLength, nameof(report.Data));
        w.U64(report.FrequencyHz);
        w.I32(report.TxPowerDbm);
        return w.ToArray();
    }

    /// <summary>The bytes the witness signs.</summary>
    public static byte[] Encode(WitnessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = new CanonicalWriter(144);
        Domain(w, WitnessDomainBytes);
        Key(w, report.Witness, nameof(report.Witness));
        w.U32(report.Network);
        w.I64(report.TimestampMs);
        if (report.BeaconData is null || report.BeaconData.Length == 0)
            throw new FormatException("BeaconData takes 1 to 64 bytes, got none.");
        w.VarBytes(report.BeaconData, MaxDataLength, nameof(report.BeaconData));
        w.U64(report.FrequencyHz);
        w.I32(report.SignalDeciDbm);
        w.I32(report.SnrDeciDb);
        return w.ToArray();
    }

    /// <summary>Encoding ‖ signature: what a hotspot sends.</summary>
    public static byte[] Encode(SignedBeacon signed)
    {
        ArgumentNullException.ThrowIfNull(signed);
        return Append(Encode(signed.Report), signed.Signature);
    }

    /// <summary>Encoding ‖ signature: what a hotspot sends.</summary>
    public static byte[] Encode(SignedWitness signed)
    {
        ArgumentNullException.ThrowIfNull(signed);
        return Append(Encode(signed.Report), signed.Signature);
    }

    /// <summary>Decodes a signed beacon (does not check the signature: see <see cref="ReportSigning"/>).</summary>
    public static SignedBeacon DecodeBeacon(ReadOnlySpan<byte> encoded)
    {
        var r = new CanonicalReader(encoded);
        ExpectDomain(ref r, BeaconDomainBytes);
        var report = new BeaconReport(
            Hotspot: ReadKey(ref r, "Hotspot"),
            Network: r.U32("Network"),
            TimestampMs: r.I64("TimestampMs"),
            EntropyStartMs: r.I64("EntropyStartMs"),
            RemoteEntropy: r.VarBytes(MaxRemoteEntropyLength, "RemoteEntropy"),
            LocalEntropy: r.VarBytes(MaxLocalEntropyLength, "LocalEntropy"),
            Data: r.VarBytes(MaxDataLength, "Data"),
            FrequencyHz: r.U64("FrequencyHz"),
            TxPowerDbm: r.I32("TxPowerDbm"));
        if (report.RemoteEntropy.Length == 0) throw new FormatException("RemoteEntropy takes 1 to 64 bytes, got none.");
        var signature = r.Bytes(SignatureLength, "Signature").ToArray();
        r.End();
        return new SignedBeacon(report, signature);
    }

    /// <summary>Decodes a signed witness (does not check the signature: see <see cref="ReportSigning"/>).</summary>
    public static SignedWitness DecodeWitness(ReadOnlySpan<byte> encoded)
    {
        var r = new CanonicalReader(encoded);
        ExpectDomain(ref r, WitnessDomainBytes);
        var report = new WitnessReport(
            Witness: ReadKey(ref r, "Witness"),
            Network: r.U32("Network"),
            TimestampMs: r.I64("TimestampMs"),
            BeaconData: r.VarBytes(MaxDataLength, "BeaconData"),
            FrequencyHz: r.U64("FrequencyHz"),
            SignalDeciDbm: r.I32("SignalDeciDbm"),
            SnrDeciDb: r.I32("SnrDeciDb"));
        if (report.BeaconData.Length == 0) throw new FormatException("BeaconData takes 1 to 64 bytes, got none.");
        var signature = r.Bytes(SignatureLength, "Signature").ToArray();
        r.End();
        return new SignedWitness(report, signature);
    }

    private static void Domain(CanonicalWriter w, byte[] domain)
    {
        w.Bytes([(byte)domain.Length]);
        w.Bytes(domain);
    }

    private static void Key(CanonicalWriter w, HotspotKey key, string field)
    {
        if (key.IsDefault) throw new FormatException($"{field} is missing.");
        w.Bytes(key.Span);
    }

    private static void ExpectDomain(ref CanonicalReader r, byte[] domain)
    {
        var length = r.Bytes(1, "domain length")[0];
        var actual = r.Bytes(length, "domain");
        if (!actual.SequenceEqual(domain))
            throw new FormatException($"Expected the domain \"{Encoding.ASCII.GetString(domain)}\", got \"{Encoding.ASCII.GetString(actual)}\".");
    }

    private static HotspotKey ReadKey(ref CanonicalReader r, string field) => new(r.Bytes(HotspotKey.Length, field));

    private static byte[] Append(byte[] unsigned, byte[] signature)
    {
        if (signature is null || signature.Length != SignatureLength)
            throw new FormatException($"A signature takes {SignatureLength} bytes (r‖s), got {signature?.Length ?? 0}.");
        var all = new byte[unsigned.Length + SignatureLength];
        unsigned.CopyTo(all, 0);
        signature.CopyTo(all, unsigned.Length);
        return all;
    }
}
