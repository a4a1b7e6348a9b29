using System;
using System.Runtime.InteropServices;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>
    /// Selects the order in which the compiler pushes an extern member's arguments (and `this`) before its
    /// inline [OpCode]/[Syscall] bindings; StorageMap's members use Cdecl.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor)]
    internal class CallingConventionAttribute : Attribute
    {
        public CallingConventionAttribute(CallingConvention callingConvention)
        {
        }
    }
}
