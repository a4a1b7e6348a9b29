using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.Coverage.Reports;

/// <summary>
/// Signatures of reports: ECDSA secp256r1 over SHA-256 of the canonical encoding, 64 bytes r‖s: what Neo's
/// <c>CryptoLib.verifyWithECDsa(encoding, key, signature, secp256r1SHA256)</c> accepts, so a contract could check a
/// report too. Hotspot firmware signs; the signing side here serves tests and load generators.
/// </summary>
public static class ReportSigning
{
    public static SignedBeacon Sign(BeaconReport report, KeyPair key)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(key);
        if (HotspotKey.From(key.PublicKey) != report.Hotspot)
            throw new ArgumentException("The key pair is not the beaconer's.", nameof(key));
        return new SignedBeacon(report, key.Sign(ReportEncoding.Encode(report)));
    }

    public static SignedWitness Sign(WitnessReport report, KeyPair key)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(key);
        if (HotspotKey.From(key.PublicKey) != report.Witness)
            throw new ArgumentException("The key pair is not the witness's.", nameof(key));
        return new SignedWitness(report, key.Sign(ReportEncoding.Encode(report)));
    }

    /// <summary>True when the signature is the beaconer's over this exact report. Never throws on bad input.</summary>
    public static bool Verify(SignedBeacon signed)
    {
        ArgumentNullException.ThrowIfNull(signed);
        return Verify(() => ReportEncoding.Encode(signed.Report), signed.Signature, signed.Report.Hotspot);
    }

    /// <summary>True when the signature is the witness's over this exact report. Never throws on bad input.</summary>
    public static bool Verify(SignedWitness signed)
    {
        ArgumentNullException.ThrowIfNull(signed);
        return Verify(() => ReportEncoding.Encode(signed.Report), signed.Signature, signed.Report.Witness);
    }

    private static bool Verify(Func<byte[]> encode, byte[]? signature, HotspotKey key)
    {
        if (signature is null || signature.Length != Ecdsa.SignatureLength || key.IsDefault) return false;
        byte[] message;
        ECPoint point;
        try
        {
            message = encode();
            point = key.ToPoint();
        }
        catch (FormatException)
        {
            return false;
        }
        return Ecdsa.Verify(message, signature, point);
    }
}
