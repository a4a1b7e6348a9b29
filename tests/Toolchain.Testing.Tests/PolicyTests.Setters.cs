using System.Numerics;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using static Protocol.Toolchain.Testing.Tests.PolicyTests;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// Policy's committee setters (neo UT_PolicyContract Check_SetFeePerByte, Check_SetBaseExecFee, Check_SetStoragePrice,
/// Check_SetAttributeFee, Check_SetMillisecondsPerBlock, Check_SetMaxValidUntilBlockIncrement, Check_SetMaxTraceableBlocks):
/// range errors come first with neo's texts, then the committee check; changed fee factors price the next call.
/// </summary>
public class PolicySetterTests
{
    private const string CommitteeFault = "Invalid committee signature. It should be a multisig(len(committee) - (len(committee) - 1) / 2)).";

    [Theory]
    [InlineData("setFeePerByte", 1)]
    [InlineData("setExecFeeFactor", 500_000)]
    [InlineData("setStoragePrice", 300_300)]
    [InlineData("setMillisecondsPerBlock", 3_000)]
    [InlineData("setMaxValidUntilBlockIncrement", 123)]
    [InlineData("setMaxTraceableBlocks", 5761)]
    public void Setters_need_the_committee_and_then_store_the_value(string setter, long value)
    {
        var stranger = NativeTestSupport.EngineSignedBy(NativeTestSupport.Bob);
        TestEngine.AssertFault(() => stranger.Invoke(Policy, setter, value), CommitteeFault);
        var engine = AsCommittee();
        engine.Invoke(Policy, setter, value);
        var getter = setter == "setExecFeeFactor" ? "getExecPicoFeeFactor" : "get" + setter[3..];
        Assert.Equal(value, engine.Call<long>(Policy, getter));
    }

    [Theory]
    [InlineData("setFeePerByte", -1, "FeePerByte must be between [0, 100000000], got -1 (Parameter 'value')")]
    [InlineData("setFeePerByte", 100_000_001, "FeePerByte must be between [0, 100000000], got 100000001 (Parameter 'value')")]
    [InlineData("setExecFeeFactor", 0, "ExecFeeFactor must be between [1, 1000000], got 0 (Parameter 'value')")]
    [InlineData("setExecFeeFactor", 1_000_001, "ExecFeeFactor must be between [1, 1000000], got 1000001 (Parameter 'value')")]
    [InlineData("setStoragePrice", 0, "StoragePrice must be between [1, 10000000], got 0 (Parameter 'value')")]
    [InlineData("setStoragePrice", 10_000_001, "StoragePrice must be between [1, 10000000], got 10000001 (Parameter 'value')")]
    [InlineData("setMillisecondsPerBlock", 0, "MillisecondsPerBlock must be between [1, 30000], got 0 (Parameter 'value')")]
    [InlineData("setMillisecondsPerBlock", 30_001, "MillisecondsPerBlock must be between [1, 30000], got 30001 (Parameter 'value')")]
    [InlineData("setMaxValidUntilBlockIncrement", 0, "MaxValidUntilBlockIncrement must be between [1, 86400], got 0 (Parameter 'value')")]
    [InlineData("setMaxValidUntilBlockIncrement", 86_401, "MaxValidUntilBlockIncrement must be between [1, 86400], got 86401 (Parameter 'value')")]
    [InlineData("setMaxTraceableBlocks", 0, "MaxTraceableBlocks must be between [1, 2102400], got 0 (Parameter 'value')")]
    [InlineData("setMaxTraceableBlocks", 2_102_401, "MaxTraceableBlocks must be between [1, 2102400], got 2102401 (Parameter 'value')")]
    [InlineData("setMaxTraceableBlocks", 5760, "MaxTraceableBlocks must be larger than MaxValidUntilBlockIncrement (5760 vs 5760)")]
    public void Out_of_range_values_fault_before_the_committee_check(string setter, long value, string message)
    {
        var stranger = NativeTestSupport.EngineSignedBy(NativeTestSupport.Bob);
        Assert.Equal(message, TestEngine.AssertFault(() => stranger.Invoke(Policy, setter, value), message).Message);
        TestEngine.AssertFault(() => AsCommittee().Invoke(Policy, setter, value), message);
    }

    [Fact]
    public void Validity_limits_keep_their_order_and_traceable_blocks_only_shrink()
    {
        var engine = AsCommittee();
        engine.Invoke(Policy, "setMaxTraceableBlocks", 10_000);
        TestEngine.AssertFault(() => engine.Invoke(Policy, "setMaxValidUntilBlockIncrement", 10_000),
            "MaxValidUntilBlockIncrement must be lower than MaxTraceableBlocks (10000 vs 10000)");
        TestEngine.AssertFault(() => engine.Invoke(Policy, "setMaxTraceableBlocks", 10_001),
            "MaxTraceableBlocks can not be increased (old 10000, new 10001)");
        engine.Invoke(Policy, "setMaxValidUntilBlockIncrement", 9_999);
        Assert.Equal(9_999, engine.Call<long>(Policy, "getMaxValidUntilBlockIncrement"));
    }

    [Fact]
    public void Attribute_fees_are_set_per_defined_type()
    {
        var stranger = NativeTestSupport.EngineSignedBy(NativeTestSupport.Bob);
        TestEngine.AssertFault(() => stranger.Invoke(Policy, "setAttributeFee", 0x01, 300_300), CommitteeFault);
        TestEngine.AssertFault(() => stranger.Invoke(Policy, "setAttributeFee", 0xff, 1), "Attribute type 255 is not supported.");
        TestEngine.AssertFault(() => stranger.Invoke(Policy, "setAttributeFee", 0x01, 1_000_000_001),
            "AttributeFee must be less than 1000000000 (Parameter 'value')");
        var engine = AsCommittee();
        engine.Invoke(Policy, "setAttributeFee", 0x01, 300_300);
        Assert.Equal(300_300, engine.Call<long>(Policy, "getAttributeFee", 0x01));
        engine.Invoke(Policy, "setAttributeFee", 0x22, 0);
        Assert.Equal(0, engine.Call<long>(Policy, "getAttributeFee", 0x22));
        Assert.Empty(PolicyEntry(engine, 20, 0x22)!); // zero is stored as no bytes
        engine.Invoke(Policy, "setAttributeFee", 0x20, 1_000_000_000); // the maximum itself is allowed
        Assert.Equal(1_000_000_000, engine.Call<long>(Policy, "getAttributeFee", 0x20));
    }

    [Fact]
    public void Milliseconds_per_block_notifies_the_old_and_new_value()
    {
        var engine = AsCommittee();
        engine.Invoke(Policy, "setMillisecondsPerBlock", 3_000);
        var changed = Assert.Single(engine.LastNotifications);
        Assert.Equal((Policy, "MillisecondsPerBlockChanged"), (changed.ScriptHash, changed.EventName));
        Assert.Equal([15_000, 3_000], changed.State.Select(i => (long)i.GetInteger()));
        Assert.Equal(3_000, engine.Call<long>(Policy, "getMillisecondsPerBlock"));
    }

    [Fact]
    public void A_new_exec_fee_factor_prices_the_next_call_not_the_current_one()
    {
        var engine = AsCommittee();
        engine.Invoke(Policy, "setExecFeeFactor", 500_000);
        long atOld = engine.LastFeeConsumed;
        engine.Invoke(Policy, "setExecFeeFactor", 500_000); // the same script, now at 50
        Assert.Equal(atOld * 50, engine.LastFeeConsumed * 30);
        Assert.Equal(50, engine.Call<long>(Policy, "getExecFeeFactor"));
        Assert.Equal(GetterUnits * 50, engine.LastFeeConsumed);

        // A factor that is no whole number of datoshi: picoGAS summed, rounded up once (12.3456 per unit).
        engine.Invoke(Policy, "setExecFeeFactor", 123_456);
        Assert.Equal(12, engine.Call<long>(Policy, "getExecFeeFactor")); // neo divides down
        Assert.Equal((GetterUnits * 123_456 + 9_999) / 10_000, engine.LastFeeConsumed);
    }

    [Fact]
    public void A_new_storage_price_prices_the_storage_fee_of_the_next_call()
    {
        var engine = AsCommittee();
        engine.Signers = [new Signer(NativeTestSupport.Validators, WitnessScope.CalledByEntry)];
        engine.Invoke(NativeContracts.Gas.Hash, "transfer", NativeTestSupport.Validators, NativeTestSupport.Bob, 1, null);
        long before = engine.LastFeeConsumed;
        engine.Signers = [new Signer(Committee, WitnessScope.Global)];
        engine.Invoke(Policy, "setStoragePrice", 300_300);
        engine.Signers = [new Signer(NativeTestSupport.Validators, WitnessScope.CalledByEntry)];
        engine.Invoke(NativeContracts.Gas.Hash, "transfer", NativeTestSupport.Validators, NativeTestSupport.Bob, 1, null);
        // GAS transfer declares StorageFee 50: 50 × (300300 − 100000) more.
        Assert.Equal(before + 50 * (300_300 - 100_000), engine.LastFeeConsumed);
        Assert.Equal(new BigInteger(2), engine.Call<BigInteger>(NativeContracts.Gas.Hash, "balanceOf", NativeTestSupport.Bob));
    }
}
