using Protocol.Toolchain.Vm;
using S = Protocol.Toolchain.Runtime.Interop.Syscalls;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>
/// The NeoVM script of <see cref="PaymentReceiver"/>, assembled with the VM's ScriptBuilder. Storage key 0x00 holds
/// the mode: absent = accept, "refuse" = ABORTMSG (uncatchable, so the whole transaction FAULTs), "return" = send the
/// payment straight back to its sender through the calling token (spending tokens the contract holds, with no
/// witness: the token sees the receiver as its calling script).
/// </summary>
internal static class PaymentReceiverScript
{
    public const string RefuseMode = "refuse";
    public const string ReturnMode = "return";
    public const string RefusalReason = "PaymentReceiver refuses this payment";
    public static readonly byte[] ModeKey = [0x00];

    /// <summary>The script and the offsets of setMode, onNEP17Payment and onNEP11Payment.</summary>
    public static (byte[] Script, int SetMode, int OnNep17, int OnNep11) Build()
    {
        var sb = new ScriptBuilder();
        int setMode = sb.Length;
        // setMode(mode): Storage.Put(context, 0x00, mode)
        sb.Emit(OpCode.INITSLOT, [0, 1]).Emit(OpCode.LDARG0).EmitPush(ModeKey)
            .EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StoragePut.Hash).Emit(OpCode.RET);

        int onNep17 = sb.Length;
        // onNEP17Payment(from, amount, data): Received(token, from, amount, null, data)
        sb.Emit(OpCode.INITSLOT, [0, 3]).Emit(OpCode.LDARG2).Emit(OpCode.PUSHNULL).Emit(OpCode.LDARG1).Emit(OpCode.LDARG0);
        EmitNotifyAndModes(sb, ReturnNep17());

        int onNep11 = sb.Length;
        // onNEP11Payment(from, amount, tokenId, data): Received(token, from, amount, tokenId, data)
        sb.Emit(OpCode.INITSLOT, [0, 4]).Emit(OpCode.LDARG3).Emit(OpCode.LDARG2).Emit(OpCode.LDARG1).Emit(OpCode.LDARG0);
        EmitNotifyAndModes(sb, ReturnNep11());
        return (sb.ToArray(), setMode, onNep17, onNep11);
    }

    /// <summary>With the state's last four items pushed: add the calling token, notify, then act on the mode.</summary>
    private static void EmitNotifyAndModes(ScriptBuilder sb, byte[] returnPayment)
    {
        sb.EmitSysCall(S.RuntimeGetCallingScriptHash.Hash).EmitPush(5).Emit(OpCode.PACK)
            .EmitPush(PaymentReceiver.EventName).EmitSysCall(S.RuntimeNotify.Hash);
        sb.EmitPush(ModeKey).EmitSysCall(S.StorageGetContext.Hash).EmitSysCall(S.StorageGet.Hash);

        var refuse = new ScriptBuilder().EmitPush(RefusalReason).Emit(OpCode.ABORTMSG).ToArray();
        sb.Emit(OpCode.DUP).EmitPush(RefuseMode).Emit(OpCode.EQUAL);
        sb.EmitJump(OpCode.JMPIFNOT_L, 5 + refuse.Length).EmitRaw(refuse);

        sb.EmitPush(ReturnMode).Emit(OpCode.EQUAL);
        sb.EmitJump(OpCode.JMPIFNOT_L, 5 + returnPayment.Length).EmitRaw(returnPayment);
        sb.Emit(OpCode.RET);
    }

    /// <summary>token.transfer(this, from, amount, null), asserting it returned true.</summary>
    private static byte[] ReturnNep17() => new ScriptBuilder()
        .Emit(OpCode.PUSHNULL).Emit(OpCode.LDARG1).Emit(OpCode.LDARG0).EmitSysCall(S.RuntimeGetExecutingScriptHash.Hash)
        .EmitPush(4).Emit(OpCode.PACK).CallBackToToken().ToArray();

    /// <summary>token.transfer(from, tokenId, null), asserting it returned true.</summary>
    private static byte[] ReturnNep11() => new ScriptBuilder()
        .Emit(OpCode.PUSHNULL).Emit(OpCode.LDARG2).Emit(OpCode.LDARG0)
        .EmitPush(3).Emit(OpCode.PACK).CallBackToToken().ToArray();

    private static ScriptBuilder CallBackToToken(this ScriptBuilder sb) => sb
        .EmitPush(0x0F).EmitPush("transfer").EmitSysCall(S.RuntimeGetCallingScriptHash.Hash)
        .EmitSysCall(S.ContractCall.Hash).Emit(OpCode.ASSERT);
}
