using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;
using Boolean = Protocol.Toolchain.Vm.Types.Boolean;
using Buffer = Protocol.Toolchain.Vm.Types.Buffer;

namespace Protocol.Toolchain.Runtime.Serialization;

/// <summary>
/// StdLib's JSON form of a stack item (neo SmartContract/JsonSerializer.cs; reference/neo-n3.md §2.11).
/// Out: Array/Struct → array, ByteString/Buffer → string (strict UTF-8), Integer within ±(2^53−1) → number,
/// Boolean, Null, Map with ByteString keys → object; compact System.Text.Json output with its default escaping.
/// In: Neo.Json parsing (depth 10 for StdLib), numbers must be integral, strings → ByteString, objects → Map.
/// </summary>
public static class JsonSerializer
{
    /// <summary>The nesting depth StdLib.jsonDeserialize allows.</summary>
    public const int StdLibMaxDepth = 10;

    /// <summary>Largest magnitude written as a JSON number (JNumber.MAX_SAFE_INTEGER).</summary>
    public const long MaxSafeInteger = (1L << 53) - 1;

    private enum Marker { EndArray, EndObject, PropertyName }

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    /// <summary>
    /// Serializes <paramref name="root"/>; the output may not exceed <paramref name="maxSize"/> bytes (checked
    /// after every step, as Neo does). Integer out of range, Pointer, InteropInterface, too deep (over 1000
    /// levels, the writer's limit) or too large → <see cref="InvalidOperationException"/>; a map key that is not a
    /// ByteString → <see cref="FormatException"/>; invalid UTF-8 → <see cref="System.Text.DecoderFallbackException"/>.
    /// Cycles are not detected: they run into the depth or size limit.
    /// </summary>
    public static byte[] Serialize(StackItem root, uint maxSize)
    {
        ArgumentNullException.ThrowIfNull(root);
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case Array array:
                    writer.WriteStartArray();
                    pending.Push(Marker.EndArray);
                    for (var i = array.Count - 1; i >= 0; i--) pending.Push(array[i]);
                    break;
                case Marker.EndArray:
                    writer.WriteEndArray();
                    break;
                case StackItem bytes when bytes is ByteString or Buffer:
                    writer.WriteStringValue(bytes.GetString());
                    break;
                case Integer integer:
                    var value = integer.Value;
                    if (value > MaxSafeInteger || value < -MaxSafeInteger)
                        throw new InvalidOperationException($"Integer {value} is outside the JSON safe range ±{MaxSafeInteger}.");
                    writer.WriteNumberValue((double)value);
                    break;
                case Boolean boolean:
                    writer.WriteBooleanValue(boolean.GetBoolean());
                    break;
                case Map map:
                    writer.WriteStartObject();
                    pending.Push(Marker.EndObject);
                    for (var i = map.Count - 1; i >= 0; i--)
                    {
                        var (key, item) = map.GetAt(i);
                        if (key is not ByteString) throw new FormatException("Key is not a ByteString");
                        pending.Push(item);
                        pending.Push(key);
                        pending.Push(Marker.PropertyName);
                    }
                    break;
                case Marker.EndObject:
                    writer.WriteEndObject();
                    break;
                case Marker.PropertyName:
                    writer.WritePropertyName(((StackItem)pending.Pop()).GetString()!);
                    break;
                case Null:
                    writer.WriteNullValue();
                    break;
                default:
                    throw new InvalidOperationException("Invalid StackItemType");
            }
            if (writer.BytesCommitted + writer.BytesPending > maxSize)
                throw new InvalidOperationException($"The JSON output exceeds the maximum size {maxSize}.");
        }
        writer.Flush();
        if (buffer.WrittenCount > maxSize)
            throw new InvalidOperationException($"The JSON output exceeds the maximum size {maxSize}.");
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// StdLib.jsonDeserialize: parses (depth ≤ <paramref name="maxDepth"/>) then converts. A JSON null root gives
    /// Null. <paramref name="basilisk"/> selects the number conversion from HF_Basilisk on (the shortest decimal
    /// text of the double) over the older exact double value.
    /// </summary>
    public static StackItem Deserialize(ReadOnlySpan<byte> json, ExecutionEngineLimits limits, bool basilisk = true, int maxDepth = StdLibMaxDepth)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var token = JsonTokenReader.Parse(json, maxDepth);
        if (token is null) return StackItem.Null;
        var budget = limits.MaxStackSize;
        return Convert(token, ref budget, basilisk);
    }

    /// <summary>
    /// Converts a parsed value. Each value and each object property costs one unit of the MaxStackSize budget
    /// (exhausted → <see cref="FormatException"/>); a fraction → <see cref="FormatException"/>; an integer over 32
    /// bytes or a key over 64 bytes → <see cref="ArgumentException"/>.
    /// </summary>
    private static StackItem Convert(object? token, ref uint budget, bool basilisk)
    {
        if (budget-- == 0) throw new FormatException("Max stack size reached");
        switch (token)
        {
            case null:
                return StackItem.Null;
            case List<object?> list:
                {
                    var items = new List<StackItem>(list.Count);
                    foreach (var element in list) items.Add(Convert(element, ref budget, basilisk));
                    return new Array(items);
                }
            case string text:
                return new ByteString(Vm.StrictUtf8.Encode(text));
            case double number:
                return new Integer(ToInteger(number, basilisk));
            case bool flag:
                return flag ? StackItem.True : StackItem.False;
            case JsonObjectToken obj:
                {
                    var map = new Map();
                    foreach (var (name, element) in obj.Properties)
                    {
                        if (budget-- == 0) throw new FormatException("Max stack size reached");
                        var value = Convert(element, ref budget, basilisk);
                        map[new ByteString(Vm.StrictUtf8.Encode(name))] = value;
                    }
                    return map;
                }
            default:
                throw new FormatException($"Invalid JSON token {token.GetType().Name}.");
        }
    }

    private static BigInteger ToInteger(double number, bool basilisk)
    {
        if (number % 1 != 0) throw new FormatException("Decimal value is not allowed");
        return basilisk
            ? BigInteger.Parse(number.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)
            : new BigInteger(number);
    }
}
