using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Binds an extern member to SYSCALL with the interop name given ("System.Runtime.CheckWitness").</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor, AllowMultiple = true)]
    public class SyscallAttribute : Attribute
    {
        public SyscallAttribute(string method)
        {
        }
    }
}
