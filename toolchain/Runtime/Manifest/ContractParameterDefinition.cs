using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>A named, typed parameter of an ABI method or event: {"name", "type"}.</summary>
public sealed record ContractParameterDefinition(string Name, ContractParameterType Type)
{
    /// <summary>Name must be non-empty; type must be a defined value other than Void.</summary>
    public static ContractParameterDefinition FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "parameter");
        var name = JsonRead.GetString(json, "name");
        var type = JsonRead.ParseDefinedEnum<ContractParameterType>(JsonRead.GetString(json, "type"), "parameter type");
        if (string.IsNullOrEmpty(name))
            throw new FormatException("Parameter name is empty.");
        if (type == ContractParameterType.Void)
            throw new FormatException($"Parameter '{name}' cannot have type Void.");
        return new ContractParameterDefinition(name, type);
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        writer.WriteString("type", Type.ToString());
        writer.WriteEndObject();
    }

    /// <summary>Parses a "parameters" array, rejecting duplicate names.</summary>
    internal static IReadOnlyList<ContractParameterDefinition> ParseList(JsonElement owner, string ownerName)
    {
        var list = JsonRead.GetArray(owner, "parameters").Select(FromJson).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in list)
        {
            if (!seen.Add(p.Name))
                throw new FormatException($"Duplicate parameter name '{p.Name}' in '{ownerName}'.");
        }
        return list;
    }

    internal static void WriteList(Utf8JsonWriter writer, IReadOnlyList<ContractParameterDefinition> parameters)
    {
        writer.WriteStartArray("parameters");
        foreach (var p in parameters) p.WriteJson(writer);
        writer.WriteEndArray();
    }
}
