using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Protocol.Scripts.Deployment;

/// <summary>
/// The per-network deployment settings of the protocol (a JSON file per network; nothing is hard-coded per network).
/// Every default is PROTOCOL.md's. Accounts are Neo addresses or 0x-hashes; amounts are base units; times milliseconds
/// unless the name says seconds.
/// </summary>
public sealed record ProtocolConfig
{
    /// <summary>Who governs every contract until governance takes over (an address or 0x-hash).</summary>
    public required string Authority { get; init; }

    /// <summary>Who may mint HNT until the DAO contract takes the role (defaults to the authority).</summary>
    public string? HntMinter { get; init; }

    /// <summary>The price oracles' accounts (quorum: more than half of them fresh).</summary>
    public required IReadOnlyList<string> PriceOracles { get; init; }

    public long PriceMaxAgeMs { get; init; } = 10 * 60 * 1000;

    public int PriceMaxDeviationBps { get; init; } = 2000;

    /// <summary>HNT's hard cap, bones (223,000,000 HNT).</summary>
    public BigInteger HntMaxSupply { get; init; } = BigInteger.Parse("22300000000000000");

    /// <summary>HNT mint breaker: 5 × the first epoch emission (15M HNT/year ÷ 365) per 24 h, bones.</summary>
    public BigInteger HntMintBreakerThreshold { get; init; } = BigInteger.Parse("20547945205475");

    public long HntMintBreakerWindowMs { get; init; } = 24 * 3600 * 1000;

    /// <summary>DC mint breaker: 10^12 DC per rolling hour.</summary>
    public BigInteger DcMintBreakerThreshold { get; init; } = 1_000_000_000_000;

    public long DcMintBreakerWindowMs { get; init; } = 3600 * 1000;

    /// <summary>Epoch length, seconds (a devnet may use a shorter one).</summary>
    public long EpochLengthSeconds { get; init; } = 86_400;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new BigIntegerConverter() },
    };

    public static ProtocolConfig Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ProtocolConfig>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: empty protocol configuration.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private sealed class BigIntegerConverter : JsonConverter<BigInteger>
    {
        public override BigInteger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number => BigInteger.Parse(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), System.Globalization.CultureInfo.InvariantCulture),
            JsonTokenType.String => BigInteger.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new JsonException($"Expected an integer, found {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, BigInteger value, JsonSerializerOptions options) => writer.WriteRawValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
