using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace Samples
{
    /// <summary>A storage map update as contracts write it, for the GAS comparison with hand-assembled code.</summary>
    [DisplayName("GasProbe")]
    public class GasProbe : SmartContract
    {
        [DisplayName("Stored")]
        public static event System.Action<ByteString, BigInteger> OnStored = null!;

        public static void Update(ByteString key, BigInteger value)
        {
            new StorageMap(Storage.CurrentContext, 0x20).Put(key, value);
            OnStored(key, value);
        }
    }
}
