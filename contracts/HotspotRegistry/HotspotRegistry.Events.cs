using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.HotspotRegistry
{
    public delegate void MakerStakedHandler(BigInteger subDaoId, UInt160 maker, UInt160 token, BigInteger oldAmount, BigInteger newAmount);

    public delegate void MakerApprovalChangedHandler(BigInteger subDaoId, UInt160 maker, bool oldApproved, bool newApproved, BigInteger stakeReturned);

    public delegate void HotspotIssuedHandler(ByteString tokenId, BigInteger subDaoId, ByteString deviceKey, string deviceType, UInt160 maker, UInt160 owner);

    public delegate void HotspotOnboardedHandler(ByteString tokenId, UInt160 owner, BigInteger location, BigInteger onboardingDc, BigInteger locationDc);

    public delegate void LocationChangedHandler(ByteString tokenId, BigInteger oldLocation, BigInteger newLocation, BigInteger feeDc);

    public delegate void ActiveChangedHandler(ByteString tokenId, BigInteger subDaoId, bool oldActive, bool newActive, BigInteger onboardingFeeDc);

    public delegate void SubDaoAddressChangedHandler(string name, BigInteger subDaoId, UInt160? oldValue, UInt160 newValue);

    public delegate void StakeRequirementChangedHandler(BigInteger subDaoId, BigInteger oldHnt, BigInteger newHnt, BigInteger oldDnt, BigInteger newDnt);

    public delegate void AddressChangedHandler(string name, UInt160? oldValue, UInt160 newValue);

    public partial class HotspotRegistry
    {
        /// <summary>A maker's stake grew: subDAO, maker, token (HNT or the DNT), old and new amount. Consumer: governance reviewing makers.</summary>
        [DisplayName("MakerStaked")]
        public static event MakerStakedHandler OnMakerStaked = null!;

        /// <summary>
        /// A maker was approved or revoked: subDAO, maker, old and new approval, stake returned (revoke returns it all and
        /// forgets the maker). Consumer: makers, explorers.
        /// </summary>
        [DisplayName("MakerApprovalChanged")]
        public static event MakerApprovalChangedHandler OnMakerApprovalChanged = null!;

        /// <summary>A hotspot NFT was issued: token id, subDAO, device key, device type, maker, owner. Consumer: the coverage oracle's registry.</summary>
        [DisplayName("HotspotIssued")]
        public static event HotspotIssuedHandler OnHotspotIssued = null!;

        /// <summary>A hotspot was onboarded: token id, owner who paid, location (0 none), DC burned for onboarding and for the location.</summary>
        [DisplayName("HotspotOnboarded")]
        public static event HotspotOnboardedHandler OnHotspotOnboarded = null!;

        /// <summary>A hotspot's asserted location changed: token id, old and new H3 cell, DC burned.</summary>
        [DisplayName("LocationChanged")]
        public static event LocationChangedHandler OnLocationChanged = null!;

        /// <summary>A hotspot became active or inactive: token id, subDAO, old and new flag, the onboarding fee moved in or out of A.</summary>
        [DisplayName("ActiveChanged")]
        public static event ActiveChangedHandler OnActiveChanged = null!;

        /// <summary>A per-subDAO role changed: name ("activeDeviceAuthority"), subDAO, old (null when unset), new.</summary>
        [DisplayName("SubDaoAddressChanged")]
        public static event SubDaoAddressChangedHandler OnSubDaoAddressChanged = null!;

        /// <summary>A subDAO's maker stake requirement changed: subDAO, old and new HNT (bones), old and new DNT (base units).</summary>
        [DisplayName("StakeRequirementChanged")]
        public static event StakeRequirementChangedHandler OnStakeRequirementChanged = null!;

        /// <summary>A role or contract reference changed: name ("authority", "hnt", "dao", "dataCredits"), old (null at deploy), new.</summary>
        [DisplayName("AddressChanged")]
        public static event AddressChangedHandler OnAddressChanged = null!;
    }
}
