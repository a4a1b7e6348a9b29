using System.Numerics;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using S = Protocol.Toolchain.Runtime.Interop.Syscalls;

namespace Protocol.Toolchain.Testing.Tests.Nep17Scenario;

/// <summary>
/// "HAND", a NEP-17 token assembled from opcodes (reference §2.12). Storage: 0x00 → total supply, 0x01 + account →
/// balance (integers as minimal two's complement; a zero balance is deleted). _deploy(owner, false) mints the whole
/// supply to the address given as data with Transfer(null, owner, supply). transfer throws on a bad address or a
/// negative amount, returns false without the sender's witness (CallingScriptHash or CheckWitness) or balance,
/// always notifies Transfer(from, to, amount) on success (zero and self transfers too), then, if `to` is a
/// contract (ContractManagement.isContract), calls its onNEP17Payment(from, amount, data) with CallFlags.All,
/// so a receiver's ABORT faults the whole transfer.
/// </summary>
internal static class HandToken
{
    public const string Symbol = "HAND";
    public const int Decimals = 8;
    public static readonly BigInteger InitialSupply = 10_000_000_00000000; // 7 bytes: 0x03 8D 7E A4 C6 80 00
    public static readonly byte[] SupplyKey = [0x00];
    public const byte BalancePrefix = 0x01;

    private const string TransferEvent =
        """{"name":"Transfer","parameters":[{"name":"from","type":"Hash160"},{"name":"to","type":"Hash160"},{"name":"amount","type":"Integer"}]}""";

    private static readonly (string, string)[] TransferParams = [("from", "Hash160"), ("to", "Hash160"), ("amount", "Integer"), ("data", "Any")];

    public static HandContract Contract { get; } = Assemble();

    private static HandContract Assemble()
    {
        var a = new Assembler();
        a.Method("symbol").Push(Symbol).Op(OpCode.RET);
        a.Method("decimals").Push(Decimals).Op(OpCode.RET);
        a.Method("totalSupply").Push(SupplyKey).Sys(S.StorageGetContext).Sys(S.StorageGet);
        ToInteger(a).Op(OpCode.RET);
        a.Method("balanceOf").Op(OpCode.INITSLOT, 0, 1);
        RequireAddress(a, OpCode.LDARG0, "account");
        BalanceKey(a, OpCode.LDARG0).Sys(S.StorageGetContext).Sys(S.StorageGet);
        ToInteger(a).Op(OpCode.RET);
        EmitTransfer(a);
        EmitDeploy(a);
        return HandContract.Create("HandToken", a,
        [
            new("symbol", [], "String", Safe: true),
            new("decimals", [], "Integer", Safe: true),
            new("totalSupply", [], "Integer", Safe: true),
            new("balanceOf", [("account", "Hash160")], "Integer", Safe: true),
            new("transfer", TransferParams, "Boolean"),
            new("_deploy", [("data", "Any"), ("update", "Boolean")], "Void"),
        ], ["NEP-17"], TransferEvent, """{"contract":"*","methods":["onNEP17Payment"]}""");
    }

    /// <summary>transfer(from, to, amount, data): locals 0 = sender's balance, 1 = the balance key in use.</summary>
    private static void EmitTransfer(Assembler a)
    {
        a.Method("transfer").Op(OpCode.INITSLOT, 2, 4);
        RequireAddress(a, OpCode.LDARG0, "from");
        RequireAddress(a, OpCode.LDARG1, "to");
        a.Op(OpCode.LDARG2).Push(0).Jump(OpCode.JMPGE, "t.amountOk")
            .Push("The amount must be a positive number.").Op(OpCode.THROW)
            .Label("t.amountOk")
            // Witness: from == CallingScriptHash, else CheckWitness(from); otherwise return false.
            .Op(OpCode.LDARG0).Sys(S.RuntimeGetCallingScriptHash).Op(OpCode.EQUAL).Jump(OpCode.JMPIF, "t.witnessed")
            .Op(OpCode.LDARG0).Sys(S.RuntimeCheckWitness).Jump(OpCode.JMPIF, "t.witnessed")
            .Op(OpCode.PUSHF).Op(OpCode.RET)
            .Label("t.witnessed")
            .Op(OpCode.LDARG2).Jump(OpCode.JMPIFNOT_L, "t.notify"); // amount 0: nothing moves, but Transfer still fires
        BalanceKey(a, OpCode.LDARG0).Op(OpCode.STLOC1).Op(OpCode.LDLOC1).Sys(S.StorageGetContext).Sys(S.StorageGet);
        ToInteger(a).Op(OpCode.STLOC0)
            .Op(OpCode.LDLOC0).Op(OpCode.LDARG2).Jump(OpCode.JMPGE, "t.enough")
            .Op(OpCode.PUSHF).Op(OpCode.RET) // insufficient balance
            .Label("t.enough")
            .Op(OpCode.LDLOC0).Op(OpCode.LDARG2).Jump(OpCode.JMPNE, "t.partial")
            .Op(OpCode.LDLOC1).Sys(S.StorageGetContext).Sys(S.StorageDelete).Jump(OpCode.JMP, "t.credit") // balance reaches 0
            .Label("t.partial")
            .Op(OpCode.LDLOC0).Op(OpCode.LDARG2).Op(OpCode.SUB).Op(OpCode.LDLOC1).Sys(S.StorageGetContext).Sys(S.StoragePut)
            .Label("t.credit"); // read `to` only now, so a self transfer sees the debited balance
        BalanceKey(a, OpCode.LDARG1).Op(OpCode.STLOC1).Op(OpCode.LDLOC1).Sys(S.StorageGetContext).Sys(S.StorageGet);
        ToInteger(a).Op(OpCode.LDARG2).Op(OpCode.ADD).Op(OpCode.LDLOC1).Sys(S.StorageGetContext).Sys(S.StoragePut)
            .Label("t.notify")
            .Op(OpCode.LDARG2).Op(OpCode.LDARG1).Op(OpCode.LDARG0).Push(3).Op(OpCode.PACK).Push("Transfer").Sys(S.RuntimeNotify)
            // if ContractManagement.isContract(to): to.onNEP17Payment(from, amount, data), result (Null) dropped
            .Op(OpCode.LDARG1).Push(1).Op(OpCode.PACK).Push(15).Push("isContract")
            .Push(NativeContracts.ContractManagement.Hash.ToArray()).Sys(S.ContractCall)
            .Jump(OpCode.JMPIFNOT, "t.done")
            .Op(OpCode.LDARG3).Op(OpCode.LDARG2).Op(OpCode.LDARG0).Push(3).Op(OpCode.PACK).Push(15).Push("onNEP17Payment")
            .Op(OpCode.LDARG1).Sys(S.ContractCall).Op(OpCode.DROP)
            .Label("t.done")
            .Op(OpCode.PUSHT).Op(OpCode.RET);
    }

    /// <summary>_deploy(owner, update): on the first deployment, mints the supply to owner.</summary>
    private static void EmitDeploy(Assembler a)
    {
        a.Method("_deploy").Op(OpCode.INITSLOT, 0, 2).Op(OpCode.LDARG1).Jump(OpCode.JMPIF, "d.done");
        RequireAddress(a, OpCode.LDARG0, "owner");
        a.Push(InitialSupply).Push(SupplyKey).Sys(S.StorageGetContext).Sys(S.StoragePut)
            .Push(InitialSupply);
        BalanceKey(a, OpCode.LDARG0).Sys(S.StorageGetContext).Sys(S.StoragePut)
            .Push(InitialSupply).Op(OpCode.LDARG0).Op(OpCode.PUSHNULL).Push(3).Op(OpCode.PACK).Push("Transfer").Sys(S.RuntimeNotify)
            .Label("d.done").Op(OpCode.RET);
    }

    /// <summary>0x01 ‖ account (a Buffer): PUSHDATA1 01, LDARGn, CAT.</summary>
    private static Assembler BalanceKey(Assembler a, OpCode loadAccount) => a.Push([BalancePrefix]).Op(loadAccount).Op(OpCode.CAT);

    /// <summary>Storage.Get's result as an Integer: Null → 0; bytes → bytes + 0 (ADD converts).</summary>
    private static Assembler ToInteger(Assembler a)
    {
        string value = a.NewLabel("int.value"), end = a.NewLabel("int.end");
        return a.Op(OpCode.DUP).Op(OpCode.ISNULL).Jump(OpCode.JMPIFNOT, value)
            .Op(OpCode.DROP).Push(0).Jump(OpCode.JMP, end)
            .Label(value).Push(0).Op(OpCode.ADD)
            .Label(end);
    }

    /// <summary>Throws unless the argument is a 20-byte ByteString (UInt160.IsValid).</summary>
    private static void RequireAddress(Assembler a, OpCode loadArg, string name)
    {
        string bad = a.NewLabel("addr.bad"), ok = a.NewLabel("addr.ok");
        a.Op(loadArg).Op(OpCode.ISTYPE, (byte)StackItemType.ByteString).Jump(OpCode.JMPIFNOT, bad)
            .Op(loadArg).Op(OpCode.SIZE).Push(20).Jump(OpCode.JMPEQ, ok)
            .Label(bad).Push($"The argument \"{name}\" is invalid.").Op(OpCode.THROW)
            .Label(ok);
    }
}
