using Protocol.Services.Coverage.Reports;

namespace Protocol.Services.Coverage.Verification;

/// <summary>The outcome of taking in one report's bytes: the report, or why not.</summary>
public readonly record struct Intake<T>(T? Report, RejectionReason Reason) where T : class
{
    public bool IsAccepted => Reason == RejectionReason.None;
}

/// <summary>
/// What the ingest endpoint runs on every submitted report before storing it: strict decoding
/// (<see cref="RejectionReason.Malformed"/>), the network (<see cref="RejectionReason.WrongNetwork"/>) and the
/// signature (<see cref="RejectionReason.BadSignature"/>). Signatures prove who sent a report, not that it is true;
/// truth is <see cref="PocVerifier"/>'s job. Store accepted reports under <see cref="ReportIds"/>, ignoring conflicts.
/// </summary>
public static class ReportIntake
{
    public static Intake<SignedBeacon> Beacon(ReadOnlySpan<byte> encoded, uint network)
    {
        SignedBeacon signed;
        try
        {
            signed = ReportEncoding.DecodeBeacon(encoded);
        }
        catch (FormatException)
        {
            return new(null, RejectionReason.Malformed);
        }
        if (signed.Report.Network != network) return new(signed, RejectionReason.WrongNetwork);
        return new(signed, ReportSigning.Verify(signed) ? RejectionReason.None : RejectionReason.BadSignature);
    }

    public static Intake<SignedWitness> Witness(ReadOnlySpan<byte> encoded, uint network)
    {
        SignedWitness signed;
        try
        {
            signed = ReportEncoding.DecodeWitness(encoded);
        }
        catch (FormatException)
        {
            return new(null, RejectionReason.Malformed);
        }
        if (signed.Report.Network != network) return new(signed, RejectionReason.WrongNetwork);
        return new(signed, ReportSigning.Verify(signed) ? RejectionReason.None : RejectionReason.BadSignature);
    }
}
