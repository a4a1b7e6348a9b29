using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Binds an extern member to one NeoVM instruction with its operand in hex; several apply in order.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor, AllowMultiple = true)]
    public class OpCodeAttribute : Attribute
    {
        public OpCodeAttribute(OpCode opCode, string opData = "")
        {
        }
    }
}
