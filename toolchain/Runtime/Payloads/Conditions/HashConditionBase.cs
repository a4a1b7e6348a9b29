using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>A condition on a script hash: {"type":…,"hash":"0x…"}.</summary>
public abstract class HashConditionBase : WitnessCondition
{
    protected HashConditionBase(UInt160 hash) => Hash = hash ?? throw new ArgumentNullException(nameof(hash));

    public UInt160 Hash { get; }

    protected override int PayloadSize => UInt160.Length;

    protected override void SerializePayload(NeoBinaryWriter writer) => Hash.Serialize(writer);

    protected override void WriteJsonPayload(Utf8JsonWriter writer) => writer.WriteString("hash", Hash.ToString());

    public override bool Equals(WitnessCondition? other) =>
        other is HashConditionBase h && h.Type == Type && h.Hash == Hash;
}
