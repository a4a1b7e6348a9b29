using System;
using System.Collections.Generic;
using System.Linq;
using Protocol.Toolchain.Testing.ProxyGen.Json;

namespace Protocol.Toolchain.Testing.ProxyGen;

/// <summary>
/// Reads the fields of a Neo N3 manifest a proxy needs: name, supportedstandards and the ABI. The rules neo applies
/// to these fields at deploy are applied here too (non-empty names, known types, Void only as a return type, unique
/// (method, parameter count) pairs, unique event names, unique parameter names), so a proxy is never generated from
/// a manifest the chain would refuse. Every error names the JSON path of the offending field.
/// </summary>
public static class ManifestReader
{
    private static readonly string TypeList = string.Join(", ", Enum.GetNames(typeof(AbiType)));

    public static ManifestModel Read(string manifestJson)
    {
        var root = JsonParser.Parse(manifestJson) as JsonObject
            ?? throw new ManifestFormatException("(root)", "a manifest must be a JSON object");
        var name = RequireString(root, "name", "name");
        if (name.Length == 0) throw new ManifestFormatException("name", "the contract name is empty");
        var standards = OptionalArray(root, "supportedstandards", "supportedstandards")
            .Select((v, i) => AsString(v, $"supportedstandards[{i}]")).ToArray();
        var abi = Require(root, "abi", "abi") as JsonObject
            ?? throw new ManifestFormatException("abi", "expected an object");
        var methods = OptionalArray(abi, "methods", "abi.methods").Select((v, i) => ReadMethod(v, $"abi.methods[{i}]")).ToArray();
        if (methods.Length == 0) throw new ManifestFormatException("abi.methods", "the ABI has no methods");
        var events = OptionalArray(abi, "events", "abi.events").Select((v, i) => ReadEvent(v, $"abi.events[{i}]")).ToArray();
        CheckUnique(methods, events);
        return new ManifestModel(name, standards, methods, events);
    }

    private static AbiMethod ReadMethod(JsonValue value, string path)
    {
        var json = value as JsonObject ?? throw new ManifestFormatException(path, $"expected an object, found {value.KindName}");
        var name = RequireString(json, "name", path + ".name");
        if (name.Length == 0) throw new ManifestFormatException(path + ".name", "the method name is empty");
        var parameters = ReadParameters(json, path);
        var returnType = ParseType(RequireString(json, "returntype", path + ".returntype"), path + ".returntype");
        var safe = Require(json, "safe", path + ".safe") as JsonBoolean
            ?? throw new ManifestFormatException(path + ".safe", "expected true or false");
        return new AbiMethod(name, parameters, returnType, safe.Value);
    }

    private static AbiEvent ReadEvent(JsonValue value, string path)
    {
        var json = value as JsonObject ?? throw new ManifestFormatException(path, $"expected an object, found {value.KindName}");
        var name = RequireString(json, "name", path + ".name");
        if (name.Length == 0) throw new ManifestFormatException(path + ".name", "the event name is empty");
        return new AbiEvent(name, ReadParameters(json, path));
    }

    private static IReadOnlyList<AbiParameter> ReadParameters(JsonObject owner, string ownerPath)
    {
        var path = ownerPath + ".parameters";
        var array = Require(owner, "parameters", path) as JsonArray
            ?? throw new ManifestFormatException(path, "expected an array");
        var result = new List<AbiParameter>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < array.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var json = array.Items[i] as JsonObject
                ?? throw new ManifestFormatException(itemPath, $"expected an object, found {array.Items[i].KindName}");
            var name = RequireString(json, "name", itemPath + ".name");
            if (name.Length == 0) throw new ManifestFormatException(itemPath + ".name", "the parameter name is empty");
            if (!seen.Add(name)) throw new ManifestFormatException(itemPath + ".name", $"duplicate parameter name '{name}'");
            var type = ParseType(RequireString(json, "type", itemPath + ".type"), itemPath + ".type");
            if (type == AbiType.Void) throw new ManifestFormatException(itemPath + ".type", $"parameter '{name}' cannot have type Void");
            result.Add(new AbiParameter(name, type));
        }
        return result;
    }

    private static void CheckUnique(AbiMethod[] methods, AbiEvent[] events)
    {
        var methodKeys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < methods.Length; i++)
        {
            if (!methodKeys.Add(methods[i].Name + "/" + methods[i].Parameters.Count))
                throw new ManifestFormatException($"abi.methods[{i}]",
                    $"duplicate method '{methods[i].Name}' with {methods[i].Parameters.Count} parameter(s)");
        }
        var eventNames = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < events.Length; i++)
        {
            if (!eventNames.Add(events[i].Name))
                throw new ManifestFormatException($"abi.events[{i}]", $"duplicate event '{events[i].Name}'");
        }
    }

    /// <summary>Neo parses type names case-sensitively (Enum.Parse without ignoreCase), and so does this.</summary>
    private static AbiType ParseType(string text, string path)
    {
        foreach (AbiType type in Enum.GetValues(typeof(AbiType)))
        {
            if (string.Equals(type.ToString(), text, StringComparison.Ordinal)) return type;
        }
        throw new ManifestFormatException(path, $"unknown ABI type '{text}' (expected one of {TypeList})");
    }

    private static JsonValue Require(JsonObject owner, string key, string path) =>
        owner.Get(key) ?? throw new ManifestFormatException(path, "missing");

    private static string RequireString(JsonObject owner, string key, string path) => AsString(Require(owner, key, path), path);

    private static string AsString(JsonValue value, string path) =>
        value is JsonString s ? s.Value : throw new ManifestFormatException(path, $"expected a string, found {value.KindName}");

    private static IReadOnlyList<JsonValue> OptionalArray(JsonObject owner, string key, string path)
    {
        var value = owner.Get(key);
        if (value is null || value is JsonNull) return Array.Empty<JsonValue>();
        return value is JsonArray array ? array.Items : throw new ManifestFormatException(path, $"expected an array, found {value.KindName}");
    }
}
