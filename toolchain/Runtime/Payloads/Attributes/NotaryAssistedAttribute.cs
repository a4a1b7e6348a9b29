using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Payloads.Attributes;

/// <summary>Notary-assisted transaction with <see cref="NKeys"/> keys (fee × (NKeys + 1)); Echidna and later.</summary>
public sealed class NotaryAssistedAttribute(byte nKeys) : TransactionAttribute
{
    public byte NKeys { get; } = nKeys;

    public override TransactionAttributeType Type => TransactionAttributeType.NotaryAssisted;

    public override bool AllowMultiple => false;

    protected override int PayloadSize => 1;

    protected override void SerializePayload(NeoBinaryWriter writer) => writer.WriteByte(NKeys);

    protected override void WriteJsonPayload(Utf8JsonWriter writer) => writer.WriteNumber("nkeys", NKeys);
}
