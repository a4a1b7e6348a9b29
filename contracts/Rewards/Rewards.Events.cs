using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.Rewards
{
    public delegate void FundedHandler(BigInteger subDaoId, UInt160? from, BigInteger amount, BigInteger oldFunded, BigInteger newFunded);

    public delegate void RootSubmittedHandler(BigInteger subDaoId, BigInteger oldEpoch, BigInteger newEpoch, ByteString oldRoot, ByteString newRoot, BigInteger oldTotal, BigInteger newTotal);

    public delegate void ClaimedHandler(ByteString tokenId, BigInteger subDaoId, UInt160 recipient, BigInteger amount, BigInteger oldClaimed, BigInteger newClaimed);

    public delegate void DestinationChangedHandler(ByteString tokenId, UInt160 owner, UInt160? oldDestination, UInt160 newDestination);

    public delegate void SubDaoConfiguredHandler(BigInteger subDaoId, UInt160 token);

    public delegate void OraclesChangedHandler(BigInteger subDaoId, object[]? oldOracles, BigInteger oldQuorum, object[] newOracles, BigInteger newQuorum);

    public delegate void BreakerChangedHandler(BigInteger subDaoId, BigInteger oldThreshold, BigInteger newThreshold, BigInteger oldWindowMs, BigInteger newWindowMs);

    public delegate void AddressChangedHandler(string name, UInt160? oldValue, UInt160 newValue);

    public partial class Rewards
    {
        /// <summary>The escrow received a subDAO's token: subDAO, sender (null for the Dao's mint), amount, old and new funded total.</summary>
        [DisplayName("Funded")]
        public static event FundedHandler OnFunded = null!;

        /// <summary>Oracles posted a root: subDAO, old and new epoch, old and new root, old and new total. Consumer: wallets fetching proofs.</summary>
        [DisplayName("RootSubmitted")]
        public static event RootSubmittedHandler OnRootSubmitted = null!;

        /// <summary>A hotspot's rewards were paid: token id, subDAO, recipient, amount, old and new claimed total.</summary>
        [DisplayName("Claimed")]
        public static event ClaimedHandler OnClaimed = null!;

        /// <summary>A hotspot owner set where its rewards go: token id, owner, old destination (null none), new.</summary>
        [DisplayName("DestinationChanged")]
        public static event DestinationChangedHandler OnDestinationChanged = null!;

        /// <summary>A subDAO's pool was opened with its token.</summary>
        [DisplayName("SubDaoConfigured")]
        public static event SubDaoConfiguredHandler OnSubDaoConfigured = null!;

        /// <summary>A subDAO's reward oracles changed: subDAO, old keys (null none) and quorum, new keys and quorum.</summary>
        [DisplayName("OraclesChanged")]
        public static event OraclesChangedHandler OnOraclesChanged = null!;

        /// <summary>A subDAO's claims breaker changed: subDAO, old and new threshold, old and new window (ms).</summary>
        [DisplayName("BreakerChanged")]
        public static event BreakerChangedHandler OnBreakerChanged = null!;

        /// <summary>A role or contract reference changed: name ("authority", "dao", "hotspotRegistry"), old (null at deploy), new.</summary>
        [DisplayName("AddressChanged")]
        public static event AddressChangedHandler OnAddressChanged = null!;
    }
}
