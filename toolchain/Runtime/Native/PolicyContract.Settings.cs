using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// Policy getters and the committee setters (neo PolicyContract Set*). Each setter checks its range first (neo's
/// ArgumentOutOfRangeException texts), then the committee witness, then writes; values take effect for engines built
/// after the change (neo reads the fee factors when an engine is constructed).
/// </summary>
public sealed partial class PolicyContract
{
    public static uint GetMillisecondsPerBlock(IStoreView snapshot, ProtocolSettings settings) =>
        (uint)Read(snapshot, PrefixMillisecondsPerBlock, settings.MillisecondsPerBlock);

    public static uint GetMaxValidUntilBlockIncrement(IStoreView snapshot, ProtocolSettings settings) =>
        (uint)Read(snapshot, PrefixMaxValidUntilBlockIncrement, settings.MaxValidUntilBlockIncrement);

    public static uint GetMaxTraceableBlocks(IStoreView snapshot, ProtocolSettings settings) =>
        (uint)Read(snapshot, PrefixMaxTraceableBlocks, settings.MaxTraceableBlocks);

    private static uint GetMillisecondsPerBlock(ApplicationEngine engine) => GetMillisecondsPerBlock(engine.Snapshot, engine.Settings);

    private static uint GetMaxValidUntilBlockIncrement(ApplicationEngine engine) => GetMaxValidUntilBlockIncrement(engine.Snapshot, engine.Settings);

    private static uint GetMaxTraceableBlocks(ApplicationEngine engine) => GetMaxTraceableBlocks(engine.Snapshot, engine.Settings);

    /// <summary>The fee of a transaction attribute type (0 unless set); an undefined type faults.</summary>
    public static uint GetAttributeFee(IStoreView snapshot, byte attributeType)
    {
        CheckAttributeType(attributeType);
        return snapshot.TryGet(Key(PrefixAttributeFee, [attributeType])) is { } value ? (uint)new BigInteger(value) : DefaultAttributeFee;
    }

    private static void CheckAttributeType(byte attributeType)
    {
        if (!Enum.IsDefined(typeof(TransactionAttributeType), attributeType))
            throw new InvalidOperationException($"Attribute type {attributeType} is not supported.");
    }

    private static void SetFeePerByte(ApplicationEngine engine, long value)
    {
        if (value < 0 || value > 1_00000000)
            throw new ArgumentOutOfRangeException(nameof(value), $"FeePerByte must be between [0, 100000000], got {value}");
        NeoToken.AssertCommittee(engine);
        Write(engine.Snapshot, Key(PrefixFeePerByte), value);
    }

    /// <summary>Faun semantics: the value is in picoGAS (ExecFeeFactor × 10^4), at most 100 × 10^4.</summary>
    private static void SetExecFeeFactor(ApplicationEngine engine, ulong value)
    {
        var maxValue = (ulong)ApplicationEngine.FeeFactor * MaxExecFeeFactor;
        if (value == 0 || value > maxValue)
            throw new ArgumentOutOfRangeException(nameof(value), $"ExecFeeFactor must be between [1, {maxValue}], got {value}");
        NeoToken.AssertCommittee(engine);
        Write(engine.Snapshot, Key(PrefixExecFeeFactor), value);
    }

    private static void SetStoragePrice(ApplicationEngine engine, uint value)
    {
        if (value == 0 || value > MaxStoragePrice)
            throw new ArgumentOutOfRangeException(nameof(value), $"StoragePrice must be between [1, {MaxStoragePrice}], got {value}");
        NeoToken.AssertCommittee(engine);
        Write(engine.Snapshot, Key(PrefixStoragePrice), value);
    }

    /// <summary>Notifies MillisecondsPerBlockChanged(old, new).</summary>
    private void SetMillisecondsPerBlock(ApplicationEngine engine, uint value)
    {
        if (value == 0 || value > MaxMillisecondsPerBlock)
            throw new ArgumentOutOfRangeException(nameof(value), $"MillisecondsPerBlock must be between [1, {MaxMillisecondsPerBlock}], got {value}");
        NeoToken.AssertCommittee(engine);
        var oldTime = GetMillisecondsPerBlock(engine);
        Write(engine.Snapshot, Key(PrefixMillisecondsPerBlock), value);
        engine.SendNotification(Hash, "MillisecondsPerBlockChanged", new Vm.Types.Array([new Vm.Types.Integer(oldTime), new Vm.Types.Integer(value)]));
    }

    private static void SetMaxValidUntilBlockIncrement(ApplicationEngine engine, uint value)
    {
        if (value == 0 || value > MaxMaxValidUntilBlockIncrement)
            throw new ArgumentOutOfRangeException(nameof(value),
                $"MaxValidUntilBlockIncrement must be between [1, {MaxMaxValidUntilBlockIncrement}], got {value}");
        var mtb = GetMaxTraceableBlocks(engine);
        if (value >= mtb)
            throw new InvalidOperationException($"MaxValidUntilBlockIncrement must be lower than MaxTraceableBlocks ({value} vs {mtb})");
        NeoToken.AssertCommittee(engine);
        Write(engine.Snapshot, Key(PrefixMaxValidUntilBlockIncrement), value);
    }

    /// <summary>MaxTraceableBlocks may only shrink, and must stay above MaxValidUntilBlockIncrement.</summary>
    private static void SetMaxTraceableBlocks(ApplicationEngine engine, uint value)
    {
        if (value == 0 || value > MaxMaxTraceableBlocks)
            throw new ArgumentOutOfRangeException(nameof(value), $"MaxTraceableBlocks must be between [1, {MaxMaxTraceableBlocks}], got {value}");
        var oldVal = GetMaxTraceableBlocks(engine);
        if (value > oldVal)
            throw new InvalidOperationException($"MaxTraceableBlocks can not be increased (old {oldVal}, new {value})");
        var mVUBIncrement = GetMaxValidUntilBlockIncrement(engine);
        if (value <= mVUBIncrement)
            throw new InvalidOperationException($"MaxTraceableBlocks must be larger than MaxValidUntilBlockIncrement ({value} vs {mVUBIncrement})");
        NeoToken.AssertCommittee(engine);
        Write(engine.Snapshot, Key(PrefixMaxTraceableBlocks), value);
    }

    private static void SetAttributeFee(ApplicationEngine engine, byte attributeType, uint value)
    {
        CheckAttributeType(attributeType);
        if (value > MaxAttributeFee)
            throw new ArgumentOutOfRangeException(nameof(value), $"AttributeFee must be less than {MaxAttributeFee}");
        NeoToken.AssertCommittee(engine);
        Write(engine.Snapshot, Key(PrefixAttributeFee, [attributeType]), value);
    }
}
