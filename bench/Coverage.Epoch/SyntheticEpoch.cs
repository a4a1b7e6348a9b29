using static Protocol.Services.H3.H3;

namespace Protocol.Bench.Coverage;

/// <summary>
/// A deterministic synthetic epoch: hotspots in clusters ("towns" of about 500, spread σ ≈ 3 km around a random centre
/// between 55° S and 65° N), each beaconing once in the epoch and heard by <c>witnesses</c> distinct hotspots of its own
/// town. Plain arrays, so generating it costs nothing the measured computation would have to pay.
/// </summary>
public sealed class SyntheticEpoch
{
    public const long EpochLengthMs = 86_400_000;
    public const long Epoch = 20_000;

    public required ulong[] Locations { get; init; }

    public required long[] BeaconReceivedMs { get; init; }

    /// <summary>Witness indices, <see cref="WitnessesPerPoc"/> per hotspot's beacon, flattened.</summary>
    public required int[] Witnesses { get; init; }

    public required int WitnessesPerPoc { get; init; }

    public int Hotspots => Locations.Length;

    public static SyntheticEpoch Generate(int hotspots, int witnessesPerPoc, int seed)
    {
        var random = new Random(seed);
        const int town = 500;
        var locations = new ulong[hotspots];
        var received = new long[hotspots];
        var witnesses = new int[hotspots * witnessesPerPoc];
        long start = Epoch * EpochLengthMs;
        for (int first = 0; first < hotspots; first += town)
        {
            int size = Math.Min(town, hotspots - first);
            double lat = -55 + random.NextDouble() * 120, lng = -180 + random.NextDouble() * 360;
            for (int i = first; i < first + size; i++)
            {
                double dLat = Gaussian(random) * 3 / 111.2, dLng = Gaussian(random) * 3 / (111.2 * Math.Cos(lat * Math.PI / 180));
                locations[i] = LatLngToCell(Math.Clamp(lat + dLat, -89, 89), lng + dLng, 12);
                received[i] = start + (long)(random.NextDouble() * EpochLengthMs);
                int k = Math.Min(witnessesPerPoc, size - 1);
                for (int w = 0; w < witnessesPerPoc; w++)
                {
                    // k distinct others from the town (fewer only in a town smaller than the PoC): a random offset walk.
                    int pick;
                    if (w >= k) pick = -1;
                    else
                    {
                        do pick = first + random.Next(size);
                        while (pick == i || Contains(witnesses, i * witnessesPerPoc, w, pick));
                    }
                    witnesses[i * witnessesPerPoc + w] = pick;
                }
            }
        }
        return new SyntheticEpoch { Locations = locations, BeaconReceivedMs = received, Witnesses = witnesses, WitnessesPerPoc = witnessesPerPoc };
    }

    private static bool Contains(int[] array, int from, int count, int value)
    {
        for (int j = 0; j < count; j++)
            if (array[from + j] == value) return true;
        return false;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
