using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Samples
{
    public struct Position { public BigInteger Amount; public string Owner; }

    /// <summary>Calls across the framework's bindings so tests can check each against Neo's behaviour.</summary>
    [DisplayName("FrameworkProbe")]
    [ContractPermission(Permission.Any, "echo")]
    [ContractPermission(Permission.Any, "guarded")]
    public class FrameworkProbe : SmartContract
    {
        [DisplayName("Stored")]
        public static event System.Action<ByteString, BigInteger> OnStored = null!;

        [Stored(0x10)]
        public static BigInteger Counter { get; set; }

        [Stored]
        public static string? Label { [Safe] get; set; }

        private static readonly StorageMap Balances = new(Storage.CurrentContext, 0x20);

        public static BigInteger Increment(BigInteger by) { Counter += by; return Counter; }

        public static void Put(ByteString key, BigInteger value) { Balances.Put(key, value); OnStored(key, value); }

        [Safe]
        public static BigInteger Get(ByteString key) => Balances.GetIntegerOrZero(key);

        public static BigInteger Total()
        {
            BigInteger total = 0;
            foreach (var (key, value) in (Iterator<(ByteString, ByteString)>)Balances.Find(FindOptions.RemovePrefix)) total += (BigInteger)value;
            return total;
        }

        public static BigInteger Local(ByteString key)
        {
            Storage.Put(key, 41);
            var map = new LocalStorageMap((ByteString)"L");
            map.Put(key, 1);
            return (BigInteger)Storage.Get(key)! + map.GetInteger(key);
        }

        public static void Remove(ByteString key) => Balances.Delete(key);

        [Safe]
        public static ByteString Hashes(ByteString data) => Helper.Concat(CryptoLib.Sha256(data), CryptoLib.Ripemd160(data));

        [Safe]
        public static string Text(BigInteger n) => StdLib.Itoa(n, 16) + "/" + StdLib.Base64Encode(StdLib.Serialize(n)) + "/" + StdLib.JsonSerialize(new object[] { n, "x", true });

        [Safe]
        public static object RoundTrip(BigInteger amount, string owner)
        {
            var position = new Position { Amount = amount, Owner = owner };
            var back = (Position)StdLib.Deserialize(StdLib.Serialize(position));
            return back.Amount + back.Owner.Length;
        }

        [Safe]
        public static object Environment() => new object[] { Runtime.GetNetwork(), Runtime.Platform, Runtime.Trigger == TriggerType.Application, Ledger.CurrentIndex, Runtime.ExecutingScriptHash, Runtime.AddressVersion };

        [Safe]
        public static bool Witness(UInt160 account) => Runtime.CheckWitness(account);

        [Safe]
        public static BigInteger GasOf(UInt160 account) => GAS.BalanceOf(account) + NEO.BalanceOf(account);

        [Safe]
        public static bool Valid(UInt160 account) => account.IsValid && !account.IsZero;

        [Safe]
        public static object Lists(int n)
        {
            var list = new List<BigInteger>();
            for (int i = 0; i < n; i++) list.Add(i * i);
            var map = new Map<string, BigInteger>();
            map["count"] = list.Count;
            map["last"] = list[list.Count - 1];
            list.RemoveAt(0);
            return new object[] { list.Count, map["count"], map["last"], map.HasKey("none"), map.Keys.Length };
        }

        [Safe]
        public static ByteString Bytes(ByteString data) => Helper.Concat((ByteString)Helper.Take((byte[])data, 2), (ByteString)Helper.Last((byte[])data, 1));

        public static object Call(UInt160 target, BigInteger value) => Contract.Call(target, "echo", CallFlags.ReadOnly, value);

        [Safe]
        public static object Echo(BigInteger value) => value + 1;

        /// <summary>Calls back into the probe while its lock is held (re-entry must fail).</summary>
        [NoReentrant]
        public static BigInteger Guarded(BigInteger depth)
        {
            if (depth > 0) return (BigInteger)Contract.Call(Runtime.ExecutingScriptHash, "guarded", CallFlags.All, depth - 1);
            return new StorageMap(Storage.CurrentContext, 0xFF).Get("noReentrant") is null ? 1 : 2;
        }

        [NoReentrant]
        public static int GuardedReturn(int x)
        {
            try { if (x > 0) return x; throw new System.Exception("negative"); }
            catch { return -1; }
        }

        public static bool LockLeftAfter(int x) { GuardedReturn(x); return new StorageMap(Storage.CurrentContext, 0xFF).Get("noReentrant") is null; }
    }
}
