using System.Collections;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>Either the wildcard "*" or an explicit list (JSON array).</summary>
public sealed class WildcardContainer<T> : IReadOnlyList<T>
{
    private readonly T[]? _items;

    private WildcardContainer(T[]? items) => _items = items;

    public static WildcardContainer<T> CreateWildcard() => new(null);

    public static WildcardContainer<T> Create(params T[] items) => new(items ?? throw new ArgumentNullException(nameof(items)));

    public bool IsWildcard => _items is null;

    public int Count => _items?.Length ?? 0;

    public T this[int index] => _items is null ? throw new InvalidOperationException("A wildcard has no items.") : _items[index];

    /// <summary>"*" gives the wildcard; an array gives a list; any other string or type is an error.</summary>
    public static WildcardContainer<T> FromJson(JsonElement json, string what, Func<JsonElement, T> parseItem)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                var text = json.GetString();
                if (text != "*") throw new FormatException($"Invalid wildcard '{text}' in {what}; only \"*\" is allowed.");
                return CreateWildcard();
            case JsonValueKind.Array:
                return Create(json.EnumerateArray().Select(parseItem).ToArray());
            default:
                throw new FormatException($"The {what} must be \"*\" or an array, got {json.ValueKind}.");
        }
    }

    public void WriteJson(Utf8JsonWriter writer, string propertyName, Action<Utf8JsonWriter, T> writeItem)
    {
        if (_items is null)
        {
            writer.WriteString(propertyName, "*");
            return;
        }
        writer.WriteStartArray(propertyName);
        foreach (var item in _items) writeItem(writer, item);
        writer.WriteEndArray();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
