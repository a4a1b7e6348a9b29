using System.Text;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using C = Protocol.Toolchain.Runtime.Tests.Engine.StorageTestContract;
using S = Protocol.Toolchain.Runtime.Interop.Syscalls;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>System.Storage.Get/Put/Delete, the Local variants, contexts, limits and call flags.</summary>
public class StorageSyscallTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    private static void AssertHalt(Vm.ExecutionEngine engine) => Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());

    private static Exception AssertFault(Vm.ExecutionEngine engine)
    {
        Assert.Equal(VMState.FAULT, engine.State);
        return engine.FaultException!;
    }

    // Name, SYSCALL bytes (reference §2.5), fixed price, required flags.
    [Theory]
    [InlineData("System.Storage.GetContext", "9bf667ce", 16, CallFlags.ReadStates)]
    [InlineData("System.Storage.GetReadOnlyContext", "f6b46be2", 16, CallFlags.ReadStates)]
    [InlineData("System.Storage.AsReadOnly", "764cbfe9", 16, CallFlags.ReadStates)]
    [InlineData("System.Storage.Get", "925de831", 32768, CallFlags.ReadStates)]
    [InlineData("System.Storage.Find", "df30b89a", 32768, CallFlags.ReadStates)]
    [InlineData("System.Storage.Put", "e63f1884", 32768, CallFlags.WriteStates)]
    [InlineData("System.Storage.Delete", "2f58c5ed", 32768, CallFlags.WriteStates)]
    [InlineData("System.Storage.Local.Get", "d58d5ee8", 32768, CallFlags.ReadStates)]
    [InlineData("System.Storage.Local.Find", "077652f3", 32768, CallFlags.ReadStates)]
    [InlineData("System.Storage.Local.Put", "390ce30a", 32768, CallFlags.WriteStates)]
    [InlineData("System.Storage.Local.Delete", "7554f594", 32768, CallFlags.WriteStates)]
    [InlineData("System.Iterator.Next", "9c08ed9c", 32768, CallFlags.None)]
    [InlineData("System.Iterator.Value", "f354bf1d", 16, CallFlags.None)]
    public void Descriptors_follow_the_published_table(string name, string bytes, long price, CallFlags flags)
    {
        var descriptor = Assert.Single(S.All, d => d.Name == name);
        Assert.Equal(bytes, Convert.ToHexString(BitConverter.GetBytes(descriptor.Hash)).ToLowerInvariant());
        Assert.Equal(InteropIds.Of(name), descriptor.Hash);
        Assert.Equal(price, descriptor.FixedPrice);
        Assert.Equal(flags, descriptor.RequiredCallFlags);
    }

    [Fact]
    public void Put_get_delete_round_trip_under_the_contract_id_prefix()
    {
        var snapshot = C.NewSnapshot();
        Assert.Equal(StackItem.Null, C.Call(snapshot, "get", B("k")).ResultStack[0]);
        AssertHalt(C.Call(snapshot, "put", B("k"), B("value")));
        // The raw key is the contract id (Int32 LE) followed by the key.
        Assert.Equal(B("value"), snapshot.TryGet([1, 0, 0, 0, (byte)'k']));
        var got = C.Call(snapshot, "get", B("k")).ResultStack[0];
        Assert.IsType<ByteString>(got);
        Assert.Equal(B("value"), got.GetSpan().ToArray());
        Assert.Equal(B("value"), C.Call(snapshot, "getRO", B("k")).ResultStack[0].GetSpan().ToArray());
        AssertHalt(C.Call(snapshot, "delete", B("k")));
        Assert.Null(C.Stored(snapshot, "k"));
        Assert.Equal(StackItem.Null, C.Call(snapshot, "get", B("k")).ResultStack[0]);
        AssertHalt(C.Call(snapshot, "delete", B("never-there"))); // deleting a missing key is fine
    }

    [Fact]
    public void Empty_keys_and_values_are_stored()
    {
        var snapshot = C.NewSnapshot();
        AssertHalt(C.Call(snapshot, "put", System.Array.Empty<byte>(), System.Array.Empty<byte>()));
        Assert.Equal(System.Array.Empty<byte>(), snapshot.TryGet([1, 0, 0, 0]));
        var got = C.Call(snapshot, "get", System.Array.Empty<byte>()).ResultStack[0];
        Assert.Equal(StackItemType.ByteString, got.Type); // an empty value is not Null
        Assert.Equal(0, got.GetSpan().Length);
    }

    [Fact]
    public void Local_syscalls_use_the_current_contracts_context()
    {
        var snapshot = C.NewSnapshot();
        AssertHalt(C.Call(snapshot, "localPut", B("k"), B("v")));
        Assert.Equal(B("v"), C.Stored(snapshot, "k"));
        Assert.Equal(B("v"), C.Call(snapshot, "localGet", B("k")).ResultStack[0].GetSpan().ToArray());
        Assert.Equal(B("v"), C.Call(snapshot, "get", B("k")).ResultStack[0].GetSpan().ToArray());
        var found = (Vm.Types.Array)C.Call(snapshot, "localFind", B("k"), (int)FindOptions.KeysOnly).ResultStack[0];
        Assert.Equal(B("k"), Assert.Single(found).GetSpan().ToArray());
        AssertHalt(C.Call(snapshot, "localDelete", B("k")));
        Assert.Null(C.Stored(snapshot, "k"));
        Assert.Equal(StackItem.Null, C.Call(snapshot, "localGet", B("k")).ResultStack[0]);
    }

    [Theory]
    [InlineData("putRO")]
    [InlineData("putAsRO")]
    [InlineData("deleteRO")]
    public void Writes_through_a_read_only_context_fault(string method)
    {
        var snapshot = C.NewSnapshot();
        C.Call(snapshot, "put", B("k"), B("v"));
        var engine = method == "deleteRO" ? C.Call(snapshot, method, B("k")) : C.Call(snapshot, method, B("k"), B("w"));
        var error = Assert.IsType<ArgumentException>(AssertFault(engine));
        Assert.Equal("StorageContext is read-only (Parameter 'context')", error.Message);
        Assert.Equal(B("v"), C.Stored(snapshot, "k"));
    }

    [Theory]
    [InlineData("put")]
    [InlineData("localPut")]
    public void Key_and_value_sizes_are_limited(string method)
    {
        var snapshot = C.NewSnapshot();
        AssertHalt(C.Call(snapshot, method, new byte[64], B("v")));
        // A new 3-byte key with a 65535-byte value pays 65538 × 0.001 GAS of storage: more than the default 20 GAS.
        var big = EngineRun.Run(EngineRun.DynamicCall(C.Hash, method, CallFlags.All, B("big"), new byte[65535]), 70_00000000, snapshot: snapshot);
        AssertHalt(big);
        snapshot.Commit();
        Assert.Equal(65535, C.Stored(snapshot, "big")!.Length);
        var key = Assert.IsType<ArgumentException>(AssertFault(C.Call(snapshot, method, new byte[65], B("v"))));
        Assert.Equal("Key length 65 exceeds maximum allowed size of 64 bytes. (Parameter 'key')", key.Message);
        var value = Assert.IsType<ArgumentException>(AssertFault(C.Call(snapshot, method, B("k"), new byte[65536])));
        Assert.Equal("Value length 65536 exceeds maximum allowed size of 65535 bytes. (Parameter 'value')", value.Message);
    }

    [Theory]
    [InlineData("System.Storage.GetContext")]
    [InlineData("System.Storage.GetReadOnlyContext")]
    [InlineData("System.Storage.Local.Get")]
    [InlineData("System.Storage.Local.Put")]
    public void Only_a_deployed_contract_has_a_storage_context(string name)
    {
        // The entry script is not a deployed contract; Local.* take the context implicitly and fail the same way.
        var sb = new ScriptBuilder().EmitPush("v").EmitPush("k");
        sb.EmitSysCall(S.All.Single(d => d.Name == name).Hash);
        var error = AssertFault(EngineRun.Run(sb.ToArray(), snapshot: C.NewSnapshot()));
        Assert.IsType<InvalidOperationException>(error);
        Assert.Equal("This method can only be called by a deployed contract.", error.Message);
    }
}
