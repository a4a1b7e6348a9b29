using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Testing.Tests.Nep17Scenario;

/// <summary>The test assembler: label fix-ups with 1- and 4-byte offsets, method offsets, range and label errors.</summary>
public class AssemblerTests
{
    [Fact]
    public void Forward_and_backward_labels_resolve_relative_to_the_instruction()
    {
        var a = new Assembler();
        a.Method("main").Jump(OpCode.JMP, "end")          // 0: JMP +8 (2 bytes)
            .Label("back").Op(OpCode.NOP)                 // 2
            .Jump(OpCode.JMPIF_L, "end")                  // 3: JMPIF_L +5 (5 bytes)
            .Label("end").Jump(OpCode.JMP, "back")        // 8: JMP -6
            .Method("other").Op(OpCode.RET);              // 10
        Assert.Equal(new byte[] { 0x22, 8, 0x21, 0x25, 5, 0, 0, 0, 0x22, 0xFA, 0x40 }, a.Build());
        Assert.Equal(10, a.MethodOffset("other"));
        Assert.Equal([("main", 0), ("other", 10)], a.Methods);
    }

    [Fact]
    public void Short_jumps_out_of_range_and_unknown_labels_are_rejected()
    {
        var far = new Assembler().Jump(OpCode.JMP, "far").Push(new byte[200]).Label("far");
        Assert.Contains("use the _L form", Assert.Throws<InvalidOperationException>(() => far.Build()).Message);
        var longForm = new Assembler().Jump(OpCode.JMP_L, "far").Push(new byte[200]).Label("far").Build();
        Assert.Equal(new byte[] { 0x23, 207, 0, 0, 0 }, longForm[..5]); // 5 + PUSHDATA1 (2) + 200
        Assert.Throws<InvalidOperationException>(() => new Assembler().Jump(OpCode.JMP, "nowhere").Build());
        Assert.Throws<ArgumentException>(() => new Assembler().Op(OpCode.JMP, 2));
        Assert.Throws<InvalidOperationException>(() => new Assembler().Label("x").Label("x"));
    }
}
