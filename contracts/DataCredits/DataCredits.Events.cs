using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.DataCredits
{
    public delegate void MintedHandler(UInt160? payer, UInt160 recipient, BigInteger hntBurned, BigInteger dcMinted, BigInteger priceE8);

    public delegate void DelegatedHandler(UInt160 owner, BigInteger subDaoId, ByteString routerKeyHash, BigInteger amount);

    public delegate void DelegatedBurnedHandler(BigInteger subDaoId, ByteString routerKeyHash, BigInteger amount, BigInteger epoch);

    public delegate void BurnedHandler(UInt160 owner, BigInteger amount, UInt160 burnedBy);

    public delegate void BurnAuthorityChangedHandler(BigInteger subDaoId, UInt160? oldAuthority, UInt160 newAuthority);

    public delegate void BurnerChangedHandler(UInt160 contract, bool allowed);

    public delegate void AddressChangedHandler(string name, UInt160? oldValue, UInt160 newValue);

    public delegate void ParameterChangedHandler(string name, BigInteger oldValue, BigInteger newValue);

    public partial class DataCredits
    {
        /// <summary>DC minted by burning HNT: payer, recipient, HNT burned (bones), DC minted, conservative price used (USD × 10^8).</summary>
        [DisplayName("Minted")]
        public static event MintedHandler OnMinted = null!;

        /// <summary>DC moved into a subDAO router escrow: owner, subDAO id, sha256(router key), amount. Consumer: the packet router.</summary>
        [DisplayName("Delegated")]
        public static event DelegatedHandler OnDelegated = null!;

        /// <summary>Delegated DC burned for usage, counted in dcBurned: subDAO id, sha256(router key), amount, epoch. Consumer: the DAO's epoch close.</summary>
        [DisplayName("DelegatedBurned")]
        public static event DelegatedBurnedHandler OnDelegatedBurned = null!;

        /// <summary>DC burned for a fee without usage tracking: owner, amount, who burned it (the owner itself when signed).</summary>
        [DisplayName("Burned")]
        public static event BurnedHandler OnBurned = null!;

        /// <summary>A subDAO's DC burn authority changed: subDAO id, old, new.</summary>
        [DisplayName("BurnAuthorityChanged")]
        public static event BurnAuthorityChangedHandler OnBurnAuthorityChanged = null!;

        /// <summary>A protocol contract was allowed (true) or no longer allowed to burn owners' DC.</summary>
        [DisplayName("BurnerChanged")]
        public static event BurnerChangedHandler OnBurnerChanged = null!;

        /// <summary>A contract reference or account changed: name ("authority", "hnt", "priceFeed"), old, new.</summary>
        [DisplayName("AddressChanged")]
        public static event AddressChangedHandler OnAddressChanged = null!;

        /// <summary>A parameter changed: name, old value, new value.</summary>
        [DisplayName("ParameterChanged")]
        public static event ParameterChangedHandler OnParameterChanged = null!;
    }
}
