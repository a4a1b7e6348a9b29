namespace Protocol.Toolchain.Runtime.Payloads.Attributes;

/// <summary>Transaction attribute types with Neo's byte values; the names are the JSON "type" text.</summary>
public enum TransactionAttributeType : byte
{
    HighPriority = 0x01,
    OracleResponse = 0x11,
    NotValidBefore = 0x20,
    Conflicts = 0x21,
    /// <summary>Echidna and later.</summary>
    NotaryAssisted = 0x22,
}
