using Protocol.Services.Coverage.Reports;
using H3Index = Protocol.Services.H3.H3;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.CoverageOracle.Tests.Support;

/// <summary>A test hotspot: its key pair and a resolution-12 H3 cell.</summary>
public sealed record TestHotspot(KeyPair Key, ulong Location)
{
    public HotspotKey Id => HotspotKey.From(Key.PublicKey);

    /// <summary>A hotspot with a deterministic key (private key = <paramref name="seed"/> repeated) at the given point.</summary>
    public static TestHotspot At(byte seed, double lat, double lng) =>
        new(new KeyPair(Enumerable.Repeat(seed, 32).ToArray()), H3Index.LatLngToCell(lat, lng, 12));

    /// <summary>
    /// Three hotspots around San Francisco, about 3.3–7 km apart (H3 centre distances checked by the tests that rely on them):
    /// far above the 8-cell minimum at resolution 11, far below the 100 km maximum.
    /// </summary>
    public static TestHotspot[] Town(byte firstSeed = 0x11) =>
    [
        At(firstSeed, 37.7749, -122.4194),
        At((byte)(firstSeed + 1), 37.8044, -122.4410),
        At((byte)(firstSeed + 2), 37.7599, -122.3868),
    ];
}
