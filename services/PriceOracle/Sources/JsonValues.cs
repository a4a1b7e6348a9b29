using System.Globalization;
using System.Text.Json;
using Protocol.Services.PriceOracle.Options;

namespace Protocol.Services.PriceOracle.Sources;

/// <summary>Reading numbers and times out of source answers; anything unexpected is a <see cref="DropReason.Malformed"/> quote.</summary>
internal static class JsonValues
{
    /// <summary>Seconds above this are taken for milliseconds (10^11 s is the year 5138; 10^11 ms is 1973).</summary>
    private const decimal MillisecondsThreshold = 100_000_000_000m;

    public static JsonElement Require(JsonElement root, JsonPath path, string what)
    {
        var element = path.Select(root, out var missing);
        if (element is null) throw new SourceException(DropReason.Malformed, $"no {what} at '{path}': {missing}");
        return element.Value;
    }

    /// <summary>A JSON number or a numeric string as a decimal.</summary>
    public static decimal Decimal(JsonElement element, string what)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                if (element.TryGetDecimal(out var number)) return number;
                throw new SourceException(DropReason.Malformed, $"the {what} {element.GetRawText()} is out of range");
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) return parsed;
                throw new SourceException(DropReason.Malformed, $"the {what} \"{Shorten(text)}\" is not a number");
            default:
                throw new SourceException(DropReason.Malformed, $"the {what} is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not a number");
        }
    }

    public static long Int64(JsonElement element, string what)
    {
        var value = Decimal(element, what);
        if (value != decimal.Truncate(value) || value < long.MinValue || value > long.MaxValue)
            throw new SourceException(DropReason.Malformed, $"the {what} {value.ToString(CultureInfo.InvariantCulture)} is not a 64-bit integer");
        return (long)value;
    }

    /// <summary>A publish time written as <paramref name="format"/> says.</summary>
    public static DateTimeOffset Timestamp(JsonElement element, TimestampFormat format, string what)
    {
        if (format == TimestampFormat.Iso8601 || (format == TimestampFormat.Auto && element.ValueKind == JsonValueKind.String
            && !decimal.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            if (element.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(element.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
                return iso;
            throw new SourceException(DropReason.Malformed, $"the {what} {Shorten(element.GetRawText())} is not an ISO 8601 time");
        }
        var number = Decimal(element, what);
        bool milliseconds = format == TimestampFormat.UnixMilliseconds || (format == TimestampFormat.Auto && number > MillisecondsThreshold);
        try
        {
            return milliseconds
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)number)
                : DateTimeOffset.FromUnixTimeMilliseconds((long)(number * 1000));
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            throw new SourceException(DropReason.Malformed, $"the {what} {number.ToString(CultureInfo.InvariantCulture)} is not a time");
        }
    }

    /// <summary>value × 10^exponent, exactly (decimal keeps 28 digits).</summary>
    public static decimal Scale(decimal value, int exponent, string what)
    {
        if (exponent < -28 || exponent > 28)
            throw new SourceException(DropReason.Malformed, $"the {what} exponent {exponent} is outside [-28, 28]");
        try
        {
            var factor = Pow10(Math.Abs(exponent));
            return exponent < 0 ? value / factor : value * factor;
        }
        catch (OverflowException)
        {
            throw new SourceException(DropReason.InvalidPrice, $"the {what} {value}e{exponent} is out of range");
        }
    }

    public static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++) result *= 10m;
        return result;
    }

    public static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
