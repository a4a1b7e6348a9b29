using System.Numerics;
using System.Text.Json;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>The README's `checks`: partial assertions on a path inside a step's result.</summary>
public static class DevpackChecks
{
    /// <summary>Returns null when the check holds, else what failed. <paramref name="earlier"/> holds the results of this test's previous steps.</summary>
    public static string? Evaluate(JsonElement check, StackItem result, IReadOnlyList<StackItem?> earlier)
    {
        var path = check.GetProperty("path");
        var where = path.GetArrayLength() == 0 ? "result" : "result" + path.GetRawText();
        if (Resolve(result, path) is not { } item) return $"{where}: path does not resolve";
        try
        {
            var failure = EvaluateAt(check, item, earlier);
            return failure is null ? null : $"{where}: {failure}";
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            return $"{where}: {DevpackValues.Describe(item)} can't be read ({e.Message})";
        }
    }

    private static string? EvaluateAt(JsonElement check, StackItem item, IReadOnlyList<StackItem?> earlier)
    {
        if (check.TryGetProperty("sameAs", out var same)) return SameAs(same, item, earlier);
        if (check.TryGetProperty("isNull", out var isNull))
            return item.IsNull == isNull.GetBoolean() ? null : $"isNull {isNull.GetBoolean()}, got {DevpackValues.Describe(item)}";
        if (check.TryGetProperty("type", out var type)) return TypeCheck(type.GetString()!, check, item);
        if (check.TryGetProperty("invalidUtf8", out var invalid))
            return StrictUtf8.TryDecode(item.GetSpan(), out _) != invalid.GetBoolean() ? null : $"invalidUtf8 {invalid.GetBoolean()} does not hold";
        if (check.TryGetProperty("byteIndex", out var index))
        {
            var span = item.GetSpan();
            var i = index.GetInt32();
            if (i < 0 || i >= span.Length) return $"byte {i} is outside {span.Length} bytes";
            return DevpackValues.Mismatch(check.GetProperty("equals"), new Integer(span[i])) is { } m ? $"byte {i}: {m}" : null;
        }
        if (check.TryGetProperty("equals", out var equals)) return DevpackValues.Mismatch(equals, item);
        if (check.TryGetProperty("count", out var count)) return Compare("count", Count(item), "==", count);
        if (check.TryGetProperty("length", out var length)) return Compare("length", item.GetSpan().Length, "==", length);
        if (check.TryGetProperty("compare", out var op)) return Compare("value", item.GetInteger(), op.GetString()!, check.GetProperty("value"));
        if (check.TryGetProperty("countCompare", out var cop)) return Compare("count", Count(item), cop.GetString()!, check.GetProperty("value"));
        if (check.TryGetProperty("lengthCompare", out var lop)) return Compare("length", item.GetSpan().Length, lop.GetString()!, check.GetProperty("value"));
        return $"unknown check {check.GetRawText()}";
    }

    /// <summary>Follows array indexes and {"key": item} map lookups; null when a step does not exist.</summary>
    public static StackItem? Resolve(StackItem item, JsonElement path)
    {
        foreach (var segment in path.EnumerateArray())
        {
            if (segment.ValueKind == JsonValueKind.Number)
            {
                var i = segment.GetInt32();
                if (item is not VmArray array || i < 0 || i >= array.Count) return null;
                item = array[i];
            }
            else
            {
                if (item is not Map map) return null;
                var key = DevpackValues.Key(segment.GetProperty("key"));
                if (map.TryGetValue(key, out var value)) item = value;
                else if (map.FirstOrDefault(e => e.Key.GetSpan().SequenceEqual(key.GetSpan())) is { Key: not null } entry) item = entry.Value;
                else return null;
            }
        }
        return item;
    }

    private static string? TypeCheck(string expected, JsonElement check, StackItem item)
    {
        var exact = check.TryGetProperty("exactType", out var e) && e.GetBoolean();
        var actual = item.Type.ToString();
        var ok = expected == actual || (!exact && expected == "Array" && item.Type == StackItemType.Struct);
        return ok ? null : $"type {expected}{(exact ? " (exact)" : "")}, got {actual}";
    }

    private static int Count(StackItem item) => item switch
    {
        CompoundType compound => compound.Count,
        _ => throw new InvalidCastException($"{item.Type} has no item count"),
    };

    private static string? Compare(string what, BigInteger actual, string op, JsonElement value)
    {
        var expected = value.ValueKind == JsonValueKind.Object ? DevpackValues.ParseInteger(value.GetProperty("value")) : DevpackValues.ParseInteger(value);
        var ok = op switch
        {
            "==" => actual == expected,
            "<" => actual < expected,
            "<=" => actual <= expected,
            ">" => actual > expected,
            ">=" => actual >= expected,
            _ => throw new FormatException($"Unknown comparison {op}."),
        };
        return ok ? null : $"{what} {actual}, expected {op} {expected}";
    }

    private static string? SameAs(JsonElement same, StackItem item, IReadOnlyList<StackItem?> earlier)
    {
        var step = same.GetProperty("step").GetInt32();
        if (step < 0 || step >= earlier.Count || earlier[step] is not { } previous) return $"sameAs step {step}: no result";
        if (Resolve(previous, same.GetProperty("path")) is not { } other) return $"sameAs step {step}: path does not resolve";
        if (item.IsNull && other.IsNull) return null;
        if (item.IsNull || other.IsNull) return $"sameAs step {step}: {DevpackValues.Describe(item)} vs {DevpackValues.Describe(other)}";
        var equal = same.GetProperty("as").GetString() switch
        {
            "Integer" => item.GetInteger() == other.GetInteger(),
            "Boolean" => item.GetBoolean() == other.GetBoolean(),
            "ByteString" => item.GetSpan().SequenceEqual(other.GetSpan()),
            var a => throw new FormatException($"Unknown sameAs reading {a}."),
        };
        return equal ? null : $"sameAs step {step}: {DevpackValues.Describe(item)} vs {DevpackValues.Describe(other)}";
    }
}
