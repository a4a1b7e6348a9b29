using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>An ABI event: {"name", "parameters"}.</summary>
public sealed class ContractEventDescriptor : IEquatable<ContractEventDescriptor>
{
    public ContractEventDescriptor(string name, IReadOnlyList<ContractParameterDefinition> parameters)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
    }

    public string Name { get; }

    public IReadOnlyList<ContractParameterDefinition> Parameters { get; }

    public static ContractEventDescriptor FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "event");
        var name = JsonRead.GetString(json, "name");
        var parameters = ContractParameterDefinition.ParseList(json, name);
        if (string.IsNullOrEmpty(name))
            throw new FormatException("Event name is empty.");
        return new ContractEventDescriptor(name, parameters);
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        ContractParameterDefinition.WriteList(writer, Parameters);
        writer.WriteEndObject();
    }

    public bool Equals(ContractEventDescriptor? other) =>
        other is not null && Name == other.Name && Parameters.SequenceEqual(other.Parameters);

    public override bool Equals(object? obj) => Equals(obj as ContractEventDescriptor);

    public override int GetHashCode() => HashCode.Combine(Name, Parameters.Count);
}
