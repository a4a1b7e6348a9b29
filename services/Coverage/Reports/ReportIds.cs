using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.Coverage.Reports;

/// <summary>
/// Content-hash ids for idempotent storage: SHA-256 of the report's canonical encoding <em>without</em> the signature
/// (the digest the hotspot signed). ECDSA signatures are randomised and malleable (s ↔ n − s), so an id over the signed
/// bytes would let one report be stored twice; an id over the content cannot. The receipt time is not part of it either:
/// the same report sent twice is one report (the reference's blake3(data ‖ received_ms ‖ key) is not).
/// </summary>
public static class ReportIds
{
    public static byte[] Of(BeaconReport report) => Hashes.Sha256(ReportEncoding.Encode(report));

    public static byte[] Of(WitnessReport report) => Hashes.Sha256(ReportEncoding.Encode(report));
}
