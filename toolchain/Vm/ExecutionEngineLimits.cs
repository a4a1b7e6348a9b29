namespace Protocol.Toolchain.Vm;

/// <summary>NeoVM limits (neo-vm ExecutionEngineLimits; reference/neo-n3.md §2.8).</summary>
public sealed record ExecutionEngineLimits
{
    public static readonly ExecutionEngineLimits Default = new();

    /// <summary>Largest shift (SHL/SHR) and exponent (POW).</summary>
    public int MaxShift { get; init; } = 256;

    /// <summary>Most references held across all stacks and slots.</summary>
    public uint MaxStackSize { get; init; } = 2048;

    /// <summary>Largest byte string or buffer (ushort.MaxValue × 2).</summary>
    public uint MaxItemSize { get; init; } = 131070;

    /// <summary>Largest operand of an equality comparison.</summary>
    public uint MaxComparableSize { get; init; } = 65536;

    public uint MaxInvocationStackSize { get; init; } = 1024;

    public uint MaxTryNestingDepth { get; init; } = 16;

    public void AssertMaxItemSize(int size)
    {
        if (size < 0 || size > MaxItemSize)
            throw new InvalidOperationException($"MaxItemSize exceed: {size}/{MaxItemSize}");
    }

    public void AssertShift(int shift)
    {
        if (shift > MaxShift || shift < 0)
            throw new InvalidOperationException($"Invalid shift value: {shift}/{MaxShift}");
    }
}
