using System.Security.Cryptography;
using System.Text;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;
using static Protocol.Services.H3.H3;

namespace Protocol.Services.Coverage.Tests.Support;

/// <summary>
/// A valid PoC to bend one rule at a time: a beaconer in San Francisco, registered witnesses a few km around it, fresh
/// entropy, reciprocity satisfied, the beacon in a new 6-hour window. Reports are really signed.
/// </summary>
public sealed class PocScenario
{
    public const uint Network = 860833102;
    public const long DefaultEntropyStart = 1_700_000_000_000;
    public const ulong Frequency = 904_100_000;
    public const double BeaconerLat = 37.7749;
    public const double BeaconerLng = -122.4194;

    public static readonly byte[] RemoteEntropy = SHA256.HashData(Encoding.UTF8.GetBytes("entropy"));

    public PocSettings Settings { get; } = new(Network);

    public FakeHotspotView View { get; } = new();

    public long EntropyStart { get; private set; } = DefaultEntropyStart;

    public Entropy? Entropy { get; set; } = new(RemoteEntropy, DefaultEntropyStart);

    public long BeaconReceived { get; set; } = DefaultEntropyStart + 60_000;

    /// <summary>Whose beacon <see cref="Beacon"/> makes (registered by the constructor as "beaconer").</summary>
    public string BeaconerName { get; set; } = "beaconer";

    public HotspotKey Beaconer => TestKeys.Key(BeaconerName);

    public PocScenario()
    {
        Register(BeaconerName, LocationAt(0, 0));
    }

    /// <summary>Moves entropy, beacon and witnesses <paramref name="ms"/> later (entropy published anew).</summary>
    public void Advance(long ms)
    {
        EntropyStart += ms;
        BeaconReceived += ms;
        Entropy = new Entropy(RemoteEntropy, EntropyStart);
    }

    /// <summary>A resolution-12 cell <paramref name="kmNorth"/> and <paramref name="kmEast"/> from the beaconer.</summary>
    public static ulong LocationAt(double kmNorth, double kmEast)
    {
        var lat = BeaconerLat + kmNorth / 111.195;
        var lng = BeaconerLng + kmEast / (111.195 * Math.Cos(BeaconerLat * Math.PI / 180));
        return LatLngToCell(lat, lng, 12);
    }

    /// <summary>Registers a hotspot with gain 1.2 dBi and (unless <paramref name="fresh"/>) recent activity in every role.</summary>
    public HotspotKey Register(string name, ulong location, bool fresh = false)
    {
        var key = TestKeys.Key(name);
        View[key] = fresh
            ? new HotspotFacts(location, GainDeciDbi: 12, ElevationMetres: 5)
            : new HotspotFacts(location, GainDeciDbi: 12, ElevationMetres: 5, DataOnly: false,
                LastBeaconMs: BeaconReceived - 7 * 3_600_000L,
                LastValidWitnessMs: BeaconReceived - 3_600_000L,
                LastBeaconWithWitnessMs: BeaconReceived - 3_600_000L);
        return key;
    }

    /// <summary>Registers witness "w{i}" about 2–3 km from the beaconer, at bearing 360°·i/20.</summary>
    public HotspotKey RegisterWitness(int i)
    {
        var bearing = 2 * Math.PI * i / 20;
        var km = 2 + (i % 3) * 0.5;
        return Register($"w{i}", LocationAt(km * Math.Cos(bearing), km * Math.Sin(bearing)));
    }

    public BeaconReport BeaconReport()
    {
        var local = new byte[] { 1, 2, 3, 4 };
        var data = BeaconPayload.Expected(Beaconer, EntropyStart, RemoteEntropy, local);
        return new BeaconReport(Beaconer, Network, BeaconReceived - 20, EntropyStart, RemoteEntropy, local, data, Frequency, TxPowerDbm: 27);
    }

    public ReceivedBeacon Beacon(Func<BeaconReport, BeaconReport>? change = null, string? signer = null)
    {
        var report = (change ?? (r => r))(BeaconReport());
        var signed = new SignedBeacon(report, TestKeys.Pair(signer ?? BeaconerName).Sign(ReportEncoding.Encode(report)));
        return new ReceivedBeacon(signed, BeaconReceived);
    }

    public WitnessReport WitnessReport(string name) =>
        new(TestKeys.Key(name), Network, BeaconReceived + 400, BeaconReport().Data, Frequency, SignalDeciDbm: -1000, SnrDeciDb: 55);

    public ReceivedWitness Witness(string name, long delayMs = 500, Func<WitnessReport, WitnessReport>? change = null)
    {
        var report = (change ?? (r => r))(WitnessReport(name));
        var signed = new SignedWitness(report, TestKeys.Pair(name).Sign(ReportEncoding.Encode(report)));
        return new ReceivedWitness(signed, BeaconReceived + delayMs);
    }

    public PocVerdict Verify(params ReceivedWitness[] witnesses) => Verify(Beacon(), witnesses);

    public PocVerdict Verify(ReceivedBeacon beacon, params ReceivedWitness[] witnesses) =>
        new PocVerifier(Settings).Verify(beacon, witnesses, Entropy, View);
}
