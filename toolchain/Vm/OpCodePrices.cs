namespace Protocol.Toolchain.Vm;

/// <summary>The base price table of reference/neo-n3.md §2.6 (neo ApplicationEngine.OpCodePrices).</summary>
internal static class OpCodePrices
{
    internal static void Fill(long[] prices)
    {
        void Set(long price, params OpCode[] ops) { foreach (var op in ops) prices[(byte)op] = price; }
        void Range(long price, OpCode first, OpCode last) { for (int i = (byte)first; i <= (byte)last; i++) prices[i] = price; }

        Set(1, OpCode.PUSHINT8, OpCode.PUSHINT16, OpCode.PUSHINT32, OpCode.PUSHINT64, OpCode.PUSHT, OpCode.PUSHF,
            OpCode.PUSHNULL, OpCode.PUSHM1, OpCode.NOP, OpCode.ASSERT, OpCode.ASSERTMSG);
        Range(1, OpCode.PUSH0, OpCode.PUSH16);
        Set(4, OpCode.PUSHINT128, OpCode.PUSHINT256, OpCode.PUSHA, OpCode.TRY, OpCode.TRY_L, OpCode.ENDTRY,
            OpCode.ENDTRY_L, OpCode.ENDFINALLY, OpCode.INVERT, OpCode.SIGN, OpCode.ABS, OpCode.NEGATE, OpCode.INC,
            OpCode.DEC, OpCode.NOT, OpCode.NZ, OpCode.SIZE);
        Set(8, OpCode.PUSHDATA1, OpCode.AND, OpCode.OR, OpCode.XOR, OpCode.ADD, OpCode.SUB, OpCode.MUL, OpCode.DIV,
            OpCode.MOD, OpCode.SHL, OpCode.SHR, OpCode.BOOLAND, OpCode.BOOLOR, OpCode.NUMEQUAL, OpCode.NUMNOTEQUAL,
            OpCode.LT, OpCode.LE, OpCode.GT, OpCode.GE, OpCode.MIN, OpCode.MAX, OpCode.WITHIN, OpCode.NEWMAP);
        Set(512, OpCode.PUSHDATA2, OpCode.CALL, OpCode.CALL_L, OpCode.CALLA, OpCode.THROW, OpCode.NEWARRAY,
            OpCode.NEWARRAY_T, OpCode.NEWSTRUCT);
        Set(4096, OpCode.PUSHDATA4);
        Range(2, OpCode.JMP, OpCode.JMPLE_L);
        Set(32768, OpCode.CALLT);
        Set(0, OpCode.ABORT, OpCode.RET, OpCode.SYSCALL, OpCode.ABORTMSG);
        Set(2, OpCode.DEPTH, OpCode.DROP, OpCode.NIP, OpCode.DUP, OpCode.OVER, OpCode.PICK, OpCode.TUCK, OpCode.SWAP,
            OpCode.ROT, OpCode.REVERSE3, OpCode.REVERSE4, OpCode.ISNULL, OpCode.ISTYPE);
        Set(16, OpCode.XDROP, OpCode.CLEAR, OpCode.ROLL, OpCode.REVERSEN, OpCode.INITSSLOT, OpCode.NEWARRAY0,
            OpCode.NEWSTRUCT0, OpCode.KEYS, OpCode.REMOVE, OpCode.CLEARITEMS, OpCode.POPITEM);
        Set(64, OpCode.INITSLOT, OpCode.POW, OpCode.SQRT, OpCode.HASKEY, OpCode.PICKITEM);
        Range(2, OpCode.LDSFLD0, OpCode.STARG);
        Set(256, OpCode.NEWBUFFER);
        Set(2048, OpCode.MEMCPY, OpCode.CAT, OpCode.SUBSTR, OpCode.LEFT, OpCode.RIGHT, OpCode.MODPOW,
            OpCode.PACKMAP, OpCode.PACKSTRUCT, OpCode.PACK, OpCode.UNPACK);
        Set(32, OpCode.EQUAL, OpCode.NOTEQUAL, OpCode.MODMUL);
        Set(8192, OpCode.VALUES, OpCode.APPEND, OpCode.SETITEM, OpCode.REVERSEITEMS, OpCode.CONVERT);
    }
}
