using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>The ABI: {"methods": [...], "events": [...]}.</summary>
public sealed class ContractAbi
{
    public ContractAbi(IReadOnlyList<ContractMethodDescriptor> methods, IReadOnlyList<ContractEventDescriptor> events)
    {
        Methods = methods ?? throw new ArgumentNullException(nameof(methods));
        Events = events ?? throw new ArgumentNullException(nameof(events));
    }

    public IReadOnlyList<ContractMethodDescriptor> Methods { get; }

    public IReadOnlyList<ContractEventDescriptor> Events { get; }

    /// <summary>
    /// Parses the ABI: at least one method. The uniqueness rules neo applies at deploy (Helper.Check) are applied
    /// here too: (method name, parameter count) pairs and event names must be unique.
    /// </summary>
    public static ContractAbi FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "abi");
        var methods = JsonRead.GetOptionalArray(json, "methods").Select(ContractMethodDescriptor.FromJson).ToArray();
        var events = JsonRead.GetOptionalArray(json, "events").Select(ContractEventDescriptor.FromJson).ToArray();
        if (methods.Length == 0)
            throw new FormatException("The ABI has no methods.");
        var abi = new ContractAbi(methods, events);
        abi.CheckUniqueness();
        return abi;
    }

    /// <summary>Throws when two methods share name and parameter count, or two events share a name.</summary>
    public void CheckUniqueness()
    {
        var methodKeys = new HashSet<(string, int)>();
        foreach (var m in Methods)
        {
            if (!methodKeys.Add((m.Name, m.Parameters.Count)))
                throw new FormatException($"Duplicate ABI method '{m.Name}' with {m.Parameters.Count} parameter(s).");
        }
        var eventNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Events)
        {
            if (!eventNames.Add(e.Name))
                throw new FormatException($"Duplicate ABI event '{e.Name}'.");
        }
    }

    /// <summary>The method with this name and parameter count; a count of -1 takes the first with the name.</summary>
    public ContractMethodDescriptor? GetMethod(string name, int parameterCount)
    {
        if (parameterCount < -1 || parameterCount > ushort.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(parameterCount), $"Parameter count must be in [-1, {ushort.MaxValue}].");
        return parameterCount < 0
            ? Methods.FirstOrDefault(m => m.Name == name)
            : Methods.FirstOrDefault(m => m.Name == name && m.Parameters.Count == parameterCount);
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("methods");
        foreach (var m in Methods) m.WriteJson(writer);
        writer.WriteEndArray();
        writer.WriteStartArray("events");
        foreach (var e in Events) e.WriteJson(writer);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
