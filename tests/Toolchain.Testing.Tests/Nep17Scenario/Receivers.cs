using Protocol.Toolchain.Vm;
using S = Protocol.Toolchain.Runtime.Interop.Syscalls;

namespace Protocol.Toolchain.Testing.Tests.Nep17Scenario;

/// <summary>Two hand-assembled NEP-17 receivers: one refuses every payment with ABORTMSG, one records what it got.</summary>
internal static class Receivers
{
    public const string RefusalReason = "HandRefuser does not accept tokens";

    private static readonly (string, string)[] PaymentParams = [("from", "Hash160"), ("amount", "Integer"), ("data", "Any")];

    /// <summary>onNEP17Payment(from, amount, data): PUSHDATA1 reason; ABORTMSG (uncatchable, faults the whole transaction).</summary>
    public static HandContract Refuser { get; } = BuildRefuser();

    /// <summary>
    /// onNEP17Payment(from, amount, data): stores "caller" = CallingScriptHash, "from", "amount" and (unless Null)
    /// "data" in its own storage, then logs "payment received".
    /// </summary>
    public static HandContract Accepter { get; } = BuildAccepter();

    private static HandContract BuildRefuser()
    {
        var a = new Assembler();
        a.Method("onNEP17Payment").Push(RefusalReason).Op(OpCode.ABORTMSG);
        return HandContract.Create("HandRefuser", a, [new("onNEP17Payment", PaymentParams, "Void")], [], "", "");
    }

    private static HandContract BuildAccepter()
    {
        var a = new Assembler();
        a.Method("onNEP17Payment").Op(OpCode.INITSLOT, 0, 3)
            .Sys(S.RuntimeGetCallingScriptHash).Push("caller").Sys(S.StorageGetContext).Sys(S.StoragePut)
            .Op(OpCode.LDARG0).Push("from").Sys(S.StorageGetContext).Sys(S.StoragePut)
            .Op(OpCode.LDARG1).Push("amount").Sys(S.StorageGetContext).Sys(S.StoragePut)
            .Op(OpCode.LDARG2).Op(OpCode.ISNULL).Jump(OpCode.JMPIF, "noData")
            .Op(OpCode.LDARG2).Push("data").Sys(S.StorageGetContext).Sys(S.StoragePut)
            .Label("noData")
            .Push("payment received").Sys(S.RuntimeLog).Op(OpCode.RET);
        return HandContract.Create("HandAccepter", a, [new("onNEP17Payment", PaymentParams, "Void")], [], "", "");
    }
}
