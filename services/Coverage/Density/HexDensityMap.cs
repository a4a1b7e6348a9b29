using Protocol.Services.Coverage.Rewards;
using Protocol.Services.H3;
using static Protocol.Services.H3.H3;

namespace Protocol.Services.Coverage.Density;

/// <summary>
/// HIP-17/HIP-104 transmit scaling (helium-oracles.md §3a; the reference's <c>hex_density.rs</c>). From the locations of
/// the active hotspots (valid beacon with a witness in the last 60 h; the service decides who is active):
/// <list type="number">
/// <item>count hotspots per resolution-11 cell (the parent of each location): there clipped = unclipped = count;</item>
/// <item>for r = 10 down to 4: unclipped(cell) = Σ clipped(children); clipped(cell) = min(unclipped, limit) with the
/// <see cref="DensityRules"/> limit. Since limit ≥ target always, "clipped ≥ target" and "unclipped ≥ target" agree, so
/// the occupied count is order-independent; and a cell with unclipped ≤ target needs no neighbours at all;</item>
/// <item>hex_scale(location) = Π over its ancestors at resolutions 4..10 of clipped/unclipped (resolution 11 contributes
/// 1), the exact rational floored once to 12 decimals (<see cref="Fixed"/>; the reference rounds to 4);</item>
/// <item>a location whose resolution-11 cell holds no active hotspot scales by <see cref="DefaultScale"/> = 0.2, so an
/// inactive hotspot can earn its way back.</item>
/// </list>
/// A witness is scaled by its beaconer's hex scale.
/// <para>Exact integers throughout: Π clipped ≤ 10^8 and Π unclipped ≤ (hotspots in one resolution-10 cell) × 7³ × 70
/// × 350 × 1400 (a parent has at most 7 children, each clipped to its own max), so 128-bit products never overflow.</para>
/// </summary>
public sealed class HexDensityMap
{
    /// <summary>Scale of a location outside the map: 0.2.</summary>
    public const long DefaultScale = Fixed.One / 5;

    private readonly Level[] _levels; // index = resolution (4..11 used)
    private readonly long[] _scales; // fixed-point scale of each resolution-11 cell, in that level's order

    private HexDensityMap(Level[] levels, long[] scales)
    {
        _levels = levels;
        _scales = scales;
    }

    /// <summary>Resolution-11 cells with at least one active hotspot.</summary>
    public int CellCount => _scales.Length;

    /// <summary>
    /// Builds the map. Every location must be a valid H3 cell of resolution 11 or finer (an active hotspot passed the
    /// location checks); anything else throws <see cref="ArgumentException"/>. Duplicates count once per occurrence
    /// (two hotspots may share a cell).
    /// </summary>
    public static HexDensityMap Build(IEnumerable<ulong> activeLocations)
    {
        ArgumentNullException.ThrowIfNull(activeLocations);
        var levels = new Level[DensityRules.CountResolution + 1];
        var bottom = new Level(activeLocations is ICollection<ulong> c ? c.Count : 0);
        foreach (var location in activeLocations)
        {
            if (location == 0 || !IsValidCell(location) || GetResolution(location) < DensityRules.CountResolution)
                throw new ArgumentException($"Active location {location:x} is not an H3 cell of resolution 11 or finer.", nameof(activeLocations));
            bottom.Add(CellToParent(location, DensityRules.CountResolution), 1);
        }
        bottom.ClipNothing();
        levels[DensityRules.CountResolution] = bottom;
        for (int r = DensityRules.CountResolution - 1; r >= DensityRules.TopResolution; r--)
        {
            var children = levels[r + 1];
            var level = new Level(children.Count); // an upper bound: growing a million-entry index twice costs more
            for (int i = 0; i < children.Count; i++)
                children.Parent[i] = level.Add(CellToParent(children.Cells[i], r), children.Clipped[i]);
            level.Clip(DensityRules.For(r));
            levels[r] = level;
        }
        return new HexDensityMap(levels, Scales(levels));
    }

    /// <summary>The fixed-point scale of a hotspot at <paramref name="location"/> (any resolution ≥ 11), 0.2 if unmapped.</summary>
    public long ScaleOf(ulong location) => TryGetScale(location, out var scale) ? scale : DefaultScale;

    /// <summary>The scale of a location whose resolution-11 cell is in the map.</summary>
    public bool TryGetScale(ulong location, out long scale)
    {
        scale = 0;
        if (location == 0 || !IsValidCell(location)) return false;
        var resolution = GetResolution(location);
        if (resolution < DensityRules.CountResolution) return false;
        var cell = resolution == DensityRules.CountResolution ? location : CellToParent(location, DensityRules.CountResolution);
        if (!_levels[DensityRules.CountResolution].Index.TryGetValue(cell, out var i)) return false;
        scale = _scales[i];
        return true;
    }

    /// <summary>Σ clipped counts of the cell's children (resolution 4..11; at 11 the hotspot count), 0 if absent.</summary>
    public long Unclipped(ulong cell) => Find(cell, out var level, out var i) ? level.Unclipped[i] : 0;

    /// <summary>The cell's count after its limit, 0 if absent.</summary>
    public long Clipped(ulong cell) => Find(cell, out var level, out var i) ? level.Clipped[i] : 0;

    private bool Find(ulong cell, out Level level, out int index)
    {
        level = null!;
        index = -1;
        if (!IsValidCell(cell)) return false;
        var r = GetResolution(cell);
        if (r < DensityRules.TopResolution || r > DensityRules.CountResolution) return false;
        level = _levels[r];
        return level.Index.TryGetValue(cell, out index);
    }

    /// <summary>Top-down exact products: num/den of a cell = its parent's × clipped/unclipped.</summary>
    private static long[] Scales(Level[] levels)
    {
        var num = new UInt128[levels[DensityRules.TopResolution].Count];
        var den = new UInt128[num.Length];
        var top = levels[DensityRules.TopResolution];
        for (int i = 0; i < num.Length; i++)
        {
            num[i] = (UInt128)top.Clipped[i];
            den[i] = (UInt128)top.Unclipped[i];
        }
        for (int r = DensityRules.TopResolution + 1; r < DensityRules.CountResolution; r++)
        {
            var level = levels[r];
            var childNum = new UInt128[level.Count];
            var childDen = new UInt128[level.Count];
            for (int i = 0; i < level.Count; i++)
            {
                int p = level.Parent[i];
                if (level.Clipped[i] == level.Unclipped[i])
                {
                    childNum[i] = num[p];
                    childDen[i] = den[p];
                }
                else
                {
                    childNum[i] = checked(num[p] * (UInt128)level.Clipped[i]);
                    childDen[i] = checked(den[p] * (UInt128)level.Unclipped[i]);
                }
            }
            num = childNum;
            den = childDen;
        }
        var bottom = levels[DensityRules.CountResolution];
        var scales = new long[bottom.Count];
        for (int i = 0; i < scales.Length; i++)
        {
            int p = bottom.Parent[i];
            scales[i] = (long)(checked((UInt128)Fixed.One * num[p]) / den[p]);
        }
        return scales;
    }

    /// <summary>The cells of one resolution, with their counts and the index of their parent one level up.</summary>
    private sealed class Level(int capacity)
    {
        public readonly Dictionary<ulong, int> Index = new(capacity);
        public readonly List<ulong> Cells = new(capacity);
        public readonly List<long> Unclipped = new(capacity);
        public List<long> Clipped = new(capacity);
        public List<int> Parent = new(capacity);

        public int Count => Cells.Count;

        public int Add(ulong cell, long count)
        {
            if (Index.TryGetValue(cell, out var i))
            {
                Unclipped[i] = checked(Unclipped[i] + count);
                return i;
            }
            i = Cells.Count;
            Index.Add(cell, i);
            Cells.Add(cell);
            Unclipped.Add(count);
            Parent.Add(-1);
            return i;
        }

        public void ClipNothing() => Clipped = new List<long>(Unclipped);

        public void Clip(DensityRule rule)
        {
            Clipped = new List<long>(Count);
            for (int i = 0; i < Count; i++)
            {
                long unclipped = Unclipped[i];
                // limit ∈ [target, max]: no neighbours are needed at or below target, nor when max = target (res 8–10).
                long clipped = unclipped <= rule.Target ? unclipped
                    : rule.Max <= rule.Target ? Math.Min(unclipped, rule.Max)
                    : Math.Min(unclipped, rule.Limit(Occupied(Cells[i], rule.Target)));
                Clipped.Add(clipped);
            }
        }

        private int Occupied(ulong cell, long target)
        {
            int occupied = 0;
            foreach (var neighbour in GridDisk(cell, 1))
                if (Index.TryGetValue(neighbour, out var j) && Unclipped[j] >= target) occupied++;
            return occupied;
        }
    }
}
