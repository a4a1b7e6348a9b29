using System.Text;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using C = Protocol.Toolchain.Runtime.Tests.Engine.StorageTestContract;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// Reference §2.9: each contract call writes into its own storage layer, kept when the call returns and
/// dropped when an exception unwinds it, even if the caller catches that exception.
/// </summary>
public class StorageRollbackTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>TRY { <paramref name="body"/> } CATCH { DROP } around an entry-script fragment (shorter than 123 bytes).</summary>
    private static byte[] TryCatch(byte[] body)
    {
        // TRY(3) body ENDTRY(2) | catch: DROP(1) ENDTRY(2) | end. Catch at 3+L+2; both ENDTRYs land at 3+L+5.
        var sb = new ScriptBuilder().Emit(OpCode.TRY, [(byte)(body.Length + 5), 0]).EmitRaw(body)
            .EmitJump(OpCode.ENDTRY, 5).Emit(OpCode.DROP).EmitJump(OpCode.ENDTRY, 2);
        return sb.ToArray();
    }

    [Fact]
    public void A_callee_that_throws_loses_its_writes_although_its_caller_catches()
    {
        var snapshot = C.NewSnapshot();
        var engine = C.Call(snapshot, "guardedCall", B("k"), B("v"), "putThenThrow");
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        Assert.True(engine.ResultStack[0].GetBoolean()); // the exception reached the caller's CATCH
        Assert.Null(C.Stored(snapshot, "k"));
        Assert.Equal(B("kept"), C.Stored(snapshot, "caller")); // the caller's own write survives
    }

    [Fact]
    public void A_callee_that_returns_normally_keeps_its_writes()
    {
        var snapshot = C.NewSnapshot();
        var engine = C.Call(snapshot, "guardedCall", B("k"), B("v"), "put");
        Assert.Equal(VMState.HALT, engine.State);
        Assert.False(engine.ResultStack[0].GetBoolean());
        Assert.Equal(B("v"), C.Stored(snapshot, "k"));
        Assert.Equal(B("kept"), C.Stored(snapshot, "caller"));
    }

    [Fact]
    public void The_entry_script_catching_a_throwing_call_sees_no_writes()
    {
        var snapshot = C.NewSnapshot();
        C.Call(snapshot, "put", B("k"), B("old"));
        var script = TryCatch(EngineRun.DynamicCall(C.Hash, "putThenThrow", CallFlags.All, B("k"), B("new")))
            .Concat(EngineRun.DynamicCall(C.Hash, "get", CallFlags.All, B("k"))).ToArray();
        var engine = C.Run(script, snapshot);
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        Assert.Equal(B("old"), Assert.Single(engine.ResultStack).GetSpan().ToArray());
        Assert.Equal(B("old"), C.Stored(snapshot, "k"));
    }

    [Fact]
    public void Writes_committed_by_a_nested_call_are_dropped_when_its_caller_throws()
    {
        // putViaCallThenThrow calls put (which returns normally into the caller's layer) and then throws.
        var snapshot = C.NewSnapshot();
        var engine = C.Run(TryCatch(EngineRun.DynamicCall(C.Hash, "putViaCallThenThrow", CallFlags.All, B("k"), B("v"))), snapshot);
        Assert.True(engine.State == VMState.HALT, engine.FaultException?.ToString());
        Assert.Null(C.Stored(snapshot, "k"));
    }

    [Fact]
    public void An_uncaught_throw_faults_and_stores_nothing()
    {
        var snapshot = C.NewSnapshot();
        var engine = C.Call(snapshot, "putThenThrow", B("k"), B("v"));
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Null(C.Stored(snapshot, "k"));
    }
}
