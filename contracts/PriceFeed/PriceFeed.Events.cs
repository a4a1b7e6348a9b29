using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.PriceFeed
{
    public delegate void PriceSubmittedHandler(UInt160 oracle, BigInteger priceE8, BigInteger confE8, BigInteger timestampMs, bool flagged);

    public delegate void OracleChangedHandler(UInt160 oracle, bool added);

    public delegate void ParameterChangedHandler(string name, BigInteger oldValue, BigInteger newValue);

    public delegate void AuthorityChangedHandler(UInt160? oldAuthority, UInt160 newAuthority);

    public partial class PriceFeed
    {
        /// <summary>A submission was recorded (consumers: the price oracle service's audit, dashboards; flagged ones alert operators).</summary>
        [DisplayName("PriceSubmitted")]
        public static event PriceSubmittedHandler OnPriceSubmitted = null!;

        /// <summary>An oracle joined (added = true) or left the set.</summary>
        [DisplayName("OracleChanged")]
        public static event OracleChangedHandler OnOracleChanged = null!;

        /// <summary>A parameter changed: name, old value, new value.</summary>
        [DisplayName("ParameterChanged")]
        public static event ParameterChangedHandler OnParameterChanged = null!;

        /// <summary>The authority was handed over: old (null at deploy), new.</summary>
        [DisplayName("AuthorityChanged")]
        public static event AuthorityChangedHandler OnAuthorityChanged = null!;
    }
}
