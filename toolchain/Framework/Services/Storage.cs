using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>
    /// The System.Storage.* syscalls. Overloads with a context address any context the contract holds; those
    /// without use the executing contract's storage through System.Storage.Local.* (Faun+).
    /// </summary>
    public static class Storage
    {
        public static extern StorageContext CurrentContext { [Syscall("System.Storage.GetContext")] get; }

        public static extern StorageContext CurrentReadOnlyContext { [Syscall("System.Storage.GetReadOnlyContext")] get; }

        [Syscall("System.Storage.Get")]
        public static extern ByteString? Get(StorageContext context, ByteString key);

        [Syscall("System.Storage.Get")]
        public static extern ByteString? Get(StorageContext context, byte[] key);

        /// <summary>The executing contract's value (Faun+ Storage.Local).</summary>
        [Syscall("System.Storage.Local.Get")]
        public static extern ByteString? Get(ByteString key);

        [Syscall("System.Storage.Local.Get")]
        public static extern ByteString? Get(byte[] key);

        [Syscall("System.Storage.Put")]
        public static extern void Put(StorageContext context, ByteString key, ByteString value);

        [Syscall("System.Storage.Put")]
        public static extern void Put(StorageContext context, byte[] key, ByteString value);

        [Syscall("System.Storage.Put")]
        public static extern void Put(StorageContext context, byte[] key, byte[] value);

        [Syscall("System.Storage.Put")]
        public static extern void Put(StorageContext context, ByteString key, BigInteger value);

        [Syscall("System.Storage.Put")]
        public static extern void Put(StorageContext context, byte[] key, BigInteger value);

        [Syscall("System.Storage.Local.Put")]
        public static extern void Put(ByteString key, ByteString value);

        [Syscall("System.Storage.Local.Put")]
        public static extern void Put(byte[] key, ByteString value);

        [Syscall("System.Storage.Local.Put")]
        public static extern void Put(byte[] key, byte[] value);

        [Syscall("System.Storage.Local.Put")]
        public static extern void Put(ByteString key, BigInteger value);

        [Syscall("System.Storage.Local.Put")]
        public static extern void Put(byte[] key, BigInteger value);

        [Syscall("System.Storage.Delete")]
        public static extern void Delete(StorageContext context, ByteString key);

        [Syscall("System.Storage.Delete")]
        public static extern void Delete(StorageContext context, byte[] key);

        [Syscall("System.Storage.Local.Delete")]
        public static extern void Delete(ByteString key);

        [Syscall("System.Storage.Local.Delete")]
        public static extern void Delete(byte[] key);

        [Syscall("System.Storage.Find")]
        public static extern Iterator Find(StorageContext context, ByteString prefix, FindOptions options = FindOptions.None);

        [Syscall("System.Storage.Find")]
        public static extern Iterator Find(StorageContext context, byte[] prefix, FindOptions options = FindOptions.None);

        [Syscall("System.Storage.Local.Find")]
        public static extern Iterator Find(ByteString prefix, FindOptions options = FindOptions.None);

        [Syscall("System.Storage.Local.Find")]
        public static extern Iterator Find(byte[] prefix, FindOptions options = FindOptions.None);
    }
}
