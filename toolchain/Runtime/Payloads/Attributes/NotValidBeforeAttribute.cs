using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Payloads.Attributes;

/// <summary>The transaction is valid only from block <see cref="Height"/> on.</summary>
public sealed class NotValidBeforeAttribute(uint height) : TransactionAttribute
{
    public uint Height { get; } = height;

    public override TransactionAttributeType Type => TransactionAttributeType.NotValidBefore;

    public override bool AllowMultiple => false;

    protected override int PayloadSize => sizeof(uint);

    protected override void SerializePayload(NeoBinaryWriter writer) => writer.WriteUInt32(Height);

    protected override void WriteJsonPayload(Utf8JsonWriter writer) => writer.WriteNumber("height", Height);
}
