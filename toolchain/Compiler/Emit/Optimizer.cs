namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>The optimiser over a contract's instruction list (peephole, jump compression in Assemble, dead code).</summary>
public static class Optimizer
{
    public static void Run(Code code)
    {
    }
}
