using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Protocol.Bench.CoverageOracle;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Toolchain.Runtime.Cryptography;

// Ingest throughput on loopback. Without arguments (or with [reports] [concurrency]): starts `serve` as a child process,
// pre-signs the beacons of 1000 hotspots, posts them with a bounded number of requests in flight, then posts them all again
// (the idempotent path), and prints reports/s and latency percentiles. `serve` hosts the service on a free loopback port
// with SQLite in a temporary directory and prints "listening <url>"; it stops when its standard input closes.
const int Hotspots = 1000;
var keys = Enumerable.Range(1, Hotspots).Select(i => new KeyPair(Hashes.Sha256(BitConverter.GetBytes(i)))).ToArray();

if (args.Length > 0 && args[0] == "serve")
{
    var dir = Directory.CreateTempSubdirectory("coverage-ingest-bench-");
    var wallet = Path.Combine(dir.FullName, "wallet.json");
    File.WriteAllText(wallet, "{}");
    var tokenIds = keys.Select(k => Convert.ToHexString(TokenIds.For(1, HotspotKey.From(k.PublicKey)))).ToHashSet();
    var app = CoverageOracleHost.Build([], builder =>
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CoverageOracle:BackgroundEnabled"] = "false",
            ["CoverageOracle:Chain:RpcUrl"] = "http://127.0.0.1:1/",
            ["CoverageOracle:Chain:Network"] = BenchChain.Magic.ToString(),
            ["CoverageOracle:Chain:HotspotRegistry"] = "0x" + new string('1', 40),
            ["CoverageOracle:Chain:Rewards"] = "0x" + new string('2', 40),
            ["CoverageOracle:Chain:Dao"] = "0x" + new string('3', 40),
            ["CoverageOracle:Chain:WalletPath"] = wallet,
            ["CoverageOracle:Storage:Sqlite"] = $"Data Source={Path.Combine(dir.FullName, "bench.db")}",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<ICoverageChain>(new BenchChain(tokenIds));
    });
    await app.StartAsync();
    await app.Services.GetRequiredService<Protocol.Services.CoverageOracle.EntropySource.EntropyPublisher>().PublishAsync(default);
    Console.WriteLine("listening " + app.Urls.First());
    await Console.In.ReadToEndAsync();
    await app.StopAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    dir.Delete(recursive: true);
    return 0;
}

int reports = args.Length > 0 ? int.Parse(args[0]) : 10_000;
int concurrency = args.Length > 1 ? int.Parse(args[1]) : 32;
var self = typeof(BenchChain).Assembly.Location;
var start = new ProcessStartInfo("dotnet", [self, "serve"]) { RedirectStandardInput = true, RedirectStandardOutput = true };
using var server = Process.Start(start)!;
try
{
    string? line;
    while ((line = await server.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("listening ", StringComparison.Ordinal)) { }
    var url = new Uri(line?["listening ".Length..] ?? throw new InvalidOperationException("The server did not start."));
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = url };
    var entropyJson = await http.GetFromJsonAsync<JsonElement>("/v1/entropy");
    var entropy = new Entropy(Convert.FromHexString(entropyJson.GetProperty("value").GetString()!), entropyJson.GetProperty("startMs").GetInt64());

    var sign = Stopwatch.StartNew();
    var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    var bodies = Enumerable.Range(0, reports).AsParallel().AsOrdered().Select(i =>
    {
        var key = keys[i % Hotspots];
        var hotspot = HotspotKey.From(key.PublicKey);
        var local = BitConverter.GetBytes(i);
        var report = new BeaconReport(hotspot, BenchChain.Magic, now, entropy.StartMs, entropy.Data, local,
            BeaconPayload.Expected(hotspot, entropy.StartMs, entropy.Data, local), 904_100_000, 27);
        return ReportEncoding.Encode(ReportSigning.Sign(report, key));
    }).ToArray();
    Console.WriteLine($"signed {reports} beacons of {Hotspots} hotspots in {sign.Elapsed.TotalSeconds:0.0} s (load side, not timed below)");

    foreach (var pass in new[] { "new", "duplicate" })
    {
        var (elapsed, latencies, statuses) = await PostAllAsync(http, bodies, concurrency);
        latencies.Sort();
        Console.WriteLine($"{pass,-9}: {reports} reports, {concurrency} in flight: {reports / elapsed.TotalSeconds:0} reports/s " +
            $"(p50 {latencies[latencies.Count / 2]:0.0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.0} ms), statuses " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
    }
}
finally
{
    server.StandardInput.Close();
    if (!server.WaitForExit(10_000)) server.Kill();
}
return 0;

static async Task<(TimeSpan, List<double>, Dictionary<int, int>)> PostAllAsync(HttpClient http, byte[][] bodies, int concurrency)
{
    var latencies = new List<double>(bodies.Length);
    var statuses = new Dictionary<int, int>();
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < bodies.Length)
        {
            var t = Stopwatch.GetTimestamp();
            using var content = new ByteArrayContent(bodies[i]);
            content.Headers.ContentType = new("application/octet-stream");
            using var response = await http.PostAsync("/v1/beacons", content);
            var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            lock (latencies)
            {
                latencies.Add(ms);
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            }
        }
    }));
    return (clock.Elapsed, latencies, statuses);
}
