using System.Collections;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm.Types;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Testing.Proxies;

/// <summary>
/// Value conversions of generated proxies, on top of <see cref="StackItemConverter"/>: ABI Array, Map, Any and
/// InteropInterface (iterator) values, in both directions. The "natural" .NET form of a stack item is: Null → null,
/// Boolean → bool, Integer → BigInteger, ByteString/Buffer → byte[], Array/Struct → List&lt;object?&gt;, Map →
/// Dictionary&lt;object, object?&gt; whose keys compare by content (so a byte[] key can be looked up).
/// </summary>
public static class ProxyValues
{
    /// <summary>A call argument: dictionaries become Maps and other sequences Arrays (recursively); the rest as the engine converts it.</summary>
    public static StackItem ToStackItem(object? value)
    {
        switch (value)
        {
            case StackItem item: return item;
            case null or string or byte[]: return StackItemConverter.ToStackItem(value);
            case IDictionary dictionary:
                var map = new Map();
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = ToStackItem(entry.Key) as PrimitiveType
                        ?? throw new ArgumentException($"A Map key must be a primitive value, not {entry.Key.GetType().Name}.", nameof(value));
                    map[key] = ToStackItem(entry.Value);
                }
                return map;
            case IEnumerable sequence: return new VmArray(sequence.Cast<object?>().Select(ToStackItem));
            default: return StackItemConverter.ToStackItem(value);
        }
    }

    /// <summary>A result or notification argument as the proxy's declared type.</summary>
    public static T FromStackItem<T>(StackItem item)
    {
        var type = typeof(T);
        if (type == typeof(object)) return (T)ToObject(item)!;
        if (type == typeof(IList<object>)) return item.IsNull ? default! : (T)(object)ToList(item);
        if (type == typeof(IDictionary<object, object>)) return item.IsNull ? default! : (T)(object)ToDictionary(item);
        if (type == typeof(IReadOnlyList<object>)) return (T)(object)Traverse(item);
        return StackItemConverter.FromStackItem<T>(item);
    }

    /// <summary>The natural .NET form of a stack item (see the class summary); an interop item gives its host object.</summary>
    public static object? ToObject(StackItem item) => item switch
    {
        Null => null,
        Vm.Types.Boolean b => b.GetBoolean(),
        Integer i => i.GetInteger(),
        ByteString or Vm.Types.Buffer => item.GetSpan().ToArray(),
        VmArray array => ToList(array),
        Map map => ToDictionary(map),
        InteropInterface interop => interop.Object,
        _ => item,
    };

    /// <summary>Reads an iterator result (System.Storage.Find and the like) to its end, each value in natural form.</summary>
    public static IReadOnlyList<object?> Traverse(StackItem item)
    {
        if (item is not InteropInterface { Object: IIterator iterator })
            throw new InvalidCastException($"Expected an iterator (InteropInterface), got {item.Type}.");
        var values = new List<object?>();
        while (iterator.Next()) values.Add(ToObject(iterator.Value()));
        return values;
    }

    /// <summary>Content equality: byte arrays by bytes, lists element by element, maps entry by entry, the rest by Equals.</summary>
    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (IDictionary x, IDictionary y) => x.Count == y.Count && x.Keys.Cast<object>().All(k => ContainsSame(y, k, x[k])),
        (IList x, IList y) => x.Count == y.Count && Enumerable.Range(0, x.Count).All(i => Same(x[i], y[i])),
        _ => a.Equals(b),
    };

    /// <summary>A hash consistent with <see cref="Same"/>.</summary>
    public static int Hash(params object?[] values)
    {
        var hash = new HashCode();
        foreach (var v in values) hash.Add(HashOf(v));
        return hash.ToHashCode();
    }

    /// <summary>"Name(field: value, …)" with bytes as 0x-hex, hashes in their 0x form, strings quoted.</summary>
    public static string Format(string name, params (string Name, object? Value)[] fields) =>
        $"{name}({string.Join(", ", fields.Select(f => $"{f.Name}: {Format(f.Value)}"))})";

    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        byte[] bytes => "0x" + Convert.ToHexStringLower(bytes),
        IDictionary d => "{" + string.Join(", ", d.Keys.Cast<object>().Select(k => $"{Format(k)}: {Format(d[k])}")) + "}",
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>Compares dictionary keys by content, for maps read from the VM.</summary>
    public static IEqualityComparer<object> KeyComparer { get; } = new ContentComparer();

    private static List<object?> ToList(StackItem item) =>
        item is VmArray array ? array.Select(ToObject).ToList() : throw new InvalidCastException($"Expected an Array, got {item.Type}.");

    private static Dictionary<object, object?> ToDictionary(StackItem item)
    {
        if (item is not Map map) throw new InvalidCastException($"Expected a Map, got {item.Type}.");
        var result = new Dictionary<object, object?>(KeyComparer);
        foreach (var (key, value) in map) result[ToObject(key)!] = ToObject(value);
        return result;
    }

    private static bool ContainsSame(IDictionary d, object key, object? value)
    {
        foreach (DictionaryEntry e in d)
        {
            if (Same(e.Key, key)) return Same(e.Value, value);
        }
        return false;
    }

    private static int HashOf(object? v) => v switch
    {
        null => 0,
        byte[] bytes => bytes.Aggregate(17, (h, b) => h * 31 + b),
        IDictionary d => d.Count,
        IList list => list.Cast<object?>().Aggregate(19, (h, x) => h * 31 + HashOf(x)),
        _ => v.GetHashCode(),
    };

    private sealed class ContentComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => Same(x, y);

        public int GetHashCode(object obj) => HashOf(obj);
    }
}
