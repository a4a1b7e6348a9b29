using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>An ABI method: {"name", "parameters", "returntype", "offset", "safe"}.</summary>
public sealed class ContractMethodDescriptor : IEquatable<ContractMethodDescriptor>
{
    public ContractMethodDescriptor(string name, IReadOnlyList<ContractParameterDefinition> parameters,
        ContractParameterType returnType, int offset, bool safe)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        ReturnType = returnType;
        Offset = offset;
        Safe = safe;
    }

    public string Name { get; }

    public IReadOnlyList<ContractParameterDefinition> Parameters { get; }

    public ContractParameterType ReturnType { get; }

    /// <summary>Entry offset in the NEF script; must be ≥0 and, at deploy, an instruction boundary.</summary>
    public int Offset { get; }

    /// <summary>A safe method cannot change state or notify, and any contract may call it.</summary>
    public bool Safe { get; }

    public static ContractMethodDescriptor FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "method");
        var name = JsonRead.GetString(json, "name");
        var parameters = ContractParameterDefinition.ParseList(json, name);
        var returnType = JsonRead.ParseDefinedEnum<ContractParameterType>(JsonRead.GetString(json, "returntype"), "return type");
        var offset = JsonRead.GetInt32(json, "offset");
        var safe = JsonRead.GetBoolean(json, "safe");
        if (string.IsNullOrEmpty(name))
            throw new FormatException("Method name is empty.");
        if (offset < 0)
            throw new FormatException($"Method '{name}' has a negative offset {offset}.");
        return new ContractMethodDescriptor(name, parameters, returnType, offset, safe);
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        ContractParameterDefinition.WriteList(writer, Parameters);
        writer.WriteString("returntype", ReturnType.ToString());
        writer.WriteNumber("offset", Offset);
        writer.WriteBoolean("safe", Safe);
        writer.WriteEndObject();
    }

    public bool Equals(ContractMethodDescriptor? other) =>
        other is not null && Name == other.Name && Parameters.SequenceEqual(other.Parameters)
        && ReturnType == other.ReturnType && Offset == other.Offset && Safe == other.Safe;

    public override bool Equals(object? obj) => Equals(obj as ContractMethodDescriptor);

    public override int GetHashCode() => HashCode.Combine(Name, Parameters.Count, ReturnType, Offset, Safe);
}
