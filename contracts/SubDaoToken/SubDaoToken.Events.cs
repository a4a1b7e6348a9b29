using System.ComponentModel;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.SubDaoToken
{
    public delegate void AddressChangedHandler(string name, UInt160? oldValue, UInt160 newValue);

    public partial class SubDaoToken
    {
        /// <summary>A role changed: name ("authority", "dao", "treasury"), old (null at deploy), new. Consumers: dashboards, the deploy check.</summary>
        [DisplayName("AddressChanged")]
        public static event AddressChangedHandler OnAddressChanged = null!;
    }
}
