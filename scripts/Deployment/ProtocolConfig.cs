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

    /// <summary>HNT emitted per year by the schedule at its start, bones (15,000,000 HNT, HIP-20).</summary>
    public BigInteger HntPerYear { get; init; } = BigInteger.Parse("1500000000000000");

    /// <summary>When the emission schedules start (ms); null: the block time of the deployment.</summary>
    public long? EmissionStartMs { get; init; }

    /// <summary>Years between halvings of every emission schedule.</summary>
    public int HalvingYears { get; init; } = 2;

    /// <summary>Entries in each generated schedule (the last rate then holds until the maximum supply ends emissions).</summary>
    public int ScheduleEntries { get; init; } = 16;

    /// <summary>The most HNT re-emitted per epoch by net emissions, bones (1,643.83561643 HNT).</summary>
    public BigInteger NetEmissionsCap { get; init; } = 164_383_561_643;

    /// <summary>veHNT positions created before this block time (ms) get the landrush multiplier (×3); 0: no landrush.</summary>
    public long LandrushEndMs { get; init; }

    /// <summary>Who may pause a queued proposal of every organisation (its pause expires by itself); null: the authority.</summary>
    public string? GovernanceGuardian { get; init; }

    /// <summary>Who may propose in every organisation (with enough veHNT); empty: the authority.</summary>
    public IReadOnlyList<string> Governors { get; init; } = [];

    /// <summary>The subDAOs deployed and registered at bootstrap, each with its token and treasury.</summary>
    public IReadOnlyList<SubDaoConfig> SubDaos { get; init; } = DefaultSubDaos;

    /// <summary>
    /// IOT (id 1: 32.5B IOT a year, 89.04M a day) and MOBILE (id 2: 30B a year), 6% for delegators, Helium's onboarding fees
    /// (IOT full $40, data-only $10, location $5; MOBILE CBRS $40 + $10, WiFi indoor $20, outdoor $30, data-only $2).
    /// </summary>
    public static readonly IReadOnlyList<SubDaoConfig> DefaultSubDaos =
    [
        new()
        {
            Id = 1, Symbol = "IOT", DntPerYear = BigInteger.Parse("32500000000000000"),
            OnboardingFees = [new("full", 4_000_000, 500_000), new("dataOnly", 1_000_000, 500_000)],
        },
        new()
        {
            Id = 2, Symbol = "MOBILE", DntPerYear = BigInteger.Parse("30000000000000000"),
            OnboardingFees =
            [
                new("cbrs", 4_000_000, 1_000_000), new("wifiIndoor", 2_000_000, 0), new("wifiOutdoor", 3_000_000, 0), new("wifiDataOnly", 200_000, 0),
            ],
        },
    ];

    /// <summary>
    /// A schedule of <see cref="ScheduleEntries"/> entries [startMs, amountPerEpoch]: perYear × epoch length / 365 days
    /// (rounded down) from <paramref name="startMs"/>, halved (rounded down) every <see cref="HalvingYears"/> years.
    /// </summary>
    public IReadOnlyList<(long StartMs, BigInteger PerEpoch)> Schedule(BigInteger perYear, long startMs)
    {
        const long YearMs = 365L * 86_400_000;
        BigInteger perEpoch = perYear * EpochLengthSeconds / (365 * 86_400);
        return Enumerable.Range(0, ScheduleEntries).Select(k => (startMs + k * HalvingYears * YearMs, perEpoch >> k)).ToList();
    }

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
