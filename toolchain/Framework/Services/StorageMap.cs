using System.Numerics;
using System.Runtime.InteropServices;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>
    /// Storage under a key prefix. At run time it is a two-item struct [context, prefix]; every key given to its
    /// members is appended to the prefix.
    /// </summary>
    public class StorageMap
    {
#pragma warning disable CS0169 // never assigned in C#: they document the run-time layout the bindings rely on
        private readonly StorageContext context;
        private readonly byte[] prefix;
#pragma warning restore CS0169

        public extern ByteString? this[ByteString key]
        {
            [CallingConvention(CallingConvention.Cdecl)]
            [OpCode(OpCode.UNPACK)]
            [OpCode(OpCode.DROP)]
            [OpCode(OpCode.REVERSE3)]
            [OpCode(OpCode.CAT)]
            [OpCode(OpCode.SWAP)]
            [Syscall("System.Storage.Get")]
            get;
            [CallingConvention(CallingConvention.Cdecl)]
            [OpCode(OpCode.UNPACK)]
            [OpCode(OpCode.DROP)]
            [OpCode(OpCode.REVERSE3)]
            [OpCode(OpCode.CAT)]
            [OpCode(OpCode.SWAP)]
            [Syscall("System.Storage.Put")]
            set;
        }

        public extern ByteString? this[byte[] key]
        {
            [CallingConvention(CallingConvention.Cdecl)]
            [OpCode(OpCode.UNPACK)]
            [OpCode(OpCode.DROP)]
            [OpCode(OpCode.REVERSE3)]
            [OpCode(OpCode.CAT)]
            [OpCode(OpCode.SWAP)]
            [Syscall("System.Storage.Get")]
            get;
            [CallingConvention(CallingConvention.Cdecl)]
            [OpCode(OpCode.UNPACK)]
            [OpCode(OpCode.DROP)]
            [OpCode(OpCode.REVERSE3)]
            [OpCode(OpCode.CAT)]
            [OpCode(OpCode.SWAP)]
            [Syscall("System.Storage.Put")]
            set;
        }

        /// <summary>A map over the current (writable) storage context.</summary>
        [Syscall("System.Storage.GetContext")]
        [OpCode(OpCode.PUSH2)]
        [OpCode(OpCode.PACK)]
        public extern StorageMap(byte[] prefix);

        [Syscall("System.Storage.GetContext")]
        [OpCode(OpCode.PUSH2)]
        [OpCode(OpCode.PACK)]
        public extern StorageMap(ByteString prefix);

        [OpCode(OpCode.PUSH1)]
        [OpCode(OpCode.NEWBUFFER)]
        [OpCode(OpCode.TUCK)]
        [OpCode(OpCode.PUSH0)]
        [OpCode(OpCode.ROT)]
        [OpCode(OpCode.SETITEM)]
        [Syscall("System.Storage.GetContext")]
        [OpCode(OpCode.PUSH2)]
        [OpCode(OpCode.PACK)]
        public extern StorageMap(byte prefix);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.PUSH2)]
        [OpCode(OpCode.PACK)]
        public extern StorageMap(StorageContext context, byte[] prefix);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.PUSH2)]
        [OpCode(OpCode.PACK)]
        public extern StorageMap(StorageContext context, ByteString prefix);

        [OpCode(OpCode.PUSH1)]
        [OpCode(OpCode.NEWBUFFER)]
        [OpCode(OpCode.TUCK)]
        [OpCode(OpCode.PUSH0)]
        [OpCode(OpCode.ROT)]
        [OpCode(OpCode.SETITEM)]
        [OpCode(OpCode.SWAP)]
        [OpCode(OpCode.PUSH2)]
        [OpCode(OpCode.PACK)]
        public extern StorageMap(StorageContext context, byte prefix);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern ByteString? Get(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern UInt160 GetUInt160(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern UInt256 GetUInt256(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern ECPoint GetECPoint(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public extern byte[] GetByteArray(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern ByteString GetString(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        [OpCode(OpCode.CONVERT, StackItemType.Integer)]
        public extern BigInteger GetInteger(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        [OpCode(OpCode.NOT)]
        [OpCode(OpCode.NOT)]
        public extern bool GetBoolean(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.ISNULL)]
        [OpCode(OpCode.JMPIFNOT, "0x06")]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.PUSH0)]
        [OpCode(OpCode.JMP, "0x04")]
        [OpCode(OpCode.CONVERT, StackItemType.Integer)]
        public extern BigInteger GetIntegerOrZero(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern ByteString? Get(byte[] key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern UInt160 GetUInt160(byte[] key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern UInt256 GetUInt256(byte[] key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern ECPoint GetECPoint(byte[] key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        [OpCode(OpCode.CONVERT, StackItemType.Buffer)]
        public extern byte[] GetByteArray(byte[] key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        public extern ByteString GetString(byte[] key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        [OpCode(OpCode.CONVERT, StackItemType.Integer)]
        public extern BigInteger GetInteger(byte[] key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        [OpCode(OpCode.NOT)]
        [OpCode(OpCode.NOT)]
        public extern bool GetBoolean(byte[] key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Get")]
        [OpCode(OpCode.DUP)]
        [OpCode(OpCode.ISNULL)]
        [OpCode(OpCode.JMPIFNOT, "0x06")]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.PUSH0)]
        [OpCode(OpCode.JMP, "0x04")]
        [OpCode(OpCode.CONVERT, StackItemType.Integer)]
        public extern BigInteger GetIntegerOrZero(byte[] key);

        /// <summary>The value deserialised with StdLib, or null when the key is absent.</summary>
        public object? GetObject(ByteString key)
        {
            ByteString? value = Get(key);
            return value is null ? null : StdLib.Deserialize(value);
        }

        /// <summary>The value deserialised with StdLib, or null when the key is absent.</summary>
        public object? GetObject(byte[] key) => GetObject((ByteString)key);

        /// <summary>Adds one to the integer under the key (absent = 0), stores and returns it.</summary>
        public BigInteger Increase(byte[] key) => Increase((ByteString)key, 1);

        /// <summary>Adds one to the integer under the key (absent = 0), stores and returns it.</summary>
        public BigInteger Increase(ByteString key) => Increase(key, 1);

        /// <summary>Adds amount to the integer under the key (absent = 0), stores and returns it.</summary>
        public BigInteger Increase(byte[] key, BigInteger amount) => Increase((ByteString)key, amount);

        /// <summary>Adds amount to the integer under the key (absent = 0), stores and returns it.</summary>
        public BigInteger Increase(ByteString key, BigInteger amount)
        {
            BigInteger result = GetIntegerOrZero(key) + amount;
            Put(key, result);
            return result;
        }

        /// <summary>Subtracts one from the integer under the key; a result of zero deletes the key.</summary>
        public BigInteger Decrease(byte[] key) => Decrease((ByteString)key, 1);

        /// <summary>Subtracts one from the integer under the key; a result of zero deletes the key.</summary>
        public BigInteger Decrease(ByteString key) => Decrease(key, 1);

        /// <summary>Subtracts amount from the integer under the key; a result of zero deletes the key.</summary>
        public BigInteger Decrease(byte[] key, BigInteger amount) => Decrease((ByteString)key, amount);

        /// <summary>Subtracts amount from the integer under the key; a result of zero deletes the key.</summary>
        public BigInteger Decrease(ByteString key, BigInteger amount)
        {
            BigInteger result = GetIntegerOrZero(key) - amount;
            if (result.IsZero) Delete(key);
            else Put(key, result);
            return result;
        }

        /// <summary>Every entry under this map's prefix.</summary>
        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [Syscall("System.Storage.Find")]
        public extern Iterator Find(FindOptions options = FindOptions.None);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Find")]
        public extern Iterator Find(ByteString prefix, FindOptions options = FindOptions.None);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Find")]
        public extern Iterator Find(byte[] prefix, FindOptions options = FindOptions.None);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Put")]
        public extern void Put(ByteString key, ByteString value);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Put")]
        public extern void Put(ByteString key, BigInteger value);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Put")]
        public extern void Put(ByteString key, bool value);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Put")]
        public extern void Put(ByteString key, byte[] value);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Put")]
        public extern void Put(byte[] key, ByteString value);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Put")]
        public extern void Put(byte[] key, BigInteger value);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Put")]
        public extern void Put(byte[] key, bool value);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Put")]
        public extern void Put(byte[] key, byte[] value);

        /// <summary>Stores the value serialised with StdLib.</summary>
        public void PutObject(ByteString key, object value) => Put(key, StdLib.Serialize(value));

        /// <summary>Stores the value serialised with StdLib.</summary>
        public void PutObject(byte[] key, object value) => Put(key, StdLib.Serialize(value));

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Delete")]
        public extern void Delete(ByteString key);

        [CallingConvention(CallingConvention.Cdecl)]
        [OpCode(OpCode.UNPACK)]
        [OpCode(OpCode.DROP)]
        [OpCode(OpCode.REVERSE3)]
        [OpCode(OpCode.CAT)]
        [OpCode(OpCode.SWAP)]
        [Syscall("System.Storage.Delete")]
        public extern void Delete(byte[] key);
    }
}
