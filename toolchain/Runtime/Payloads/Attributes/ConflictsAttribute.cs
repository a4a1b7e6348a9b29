using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Payloads.Attributes;

/// <summary>Declares a conflicting transaction hash; may appear several times (fee × number of signers each).</summary>
public sealed class ConflictsAttribute(UInt256 hash) : TransactionAttribute
{
    public UInt256 Hash { get; } = hash ?? throw new ArgumentNullException(nameof(hash));

    public override TransactionAttributeType Type => TransactionAttributeType.Conflicts;

    public override bool AllowMultiple => true;

    protected override int PayloadSize => UInt256.Length;

    protected override void SerializePayload(NeoBinaryWriter writer) => Hash.Serialize(writer);

    protected override void WriteJsonPayload(Utf8JsonWriter writer) => writer.WriteString("hash", Hash.ToString());
}
