using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>And/Or: 1..16 sub-conditions, one nesting level deeper.</summary>
public abstract class CompositeCondition : WitnessCondition
{
    protected CompositeCondition(IReadOnlyList<WitnessCondition> expressions) =>
        Expressions = expressions ?? throw new ArgumentNullException(nameof(expressions));

    public IReadOnlyList<WitnessCondition> Expressions { get; }

    protected override int PayloadSize => VarSize.OfArray(Expressions);

    protected override void SerializePayload(NeoBinaryWriter writer) => writer.WriteArray(Expressions);

    protected override void WriteJsonPayload(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("expressions");
        foreach (var e in Expressions) e.WriteJson(writer);
        writer.WriteEndArray();
    }

    public override bool Equals(WitnessCondition? other) =>
        other is CompositeCondition c && c.Type == Type && Expressions.SequenceEqual(c.Expressions);

    internal static WitnessCondition[] ReadExpressions(NeoBinaryReader reader, int maxNestDepth)
    {
        var items = new WitnessCondition[reader.ReadVarInt(MaxSubitems)];
        for (var i = 0; i < items.Length; i++) items[i] = Deserialize(reader, maxNestDepth - 1);
        if (items.Length == 0) throw new FormatException("An And/Or witness condition needs at least one expression.");
        return items;
    }

    internal static WitnessCondition[] ParseExpressions(JsonElement json, int maxNestDepth)
    {
        var elements = JsonRead.GetArray(json, "expressions").ToArray();
        if (elements.Length > MaxSubitems)
            throw new FormatException($"An And/Or witness condition has {elements.Length} expressions, more than {MaxSubitems}.");
        if (elements.Length == 0) throw new FormatException("An And/Or witness condition needs at least one expression.");
        return elements.Select(e => FromJson(e, maxNestDepth - 1)).ToArray();
    }
}
