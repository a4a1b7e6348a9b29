using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>A contract's storage handle (an InteropInterface item).</summary>
    public class StorageContext : IApiInterface
    {
        /// <summary>The same storage, refusing writes.</summary>
        public extern StorageContext AsReadOnly { [Syscall("System.Storage.AsReadOnly")] get; }
    }
}
