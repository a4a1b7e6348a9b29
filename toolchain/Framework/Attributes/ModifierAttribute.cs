using System;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>
    /// A method wrapper: the compiler runs the attribute's constructor and Enter() before the method body and
    /// Exit() after it. Subclasses are contract code.
    /// </summary>
    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true)]
    public abstract class ModifierAttribute : Attribute
    {
        public abstract void Enter();

        public abstract void Exit();
    }
}
