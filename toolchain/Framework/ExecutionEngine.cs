using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework
{
    /// <summary>Uncatchable checks: a failed Assert or an Abort FAULTs the whole execution.</summary>
    public static class ExecutionEngine
    {
        [OpCode(OpCode.ASSERT)]
        public static extern void Assert(bool condition);

        [OpCode(OpCode.ASSERTMSG)]
        public static extern void Assert(bool condition, string message);

        [OpCode(OpCode.ABORT)]
        public static extern void Abort();

        [OpCode(OpCode.ABORTMSG)]
        public static extern void Abort(string message);
    }
}
