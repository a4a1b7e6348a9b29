using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.Treasury
{
    public delegate void RedeemedHandler(UInt160 owner, BigInteger dntBurned, BigInteger hntOut, BigInteger reserveBefore, BigInteger supplyBefore);

    public delegate void AddressChangedHandler(string name, UInt160? oldValue, UInt160 newValue);

    public delegate void ParameterChangedHandler(string name, BigInteger oldValue, BigInteger newValue);

    public partial class Treasury
    {
        /// <summary>DNT redeemed for HNT: owner, DNT burned, HNT paid (bones), reserve R and DNT supply S before. Consumers: wallets, dashboards.</summary>
        [DisplayName("Redeemed")]
        public static event RedeemedHandler OnRedeemed = null!;

        /// <summary>A role or contract reference changed: name ("authority", "dao", "hnt", "dnt"), old (null at deploy), new.</summary>
        [DisplayName("AddressChanged")]
        public static event AddressChangedHandler OnAddressChanged = null!;

        /// <summary>A parameter changed: name ("subDaoId", "k", "freezeTimeMs", "breakerBps", "breakerWindowMs"), old, new.</summary>
        [DisplayName("ParameterChanged")]
        public static event ParameterChangedHandler OnParameterChanged = null!;
    }
}
