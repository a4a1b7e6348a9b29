using System.Net.Http.Json;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.EntropySource;
using Protocol.Services.CoverageOracle.Tests.Support;

namespace Protocol.Services.CoverageOracle.Tests.Service;

/// <summary>POST /v1/beacons and /v1/witnesses over HTTP, check by check: each refusal is a ProblemDetails naming its reason.</summary>
public sealed class IngestTests : IAsyncLifetime
{
    private const long Now = 1_700_006_400_000 + 3_600_000;
    private readonly TempDirectory _dir = new();
    private readonly FakeChain _chain = new();
    private readonly ManualClock _clock = new(Now);
    private readonly TestHotspot[] _town = TestHotspot.Town();
    private OracleInstance _oracle = null!;
    private Entropy _entropy = null!;

    public async Task InitializeAsync()
    {
        foreach (var h in _town) _chain.Register(h);
        _oracle = await OracleInstance.StartAsync(FakeChainSettings.For(_dir, _chain), FakeChainSettings.Services(_chain, _clock));
        _entropy = await _oracle.Get<EntropyPublisher>().PublishAsync(default);
    }

    public async Task DisposeAsync()
    {
        await _oracle.DisposeAsync();
        _dir.Dispose();
    }

    private BeaconReport Beacon(TestHotspot h, uint? network = null, long? timestamp = null) =>
        Reports.Beacon(h, network ?? _chain.Network, _entropy, timestamp ?? Now - 500);

    private static async Task AssertRefusedAsync((int Status, System.Text.Json.JsonElement Body) response, int status, string reason)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal(reason, response.Body.GetProperty("reason").GetString());
        Assert.Equal($"Report refused: {reason}", response.Body.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(response.Body.GetProperty("detail").GetString()));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_beacon_is_stored_once_under_its_content_id_whatever_form_it_comes_in()
    {
        var report = Beacon(_town[0]);
        var first = await _oracle.PostAsync("/v1/beacons", Reports.Signed(report, _town[0]));
        Assert.Equal(202, first.Status);
        var id = Convert.ToHexString(ReportIds.Of(report)).ToLowerInvariant();
        Assert.Equal(id, first.Body.GetProperty("id").GetString());
        Assert.False(first.Body.GetProperty("duplicate").GetBoolean());
        Assert.Equal(Now, first.Body.GetProperty("receivedMs").GetInt64());

        // The same content signed again (ECDSA signatures differ each time), later, as JSON: the same row.
        _clock.Advance(1_000);
        using var json = await _oracle.Http.PostAsJsonAsync("/v1/beacons", new { report = Convert.ToBase64String(Reports.Signed(report, _town[0])) });
        Assert.Equal(200, (int)json.StatusCode);
        var again = await json.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(id, again.GetProperty("id").GetString());
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(Now, again.GetProperty("receivedMs").GetInt64());
        var reports = (await _oracle.GetAsync($"/v1/hotspots/{_town[0].Id}/reports")).Body.GetProperty("reports");
        Assert.Equal(1, reports.GetArrayLength());
        Assert.Equal("Pending", reports[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_witness_is_accepted_and_idempotent()
    {
        var witness = Reports.Witness(_town[1], _chain.Network, Beacon(_town[0]), Now - 400);
        Assert.Equal(202, (await _oracle.PostAsync("/v1/witnesses", Reports.Signed(witness, _town[1]))).Status);
        Assert.Equal(200, (await _oracle.PostAsync("/v1/witnesses", Reports.Signed(witness, _town[1]))).Status);
        // A beacon's bytes are not a witness (the domain prefix differs).
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/witnesses", Reports.Signed(Beacon(_town[0]), _town[0])), 400, "Malformed");
    }

    [Fact]
    public async Task Malformed_bodies_are_400()
    {
        var bytes = Reports.Signed(Beacon(_town[0]), _town[0]);
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", bytes[..^1]), 400, "Malformed");
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", [.. bytes, 0]), 400, "Malformed");
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", []), 400, "Malformed");
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", new byte[5_000]), 400, "Malformed");
        using var badJson = await _oracle.Http.PostAsJsonAsync("/v1/beacons", new { report = "not base64!" });
        Assert.Equal(400, (int)badJson.StatusCode);
        using var noField = await _oracle.Http.PostAsJsonAsync("/v1/beacons", new { data = "AAAA" });
        Assert.Equal(400, (int)noField.StatusCode);
    }

    [Fact]
    public async Task Another_network_is_refused() =>
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", Reports.Signed(Beacon(_town[0], network: 894710606), _town[0])), 422, "WrongNetwork");

    [Fact]
    public async Task A_signature_by_another_key_or_altered_bytes_is_refused()
    {
        var bytes = Reports.Signed(Beacon(_town[0]), _town[0]);
        bytes[^10] ^= 0x01;
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", bytes), 422, "BadSignature");
        // The report names hotspot 0 but hotspot 1 signs it.
        var forged = ReportEncoding.Encode(new SignedBeacon(Beacon(_town[0]), _town[1].Key.Sign(ReportEncoding.Encode(Beacon(_town[0])))));
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", forged), 422, "BadSignature");
    }

    [Fact]
    public async Task Future_and_ancient_timestamps_are_refused()
    {
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", Reports.Signed(Beacon(_town[0], timestamp: Now + 10_001), _town[0])), 422,
            "FutureTimestamp");
        Assert.Equal(202, (await _oracle.PostAsync("/v1/beacons", Reports.Signed(Beacon(_town[0], timestamp: Now + 10_000), _town[0]))).Status);
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", Reports.Signed(Beacon(_town[1], timestamp: Now - 30 * 60_000 - 1), _town[1])), 422,
            "AncientTimestamp");
    }

    [Fact]
    public async Task Unknown_hotspots_are_refused_and_registry_reads_are_cached()
    {
        var stranger = TestHotspot.At(0x51, 37.70, -122.47);
        var reads = _chain.RegistryReads;
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", Reports.Signed(Beacon(stranger), stranger)), 422, "GatewayNotFound");
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", Reports.Signed(Beacon(stranger, timestamp: Now - 1), stranger)), 422, "GatewayNotFound");
        Assert.Equal(reads + 1, _chain.RegistryReads);
        // A hotspot of another subDAO is unknown here too.
        var other = TestHotspot.At(0x52, 37.71, -122.46);
        _chain.Register(other, inSubDao: 2);
        Assert.Equal(202, (await _oracle.PostAsync("/v1/beacons", Reports.Signed(Beacon(_town[2]), _town[2]))).Status);
        await AssertRefusedAsync(await _oracle.PostAsync("/v1/beacons", Reports.Signed(Beacon(other), other)), 422, "GatewayNotFound");
    }

    [Fact]
    public async Task Entropy_is_published_with_its_lifespan()
    {
        var (status, body) = await _oracle.GetAsync("/v1/entropy");
        Assert.Equal(200, status);
        Assert.Equal(Convert.ToHexString(_entropy.Data).ToLowerInvariant(), body.GetProperty("value").GetString());
        Assert.Equal(Now / 60_000 * 60_000, body.GetProperty("startMs").GetInt64());
        Assert.Equal(body.GetProperty("startMs").GetInt64() + 180_000, body.GetProperty("validUntilMs").GetInt64());
        // The next minute gives a new value even on the same block; the same minute keeps it.
        _clock.Advance(60_000);
        var next = await _oracle.Get<EntropyPublisher>().PublishAsync(default);
        Assert.NotEqual(_entropy.Data, next.Data);
        Assert.Same(next, await _oracle.Get<EntropyPublisher>().PublishAsync(default));
    }
}
