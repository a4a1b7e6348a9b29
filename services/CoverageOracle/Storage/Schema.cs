namespace Protocol.Services.CoverageOracle.Storage;

/// <summary>The tables (both dialects). Columns are only ever added at the end; reason values are RejectionReason's.</summary>
internal static class Schema
{
    public static readonly string[] Tables =
    [
        // Reports by content id: kind 0 beacon / 1 witness, the reporting key, the beacon data it carries, receipt time, signed bytes.
        """
        CREATE TABLE IF NOT EXISTS coverage_reports (
            id TEXT PRIMARY KEY, kind BIGINT NOT NULL, hotspot TEXT NOT NULL, data TEXT NOT NULL, received_ms BIGINT NOT NULL, bytes TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS coverage_reports_kind_time ON coverage_reports (kind, received_ms, id)",
        "CREATE INDEX IF NOT EXISTS coverage_reports_data ON coverage_reports (data, kind)",
        "CREATE INDEX IF NOT EXISTS coverage_reports_hotspot ON coverage_reports (hotspot, received_ms)",
        // One verdict per report: the beacon it was verified with, status word, RejectionReason value.
        """
        CREATE TABLE IF NOT EXISTS coverage_verdicts (
            report_id TEXT PRIMARY KEY, beacon_id TEXT NOT NULL, kind BIGINT NOT NULL, hotspot TEXT NOT NULL, status TEXT NOT NULL,
            reason BIGINT NOT NULL, received_ms BIGINT NOT NULL, verified_ms BIGINT NOT NULL)
        """,
        // Published entropy: value (hex) and the start of its validity.
        "CREATE TABLE IF NOT EXISTS coverage_entropy (value TEXT PRIMARY KEY, start_ms BIGINT NOT NULL)",
        // The oracle's per-hotspot state: location last seen in the registry, the verifier's times, the registry's active flag as last set.
        """
        CREATE TABLE IF NOT EXISTS coverage_hotspots (
            hotspot TEXT PRIMARY KEY, location BIGINT NOT NULL, last_beacon_ms BIGINT NULL, last_valid_witness_ms BIGINT NULL,
            last_beacon_with_witness_ms BIGINT NULL, active_on_chain BIGINT NULL)
        """,
        // Valid PoCs: beaconer, beacon receipt time, hex scale (10^-12), selected witnesses (comma-separated hex keys, arrival order).
        """
        CREATE TABLE IF NOT EXISTS coverage_pocs (
            beacon_id TEXT PRIMARY KEY, beaconer TEXT NOT NULL, received_ms BIGINT NOT NULL, scale BIGINT NOT NULL, selected TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS coverage_pocs_time ON coverage_pocs (received_ms)",
        // Computed epochs (the rewards watermark is the highest), their leaves and the root signatures.
        """
        CREATE TABLE IF NOT EXISTS coverage_epochs (
            epoch BIGINT PRIMARY KEY, start_ms BIGINT NOT NULL, end_ms BIGINT NOT NULL, pool BIGINT NOT NULL, unallocated BIGINT NOT NULL,
            poc_count BIGINT NOT NULL, root TEXT NOT NULL, total BIGINT NOT NULL, computed_ms BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS coverage_leaves (
            epoch BIGINT NOT NULL, hotspot TEXT NOT NULL, token_id TEXT NOT NULL, payout BIGINT NOT NULL, cumulative BIGINT NOT NULL,
            PRIMARY KEY (epoch, hotspot))
        """,
        "CREATE TABLE IF NOT EXISTS coverage_signatures (epoch BIGINT NOT NULL, oracle_index BIGINT NOT NULL, signature TEXT NOT NULL, PRIMARY KEY (epoch, oracle_index))",
        """
        CREATE TABLE IF NOT EXISTS coverage_submissions (
            epoch BIGINT PRIMARY KEY, tx_hash TEXT NOT NULL, raw_tx TEXT NOT NULL, valid_until_block BIGINT NOT NULL, state TEXT NOT NULL,
            detail TEXT NULL, updated_ms BIGINT NOT NULL)
        """,
        // Processed-input watermarks: 'verification' (value = receipt ms, detail = beacon id hex).
        "CREATE TABLE IF NOT EXISTS coverage_watermarks (name TEXT PRIMARY KEY, value BIGINT NOT NULL, detail TEXT NOT NULL)",
    ];
}
