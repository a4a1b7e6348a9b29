using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Vm.Tests.VmRun;

namespace Protocol.Toolchain.Vm.Tests.Opcodes;

/// <summary>MaxItemSize (131070 bytes), MaxStackSize (2048 references) and invocation depth limits.</summary>
public sealed class ItemSizeTests
{
    [Fact]
    public void Newbuffer_up_to_max_item_size()
    {
        Assert.Equal(131070, ((Types.Buffer)Halted(sb => sb.EmitPush(131070).Emit(OpCode.NEWBUFFER)).ResultStack[0]).Size);
        Assert.Contains("MaxItemSize exceed", Faulted(sb => sb.EmitPush(131071).Emit(OpCode.NEWBUFFER)).Message);
        Faulted(sb => sb.EmitPush(-1).Emit(OpCode.NEWBUFFER));
    }

    [Fact]
    public void Cat_beyond_max_item_size_faults()
    {
        var ok = Halted(sb => sb.EmitPush(65535).Emit(OpCode.NEWBUFFER).EmitPush(65535).Emit(OpCode.NEWBUFFER).Emit(OpCode.CAT));
        Assert.Equal(131070, ((Types.Buffer)ok.ResultStack[0]).Size);
        Faulted(sb => sb.EmitPush(65535).Emit(OpCode.NEWBUFFER).EmitPush(65536).Emit(OpCode.NEWBUFFER).Emit(OpCode.CAT));
    }

    [Fact]
    public void Pushdata_beyond_max_item_size_faults()
    {
        Assert.Equal(131070, Halted(sb => sb.EmitPush(new byte[131070])).ResultStack[0].GetSpan().Length);
        Faulted(sb => sb.EmitPush(new byte[131071]));
    }

    [Fact]
    public void More_than_2048_references_fault()
    {
        var full = Halted(sb => sb.EmitPush(2047).Emit(OpCode.NEWARRAY));
        Assert.Equal(2048, full.ReferenceCounter.Count);
        Assert.Contains("MaxStackSize exceed: 2049/2048", Faulted(sb => sb.EmitPush(2047).Emit(OpCode.NEWARRAY).Emit(OpCode.PUSH0)).Message);
    }

    [Fact]
    public void Invocation_stack_deeper_than_1024_faults()
    {
        // CALL +0 calls itself forever: frame 1025 is refused.
        var engine = Run(sb => sb.EmitJump(OpCode.CALL, 0));
        Assert.Equal(VMState.FAULT, engine.State);
        Assert.Contains("MaxInvocationStackSize exceed: 1024", engine.FaultException!.Message);
    }

    [Theory]
    [InlineData(-128, 0x80)]
    [InlineData(-1, 0xFF)]
    [InlineData(255, 0xFF)]
    public void Buffer_setitem_stores_byte_values_from_minus_128_to_255(int value, byte stored)
    {
        var engine = Halted(sb => sb.EmitPush(1).Emit(OpCode.NEWBUFFER).Emit(OpCode.DUP).EmitPush(0).EmitPush(value).Emit(OpCode.SETITEM));
        Assert.Equal(stored, engine.ResultStack[0].GetSpan()[0]);
        Assert.Contains("is not a byte type", Faulted(sb => sb.EmitPush(1).Emit(OpCode.NEWBUFFER).EmitPush(0).EmitPush(256).Emit(OpCode.SETITEM)).Message);
        Faulted(sb => sb.EmitPush(1).Emit(OpCode.NEWBUFFER).EmitPush(0).EmitPush(-129).Emit(OpCode.SETITEM));
    }

    [Fact]
    public void Map_keys_over_64_bytes_fault()
    {
        Halted(sb => sb.Emit(OpCode.NEWMAP).Emit(OpCode.DUP).EmitPush(new byte[64]).EmitPush(1).Emit(OpCode.SETITEM));
        Assert.Contains("exceeds maximum allowed size of 64 bytes",
            Faulted(sb => sb.Emit(OpCode.NEWMAP).Emit(OpCode.DUP).EmitPush(new byte[65]).EmitPush(1).Emit(OpCode.SETITEM)).Message);
    }
}
