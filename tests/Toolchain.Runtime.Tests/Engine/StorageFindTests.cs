using System.Text;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using C = Protocol.Toolchain.Runtime.Tests.Engine.StorageTestContract;
using F = Protocol.Toolchain.Runtime.Storage.FindOptions;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>System.Storage.Find: every option's value shape, order, and Neo's invalid-combination checks.</summary>
public class StorageFindTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>"p\x01" → [1, "x"], "p\x02" → [2, "y"] (binary-serialized arrays), "q" → "raw", "p" → 7 (serialized Integer).</summary>
    private static Storage.DataCache Seeded()
    {
        var snapshot = C.NewSnapshot();
        C.Call(snapshot, "put", B("p\u0001"), BinarySerializer.Serialize(new VmArray([1, "x"]), ExecutionEngineLimits.Default));
        C.Call(snapshot, "put", B("p\u0002"), BinarySerializer.Serialize(new VmArray([2, "y"]), ExecutionEngineLimits.Default));
        C.Call(snapshot, "put", B("q"), B("raw"));
        return snapshot;
    }

    private static VmArray Find(Storage.DataCache snapshot, string prefix, F options)
    {
        var engine = C.Call(snapshot, "find", B(prefix), (int)options);
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        return (VmArray)engine.ResultStack[0];
    }

    private static string Hex(StackItem item) => Convert.ToHexString(item.GetSpan());

    [Fact]
    public void Default_yields_structs_of_full_key_and_raw_value_in_key_order()
    {
        var snapshot = Seeded();
        var all = Find(snapshot, "", F.None);
        Assert.Equal(["7001", "7002", "71"], all.Select(e => Hex(((Struct)e)[0])));
        var q = Assert.IsType<Struct>(all[2]);
        Assert.Equal(2, q.Count);
        Assert.Equal(B("raw"), q[1].GetSpan().ToArray());
        Assert.Equal(StackItemType.ByteString, q[1].Type);
        Assert.Equal(["7001", "7002"], Find(snapshot, "p", F.None).Select(e => Hex(((Struct)e)[0])));
        Assert.Empty(Find(snapshot, "z", F.None));
    }

    [Fact]
    public void Keys_values_and_prefix_removal()
    {
        var snapshot = Seeded();
        Assert.Equal(["7001", "7002"], Find(snapshot, "p", F.KeysOnly).Select(Hex));
        Assert.Equal(["01", "02"], Find(snapshot, "p", F.KeysOnly | F.RemovePrefix).Select(Hex));
        Assert.Equal(["01", "02"], Find(snapshot, "p", F.RemovePrefix).Select(e => Hex(((Struct)e)[0])));
        Assert.Equal([""], Find(snapshot, "q", F.KeysOnly | F.RemovePrefix).Select(Hex));
        Assert.Equal(["726177"], Find(snapshot, "q", F.ValuesOnly).Select(Hex));
    }

    [Fact]
    public void Backwards_reverses_the_order()
    {
        var snapshot = Seeded();
        Assert.Equal(["71", "7002", "7001"], Find(snapshot, "", F.KeysOnly | F.Backwards).Select(Hex));
        Assert.Equal(["02", "01"], Find(snapshot, "p", F.KeysOnly | F.RemovePrefix | F.Backwards).Select(Hex));
    }

    [Fact]
    public void Deserialize_values_and_pick_fields()
    {
        var snapshot = Seeded();
        var entry = Assert.IsType<Struct>(Find(snapshot, "p", F.DeserializeValues)[0]);
        var value = Assert.IsType<VmArray>(entry[1]);
        Assert.Equal(StackItemType.Array, value.Type);
        Assert.Equal(1, value[0].GetInteger());
        Assert.Equal(B("x"), value[1].GetSpan().ToArray());

        Assert.Equal([1, 2], Find(snapshot, "p", F.DeserializeValues | F.ValuesOnly | F.PickField0).Select(i => (int)i.GetInteger()));
        Assert.Equal(["78", "79"], Find(snapshot, "p", F.DeserializeValues | F.ValuesOnly | F.PickField1 | F.Backwards).Select(Hex).Reverse());
        var picked = Assert.IsType<Struct>(Find(snapshot, "p", F.DeserializeValues | F.PickField1 | F.RemovePrefix)[1]);
        Assert.Equal(["02", "79"], picked.Select(Hex));
    }

    [Fact]
    public void Deserialization_and_picking_fault_on_values_that_do_not_fit()
    {
        var snapshot = Seeded();
        // "raw" is not a serialized item; the fault happens at Iterator.Value.
        Assert.Equal(VMState.FAULT, C.Call(snapshot, "find", B("q"), (int)F.DeserializeValues).State);
        C.Call(snapshot, "put", B("r"), BinarySerializer.Serialize(7, ExecutionEngineLimits.Default));
        var notArray = C.Call(snapshot, "find", B("r"), (int)(F.DeserializeValues | F.PickField0));
        Assert.IsType<InvalidCastException>(notArray.FaultException);
        C.Call(snapshot, "put", B("s"), BinarySerializer.Serialize(new VmArray([1]), ExecutionEngineLimits.Default));
        var tooShort = C.Call(snapshot, "find", B("s"), (int)(F.DeserializeValues | F.PickField1));
        Assert.IsType<ArgumentOutOfRangeException>(tooShort.FaultException);
    }

    private const string KeysOnlyMessage = "KeysOnly cannot be used with ValuesOnly, DeserializeValues, PickField0, or PickField1 (Parameter 'options')";
    private const string ValuesOnlyMessage = "ValuesOnly cannot be used with KeysOnly or RemovePrefix (Parameter 'options')";
    private const string BothPicksMessage = "PickField0 and PickField1 cannot be used together (Parameter 'options')";
    private const string PickNeedsDeserializeMessage = "PickField0 or PickField1 requires DeserializeValues (Parameter 'options')";

    [Theory]
    [InlineData(0x40, typeof(ArgumentOutOfRangeException), "Invalid find options: 64 (Parameter 'options')")]
    [InlineData(0xC1, typeof(ArgumentOutOfRangeException), "Invalid find options: 193 (Parameter 'options')")]
    [InlineData(256, typeof(OverflowException), null)] // FindOptions is a byte
    [InlineData(-1, typeof(OverflowException), null)]
    [InlineData(0x05, typeof(ArgumentException), KeysOnlyMessage)]  // KeysOnly | ValuesOnly
    [InlineData(0x09, typeof(ArgumentException), KeysOnlyMessage)]  // KeysOnly | DeserializeValues
    [InlineData(0x19, typeof(ArgumentException), KeysOnlyMessage)]  // KeysOnly | DeserializeValues | PickField0
    [InlineData(0x29, typeof(ArgumentException), KeysOnlyMessage)]  // KeysOnly | DeserializeValues | PickField1
    [InlineData(0x11, typeof(ArgumentException), KeysOnlyMessage)]  // KeysOnly | PickField0
    [InlineData(0x83, typeof(ArgumentException), null)]             // KeysOnly | RemovePrefix | Backwards is valid
    [InlineData(0x06, typeof(ArgumentException), ValuesOnlyMessage)] // ValuesOnly | RemovePrefix
    [InlineData(0x0E, typeof(ArgumentException), ValuesOnlyMessage)] // ValuesOnly | RemovePrefix | DeserializeValues
    [InlineData(0x38, typeof(ArgumentException), BothPicksMessage)] // DeserializeValues | PickField0 | PickField1
    [InlineData(0x30, typeof(ArgumentException), BothPicksMessage)] // PickField0 | PickField1 (checked before the next rule)
    [InlineData(0x10, typeof(ArgumentException), PickNeedsDeserializeMessage)]
    [InlineData(0x24, typeof(ArgumentException), PickNeedsDeserializeMessage)] // ValuesOnly | PickField1
    public void Invalid_option_combinations_fault_before_any_search(int options, Type type, string? message)
    {
        var engine = C.Call(Seeded(), "iter", B("p"), options);
        if (options == 0x83) { Assert.Equal(VMState.HALT, engine.State); return; }
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.IsType(type, engine.FaultException);
        if (message is not null) Assert.Equal(message, engine.FaultException!.Message);
    }

    [Fact]
    public void Exactly_28_of_the_256_option_bytes_are_accepted()
    {
        // Without Backwards: KeysOnly allows only RemovePrefix (2); ValuesOnly allows D, D|P0, D|P1 or nothing (4);
        // neither allows RemovePrefix × the same 4 value choices (8). 14 × 2 (Backwards) = 28; 0x40 never.
        var snapshot = C.NewSnapshot();
        var accepted = Enumerable.Range(0, 256).Where(o => C.Call(snapshot, "iter", B("p"), o).State == VMState.HALT).ToList();
        Assert.Equal(28, accepted.Count);
        Assert.DoesNotContain(accepted, o => (o & 0x40) != 0);
        Assert.Contains((int)(F.Backwards | F.ValuesOnly | F.DeserializeValues | F.PickField1), accepted);
    }

    [Fact]
    public void Local_find_checks_options_and_searches_the_current_contract()
    {
        var snapshot = Seeded();
        Assert.Equal(["01", "02"], ((VmArray)C.Call(snapshot, "localFind", B("p"), (int)(F.KeysOnly | F.RemovePrefix)).ResultStack[0]).Select(Hex));
        var bad = C.Call(snapshot, "localFind", B("p"), (int)(F.KeysOnly | F.ValuesOnly));
        Assert.Equal(KeysOnlyMessage, bad.FaultException?.Message);
    }
}
