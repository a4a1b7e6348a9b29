using System.Text;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;
using C = Protocol.Toolchain.Runtime.Tests.Engine.StorageTestContract;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// The exact fee of Storage.Put under each of Neo's rules (reference §2.7), with the default
/// ExecFeeFactor 30 and StoragePrice 100000 datoshi per byte.
/// </summary>
public class StorageFeeTests
{
    private const long StoragePrice = 100_000;

    /// <summary>
    /// Everything but the storage fee of one Store.put(key, value) call with values under 256 bytes:
    /// entry script PUSHDATA1 value 8 + PUSHDATA1 key 8 + PUSH2 1 + PACK 2048 + PUSH15 1 + PUSHDATA1 "put" 8
    /// + PUSHDATA1 hash 8 + SYSCALL Contract.Call 32768 = 34850; put: INITSLOT 64 + LDARG1 2 + LDARG0 2
    /// + SYSCALL GetContext 16 + SYSCALL Put 32768 + RET 0 = 32852; 67702 units × 30 = 2031060 datoshi.
    /// </summary>
    private const long PutCallFee = (34850 + 32852) * 30;

    private static byte[] Bytes(int length) => Enumerable.Repeat((byte)'x', length).ToArray();

    private static long PutFee(Storage.DataCache snapshot, int keyLength, int valueLength)
    {
        var engine = C.Call(snapshot, "put", Bytes(keyLength), Bytes(valueLength));
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        return engine.FeeConsumed;
    }

    // old = null: the key is new. Expected bytes, as Neo computes newDataSize:
    [Theory]
    [InlineData(1, null, 10, 11)]  // new key: |key| + |value| = 1 + 10
    [InlineData(5, null, 0, 5)]    // new key, empty value: 5 + 0
    [InlineData(64, null, 200, 264)] // new key: 64 + 200
    [InlineData(1, 10, 7, 2)]      // shrink: (7 − 1) / 4 + 1 = 2
    [InlineData(1, 10, 10, 3)]     // same length: (10 − 1) / 4 + 1 = 3
    [InlineData(1, 1, 1, 1)]       // same length: (1 − 1) / 4 + 1 = 1
    [InlineData(1, 8, 4, 1)]       // shrink: (4 − 1) / 4 + 1 = 1
    [InlineData(1, 8, 5, 2)]       // shrink: (5 − 1) / 4 + 1 = 2
    [InlineData(1, 10, 15, 8)]     // grow: (10 − 1) / 4 + 1 + (15 − 10) = 3 + 5
    [InlineData(1, 1, 2, 2)]       // grow: (1 − 1) / 4 + 1 + (2 − 1) = 1 + 1
    [InlineData(1, 10, 0, 0)]      // empty value: 0
    [InlineData(1, 0, 0, 0)]       // empty over empty: 0
    [InlineData(1, 0, 6, 6)]       // grow from an empty value: all 6 new bytes (Neo's own branch)
    public void Put_charges_storage_price_per_newly_used_byte(int keyLength, int? oldLength, int newLength, int expectedBytes)
    {
        var snapshot = C.NewSnapshot();
        if (oldLength is int old) PutFee(snapshot, keyLength, old);
        Assert.Equal(expectedBytes, ApplicationEngine.StorageFeeBytes(keyLength, oldLength, newLength));
        Assert.Equal(PutCallFee + expectedBytes * StoragePrice, PutFee(snapshot, keyLength, newLength));
    }

    [Fact]
    public void Two_puts_in_one_transaction_see_each_other()
    {
        // put(k, "xx") twice: the first is a new key (1 + 2 = 3 bytes); the second overwrites a value of the
        // same length ((2 − 1) / 4 + 1 = 1 byte) because the first call's layer was committed on return.
        var call = EngineRun.DynamicCall(C.Hash, "put", CallFlags.All, Bytes(1), Bytes(2));
        var engine = C.Run([.. call, .. call], C.NewSnapshot());
        Assert.Equal(VMState.HALT, engine.State);
        Assert.Equal(2 * PutCallFee + (3 + 1) * StoragePrice, engine.FeeConsumed);
    }

    [Fact]
    public void Deleting_and_reading_cost_only_their_fixed_prices()
    {
        var snapshot = C.NewSnapshot();
        PutFee(snapshot, 1, 10);
        // Entry script as for put but with one argument (no value push): 34850 − 8 − 8 + 8 ("delete"/"get" push) = 34842;
        // method: INITSLOT 64 + LDARG0 2 + GetContext 16 + Delete/Get 32768 + RET 0 = 32850.
        const long expected = (34842 + 32850) * 30;
        Assert.Equal(expected, C.Call(snapshot, "get", Bytes(1)).FeeConsumed);
        Assert.Equal(expected, C.Call(snapshot, "delete", Bytes(1)).FeeConsumed);
        // After the delete the key is new again: 1 + 4 bytes.
        Assert.Equal(PutCallFee + 5 * StoragePrice, PutFee(snapshot, 1, 4));
    }

    [Fact]
    public void Storage_price_comes_from_the_fee_settings_and_running_out_of_gas_faults()
    {
        var snapshot = C.NewSnapshot();
        var script = EngineRun.DynamicCall(C.Hash, "put", CallFlags.All, Bytes(1), Bytes(9));
        var fees = new FeeSettings(StoragePrice: 7);
        var engine = EngineRun.Run(script, fees: fees, snapshot: snapshot);
        Assert.Equal(PutCallFee + 10 * 7, engine.FeeConsumed);

        var poor = EngineRun.Run(script, gas: PutCallFee + 10 * StoragePrice - 1, snapshot: C.NewSnapshot());
        Assert.Equal(VMState.FAULT, poor.State);
        Assert.Equal("Insufficient GAS.", poor.FaultException!.Message);
        var enough = EngineRun.Run(script, gas: PutCallFee + 10 * StoragePrice, snapshot: C.NewSnapshot());
        Assert.Equal(VMState.HALT, enough.State);
    }

    [Fact]
    public void A_syscalls_fixed_price_is_charged_before_its_handler_runs()
    {
        // GetContext from the entry script faults for want of a deployed contract, after its fixed price was
        // charged: PUSHDATA1 8 + SYSCALL GetContext 16 → (8 + 16) × 30.
        var script = new ScriptBuilder().EmitPush(Encoding.ASCII.GetBytes("k")).EmitSysCall(Interop.Syscalls.StorageGetContext.Hash).ToArray();
        var engine = EngineRun.Run(script, snapshot: C.NewSnapshot());
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Equal((8 + 16) * 30, engine.FeeConsumed);
    }
}
