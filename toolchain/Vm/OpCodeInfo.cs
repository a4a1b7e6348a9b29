namespace Protocol.Toolchain.Vm;

/// <summary>
/// Static facts about each opcode: whether it is defined, its operand layout and its base price
/// (reference/neo-n3.md §2.6; the application engine charges price × ExecFeeFactor).
/// </summary>
public static class OpCodeInfo
{
    private static readonly bool[] Defined = new bool[256];
    private static readonly byte[] FixedSize = new byte[256];
    private static readonly byte[] PrefixSize = new byte[256];
    private static readonly long[] Prices = new long[256];

    /// <summary>Number of defined opcodes (196).</summary>
    public static int Count { get; }

    static OpCodeInfo()
    {
        foreach (OpCode op in Enum.GetValues<OpCode>())
        {
            Defined[(byte)op] = true;
            Count++;
        }
        Fixed(1, OpCode.PUSHINT8, OpCode.JMP, OpCode.JMPIF, OpCode.JMPIFNOT, OpCode.JMPEQ, OpCode.JMPNE, OpCode.JMPGT,
            OpCode.JMPGE, OpCode.JMPLT, OpCode.JMPLE, OpCode.CALL, OpCode.ENDTRY, OpCode.INITSSLOT, OpCode.LDSFLD,
            OpCode.STSFLD, OpCode.LDLOC, OpCode.STLOC, OpCode.LDARG, OpCode.STARG, OpCode.NEWARRAY_T, OpCode.ISTYPE,
            OpCode.CONVERT);
        Fixed(2, OpCode.PUSHINT16, OpCode.CALLT, OpCode.TRY, OpCode.INITSLOT);
        Fixed(4, OpCode.PUSHINT32, OpCode.PUSHA, OpCode.JMP_L, OpCode.JMPIF_L, OpCode.JMPIFNOT_L, OpCode.JMPEQ_L,
            OpCode.JMPNE_L, OpCode.JMPGT_L, OpCode.JMPGE_L, OpCode.JMPLT_L, OpCode.JMPLE_L, OpCode.CALL_L,
            OpCode.ENDTRY_L, OpCode.SYSCALL);
        Fixed(8, OpCode.PUSHINT64, OpCode.TRY_L);
        Fixed(16, OpCode.PUSHINT128);
        Fixed(32, OpCode.PUSHINT256);
        PrefixSize[(byte)OpCode.PUSHDATA1] = 1;
        PrefixSize[(byte)OpCode.PUSHDATA2] = 2;
        PrefixSize[(byte)OpCode.PUSHDATA4] = 4;
        OpCodePrices.Fill(Prices);
    }

    private static void Fixed(byte size, params OpCode[] ops)
    {
        foreach (var op in ops) FixedSize[(byte)op] = size;
    }

    public static bool IsDefined(byte value) => Defined[value];

    /// <summary>Size of a fixed operand in bytes (0 for none or for PUSHDATA*).</summary>
    public static int OperandSize(OpCode op) => FixedSize[(byte)op];

    /// <summary>Size of the length prefix of PUSHDATA1/2/4 (1, 2, 4), else 0.</summary>
    public static int OperandPrefixSize(OpCode op) => PrefixSize[(byte)op];

    /// <summary>Base price of an opcode in fee units (multiplied by ExecFeeFactor by the engine).</summary>
    public static long Price(OpCode op) => Prices[(byte)op];
}
