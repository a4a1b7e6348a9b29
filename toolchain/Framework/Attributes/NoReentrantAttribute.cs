using System;
using System.Runtime.CompilerServices;
using Neo.SmartContract.Framework.Services;

namespace Neo.SmartContract.Framework.Attributes
{
    /// <summary>Blocks re-entry into any method carrying it: one storage flag under the prefix and key given.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class NoReentrantAttribute : ModifierAttribute
    {
        private readonly StorageMap _lock;
        private readonly string _key;

        public NoReentrantAttribute(byte prefix = 0xFF, string key = "noReentrant")
        {
            _key = key;
            _lock = new StorageMap(Storage.CurrentContext, prefix);
        }

        /// <summary>FAULTs when the flag is already set, then sets it.</summary>
        public override void Enter()
        {
            ExecutionEngine.Assert(_lock.Get(_key) is null, "Already entered");
            _lock.Put(_key, 1);
        }

        /// <summary>Clears the flag.</summary>
        public override void Exit() => _lock.Delete(_key);
    }
}
