using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.Hnt
{
    public delegate void RoleChangedHandler(UInt160? oldAccount, UInt160 newAccount);

    public delegate void ParameterChangedHandler(string name, BigInteger oldValue, BigInteger newValue);

    public partial class Hnt
    {
        /// <summary>The minter role moved: old (null at deploy), new. Consumers: the DAO bootstrap, dashboards.</summary>
        [DisplayName("MinterChanged")]
        public static event RoleChangedHandler OnMinterChanged = null!;

        /// <summary>The authority moved: old (null at deploy), new.</summary>
        [DisplayName("AuthorityChanged")]
        public static event RoleChangedHandler OnAuthorityChanged = null!;

        /// <summary>A parameter changed: name, old value, new value.</summary>
        [DisplayName("ParameterChanged")]
        public static event ParameterChangedHandler OnParameterChanged = null!;
    }
}
