using System.Collections.Generic;

namespace Protocol.Toolchain.Testing.ProxyGen.Json;

/// <summary>
/// A parsed JSON value. The generator runs inside the compiler on netstandard2.0, where System.Text.Json is not
/// available without shipping it next to the analyzer, so manifests are read with this small model instead.
/// </summary>
public abstract class JsonValue
{
    /// <summary>The JSON kind in words, for error messages ("an object", "a string", …).</summary>
    public abstract string KindName { get; }
}

public sealed class JsonObject : JsonValue
{
    private readonly List<KeyValuePair<string, JsonValue>> _members = new List<KeyValuePair<string, JsonValue>>();

    public override string KindName => "an object";

    /// <summary>Members in document order; a repeated key keeps every occurrence here.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonValue>> Members => _members;

    internal void Add(string key, JsonValue value) => _members.Add(new KeyValuePair<string, JsonValue>(key, value));

    /// <summary>The last member named <paramref name="key"/> (as System.Text.Json reads duplicates), or null.</summary>
    public JsonValue? Get(string key)
    {
        for (int i = _members.Count - 1; i >= 0; i--)
        {
            if (_members[i].Key == key) return _members[i].Value;
        }
        return null;
    }
}

public sealed class JsonArray : JsonValue
{
    private readonly List<JsonValue> _items = new List<JsonValue>();

    public override string KindName => "an array";

    public IReadOnlyList<JsonValue> Items => _items;

    internal void Add(JsonValue value) => _items.Add(value);
}

public sealed class JsonString : JsonValue
{
    public JsonString(string value) => Value = value;

    public override string KindName => "a string";

    public string Value { get; }
}

/// <summary>A number, kept as its source text.</summary>
public sealed class JsonNumber : JsonValue
{
    public JsonNumber(string text) => Text = text;

    public override string KindName => "a number";

    public string Text { get; }
}

public sealed class JsonBoolean : JsonValue
{
    public static readonly JsonBoolean True = new JsonBoolean(true);
    public static readonly JsonBoolean False = new JsonBoolean(false);

    private JsonBoolean(bool value) => Value = value;

    public override string KindName => "a boolean";

    public bool Value { get; }
}

public sealed class JsonNull : JsonValue
{
    public static readonly JsonNull Instance = new JsonNull();

    private JsonNull() { }

    public override string KindName => "null";
}
