using System.Runtime.CompilerServices;

namespace Neo.SmartContract.Framework
{
    /// <summary>Base class of every contract; each public non-abstract subclass compiles to one contract.</summary>
    public abstract class SmartContract
    {
        /// <summary>The static-field initialiser the compiler generates (ABI name "_initialize").</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
#pragma warning disable IDE1006 // the ABI name starts with an underscore
        public static extern void _initialize();
#pragma warning restore IDE1006
    }
}
