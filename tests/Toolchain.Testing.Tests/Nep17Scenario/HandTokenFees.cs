namespace Protocol.Toolchain.Testing.Tests.Nep17Scenario;

/// <summary>
/// Expected fees of HandToken calls, worked out by hand from the published prices (reference §2.5 syscalls, §2.6
/// opcodes, §2.7 ExecFeeFactor 30 and StoragePrice 100000) along the path each call takes through the script in
/// HandToken.cs. Nothing here reads the engine's price tables.
/// </summary>
internal static class HandTokenFees
{
    private const long ExecFeeFactor = 30;
    private const long StoragePrice = 100_000;

    // Shared pieces (price units before × ExecFeeFactor).
    private const long ContractCall = 32768;  // SYSCALL 0 + System.Contract.Call 32768
    private const long GetContext = 16;       // SYSCALL 0 + System.Storage.GetContext 16
    private const long StorageOp = 32768;     // SYSCALL 0 + System.Storage.Get / Put / Delete 32768
    private const long ValidAddress = 2 + 2 + 2 + 2 + 4 + 1 + 2; // LDARG ISTYPE JMPIFNOT LDARG SIZE PUSHINT8 JMPEQ = 15
    private const long BalanceKey = 8 + 2 + 2048;                 // PUSHDATA1 0x01, LDARG, CAT = 2058
    private const long ToIntegerStored = 2 + 2 + 2 + 1 + 8;       // DUP ISNULL JMPIFNOT PUSH0 ADD = 15
    private const long ToIntegerAbsent = 2 + 2 + 2 + 2 + 1 + 2;   // DUP ISNULL JMPIFNOT DROP PUSH0 JMP = 11

    /// <summary>symbol(): entry NEWARRAY0 16, PUSH15 1, PUSHDATA1 ×2 16, Contract.Call; token PUSHDATA1 8, RET 0.</summary>
    public const long Symbol = (16 + 1 + 16 + ContractCall + 8) * ExecFeeFactor; // 32809 × 30 = 984270

    /// <summary>
    /// balanceOf(Alice): entry PUSHDATA1 8, PUSH1 1, PACK 2048, PUSH15 1, PUSHDATA1 ×2 16, Contract.Call; token
    /// INITSLOT 64, address check, key, GetContext, Get, to-integer (stored), RET 0.
    /// </summary>
    public const long BalanceOfHolder =
        (8 + 1 + 2048 + 1 + 16 + ContractCall + 64 + ValidAddress + BalanceKey + GetContext + StorageOp + ToIntegerStored)
        * ExecFeeFactor; // (34842 + 34936) × 30 = 2093340

    /// <summary>
    /// transfer(Alice, Bob, 100_00000000, null) where Bob has no balance yet. Entry script (as GasTokenTests): PUSHNULL 1,
    /// PUSHINT64 1, PUSHDATA1 ×2 16, PUSH4 1, PACK 2048, PUSH15 1, PUSHDATA1 ×2 16, Contract.Call = 34852.
    /// Token, in script order:
    ///   INITSLOT 64; two address checks 30; LDARG2 PUSH0 JMPGE 5;
    ///   witness: LDARG0 2, GetCallingScriptHash 16, EQUAL 32, JMPIF 2, LDARG0 2, CheckWitness 1024, JMPIF 2 = 1080;
    ///   LDARG2 JMPIFNOT_L 4;
    ///   sender: key 2058, STLOC1 2, LDLOC1 2, GetContext 16, Get 32768, to-integer 15, STLOC0 2 = 34863;
    ///   LDLOC0 LDARG2 JMPGE 6; LDLOC0 LDARG2 JMPNE 6 (taken: partial);
    ///   debit: LDLOC0 LDARG2 SUB 12, LDLOC1 2, GetContext 16, Put 32768 = 32798;
    ///   receiver: key 2058, STLOC1 2, LDLOC1 2, GetContext 16, Get 32768, to-integer (absent) 11,
    ///             LDARG2 ADD 10, LDLOC1 2, GetContext 16, Put 32768 = 67653;
    ///   event: LDARG2 LDARG1 LDARG0 6, PUSH3 1, PACK 2048, PUSHDATA1 8, Notify 32768 = 34831;
    ///   isContract(to): LDARG1 2, PUSH1 1, PACK 2048, PUSH15 1, PUSHDATA1 ×2 16, Contract.Call 32768,
    ///             native stub PUSH0 1 (SYSCALL CallNative 0, RET 0), CpuFee 2^14 = 16384, JMPIFNOT 2 = 51223;
    ///   PUSHT 1, RET 0.
    /// Sum: 34852 + 64 + 30 + 5 + 1080 + 4 + 34863 + 6 + 6 + 32798 + 67653 + 34831 + 51223 + 1 = 257416 units.
    /// Storage: the sender's 7-byte balance overwritten by 7 bytes = (7−1)/4+1 = 2 bytes; Bob's new key 0x01‖Bob
    /// (21 bytes) with the 5-byte value 0x02540BE400 = 26 bytes; 28 bytes × 100000.
    /// Fee = 257416 × 30 + 28 × 100000 = 7722480 + 2800000 = 10522480 datoshi.
    /// </summary>
    public const long TransferToNewAccount =
        (34852 + 64 + 2 * ValidAddress + 5 + 1080 + 4
         + (BalanceKey + 2 + 2 + GetContext + StorageOp + ToIntegerStored + 2)
         + 6 + 6
         + (12 + 2 + GetContext + StorageOp)
         + (BalanceKey + 2 + 2 + GetContext + StorageOp + ToIntegerAbsent + 10 + 2 + GetContext + StorageOp)
         + (6 + 1 + 2048 + 8 + 32768)
         + (2 + 1 + 2048 + 1 + 16 + ContractCall + 1 + 16384 + 2)
         + 1) * ExecFeeFactor
        + (2 + 21 + 5) * StoragePrice;

    /// <summary>GasToken.transfer of the same kind, §2.10 (GasTokenTests): (34853 + 2^17) × 30 + 50 × 100000.</summary>
    public const long GasTokenTransfer = (34853 + 131072) * ExecFeeFactor + 50 * StoragePrice; // 9977750
}
