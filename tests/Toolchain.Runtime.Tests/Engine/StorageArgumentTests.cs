using System.Text;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using C = Protocol.Toolchain.Runtime.Tests.Engine.StorageTestContract;
using S = Protocol.Toolchain.Runtime.Interop.Syscalls;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>Call flags, storage contexts as stack items, and Neo's argument conversion faults.</summary>
public class StorageArgumentTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>Store.ctx(): leaves Store's read-write context (an InteropInterface) on the entry script's stack.</summary>
    private static byte[] Ctx => EngineRun.DynamicCall(C.Hash, "ctx");

    private static byte[] Iter => EngineRun.DynamicCall(C.Hash, "iter", CallFlags.All, System.Array.Empty<byte>(), 0);

    private static Vm.ExecutionEngine RunEntry(params byte[][] parts) => C.Run([.. parts.SelectMany(p => p)], C.NewSnapshot());

    private static byte[] Sys(Interop.InteropDescriptor d) => new ScriptBuilder().EmitSysCall(d.Hash).ToArray();

    private static byte[] Op(params OpCode[] ops) => [.. ops.Select(o => (byte)o)];

    private static byte[] Push(object value) => value switch
    {
        string s => new ScriptBuilder().EmitPush(s).ToArray(),
        int n => new ScriptBuilder().EmitPush(n).ToArray(),
        _ => throw new ArgumentException(null, nameof(value)),
    };

    [Theory]
    [InlineData("put", CallFlags.ReadOnly, "Cannot call this SYSCALL with the flag ReadOnly.")]
    [InlineData("get", CallFlags.None, "Cannot call this SYSCALL with the flag None.")]
    [InlineData("localPut", CallFlags.ReadStates, "Cannot call this SYSCALL with the flag ReadStates.")]
    [InlineData("put", CallFlags.WriteStates, "Cannot call this SYSCALL with the flag WriteStates.")] // GetContext needs R
    [InlineData("localPut", CallFlags.WriteStates, null)] // Local.Put needs only W
    [InlineData("put", CallFlags.States, null)]
    [InlineData("getRO", CallFlags.ReadStates, null)]
    public void Storage_syscalls_check_the_callees_flags(string method, CallFlags flags, string? fault)
    {
        var args = method.Contains("put", StringComparison.OrdinalIgnoreCase) ? new object[] { B("k"), B("v") } : [B("k")];
        var engine = C.Run(EngineRun.DynamicCall(C.Hash, method, flags, args), C.NewSnapshot());
        if (fault is null) Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        else Assert.Equal(fault, engine.FaultException?.Message);
    }

    [Fact]
    public void Iterators_need_no_call_flags()
    {
        var snapshot = C.NewSnapshot();
        C.Call(snapshot, "put", B("a"), B("1"));
        // iter("", None) returns the iterator; drain(iterator) runs with CallFlags.None and still walks it.
        var drain = new ScriptBuilder().EmitPush(1).Emit(OpCode.PACK).EmitPush((int)CallFlags.None).EmitPush("drain")
            .EmitPush(C.Hash.AsSpan()).EmitSysCall(S.ContractCall.Hash).ToArray();
        var engine = C.Run([.. Iter, .. drain], snapshot);
        var entry = Assert.IsType<Struct>(Assert.Single((Vm.Types.Array)engine.ResultStack[0]));
        Assert.Equal(B("a"), entry[0].GetSpan().ToArray());
        Assert.Equal(B("1"), entry[1].GetSpan().ToArray());
    }

    [Fact]
    public void A_context_is_an_interop_interface_that_works_wherever_it_is_passed()
    {
        var engine = RunEntry(Ctx, Op(OpCode.DUP), Sys(S.StorageAsReadOnly), Op(OpCode.DUP), Sys(S.StorageAsReadOnly));
        var context = engine.ResultStack[2].GetInterface<StorageContext>();
        Assert.Equal(StackItemType.InteropInterface, engine.ResultStack[2].Type);
        Assert.Equal((1, false), (context.Id, context.IsReadOnly));
        Assert.True(engine.ResultStack[1].GetInterface<StorageContext>().IsReadOnly);
        // AsReadOnly of a read-only context returns that same context.
        Assert.Same(engine.ResultStack[1].GetInterface<StorageContext>(), engine.ResultStack[0].GetInterface<StorageContext>());

        // The entry script writes and reads Store's storage through the context Store handed out;
        // an Integer key is converted to its bytes (5 → 05).
        var snapshot = C.NewSnapshot();
        var put = C.Run([.. Push("v"), .. Push(5), .. Ctx, .. Sys(S.StoragePut), .. Push(5), .. Ctx, .. Sys(S.StorageGet)], snapshot);
        Assert.Equal(B("v"), put.ResultStack[0].GetSpan().ToArray());
        Assert.Equal(B("v"), snapshot.TryGet([1, 0, 0, 0, 5]));
    }

    public static TheoryData<string, byte[], Type, string> BadArguments => new()
    {
        { "null context", [.. Op(OpCode.PUSHNULL), .. Sys(S.StorageGet)], typeof(InvalidOperationException), "The argument `context` can't be null." },
        { "null key", [.. Op(OpCode.PUSHNULL), .. Ctx, .. Sys(S.StorageGet)], typeof(InvalidOperationException), "The argument `key` can't be null." },
        { "null value", [.. Op(OpCode.PUSHNULL), .. Push("k"), .. Ctx, .. Sys(S.StoragePut)], typeof(InvalidOperationException), "The argument `value` can't be null." },
        { "null prefix", [.. Push(0), .. Op(OpCode.PUSHNULL), .. Ctx, .. Sys(S.StorageFind)], typeof(InvalidOperationException), "The argument `prefix` can't be null." },
        { "null options", [.. Op(OpCode.PUSHNULL), .. Push("k"), .. Ctx, .. Sys(S.StorageFind)], typeof(InvalidOperationException), "The argument `options` can't be null." },
        { "integer context", [.. Push("k"), .. Push(1), .. Sys(S.StorageGet)], typeof(InvalidCastException),
            "Unable to cast object of type 'Neo.VM.Types.Integer' to type 'Neo.VM.Types.InteropInterface'." },
        { "iterator as context", [.. Push("k"), .. Iter, .. Sys(S.StorageGet)], typeof(ArgumentException),
            "Object of type 'Neo.SmartContract.Iterators.StorageIterator' cannot be converted to type 'Neo.SmartContract.StorageContext'." },
        { "context as iterator", [.. Ctx, .. Sys(S.IteratorNext)], typeof(ArgumentException),
            "Object of type 'Neo.SmartContract.StorageContext' cannot be converted to type 'Neo.SmartContract.Iterators.IIterator'." },
        { "null iterator", [.. Op(OpCode.PUSHNULL), .. Sys(S.IteratorValue)], typeof(InvalidOperationException), "The argument `iterator` can't be null." },
        { "bytes as iterator", [.. Push("it"), .. Sys(S.IteratorNext)], typeof(InvalidCastException),
            "Unable to cast object of type 'Neo.VM.Types.ByteString' to type 'Neo.VM.Types.InteropInterface'." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_arguments_fault_with_neos_messages(string what, byte[] script, Type type, string message)
    {
        var engine = C.Run(script, C.NewSnapshot());
        Assert.True(engine.State == VMState.FAULT, what);
        Assert.IsType(type, engine.FaultException);
        Assert.Equal(message, engine.FaultException!.Message);
    }
}
