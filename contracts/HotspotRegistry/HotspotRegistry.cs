using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.HotspotRegistry
{
    /// <summary>
    /// Hotspots (PROTOCOL.md "Hotspots and rewards"): one NEP-11 token per device key per subDAO, issued by makers the
    /// subDAO's governance approved against a stake. Owners onboard them by burning the subDAO's onboarding fee in DC
    /// (plus the location-assert fee when they give a location), re-assert locations for the location fee, and the
    /// subDAO's active-device authority (the coverage oracle) marks them active or inactive, which moves the onboarding
    /// fee paid in or out of the subDAO's A term in the Dao. Fees are DC (1 DC = $0.00001); locations H3 cell indexes.
    /// </summary>
    [DisplayName("HotspotRegistry")]
    [ContractDescription("Hotspot NFTs: makers, onboarding fees in DC, locations, active devices")]
    [ContractSourceCode("contracts/HotspotRegistry")]
    [ContractPermission(Permission.Any, "subDaoToken", "onboardingFee", "deviceTypes", "adjustActiveDeviceFees", "burnWithoutTracking", "transfer")]
    public partial class HotspotRegistry : Nep11Token<Hotspot>
    {
        public override string Symbol { [Safe] get => "HOTSPOT"; }

        /// <summary>Issues a hotspot of the subDAO's default device type (the first the Dao has fees for); see the five-argument issue.</summary>
        [DisplayName("issue")]
        public static ByteString IssueDefault(UInt160 maker, ByteString deviceKey, UInt160 owner, BigInteger subDaoId)
        {
            CheckSubDaoId(subDaoId);
            var types = (string[])Contract.Call(DaoContract, "deviceTypes", CallFlags.ReadOnly, subDaoId);
            if (types.Length == 0) throw new Exception(Errors.NoDeviceTypes);
            return Issue(maker, deviceKey, owner, subDaoId, types[0]);
        }

        /// <summary>
        /// Issues the hotspot NFT of <paramref name="deviceKey"/> in a subDAO to <paramref name="owner"/>: the maker's witness,
        /// the maker approved for the subDAO, a device type the subDAO has fees for. Returns the token id,
        /// SHA-256(subDaoId + 2^16 as 3 LE bytes ‖ deviceKey).
        /// </summary>
        public static ByteString Issue(UInt160 maker, ByteString deviceKey, UInt160 owner, BigInteger subDaoId, string deviceType)
        {
            if (!maker.IsValid || !owner.IsValid) throw new Exception(Errors.InvalidAccount);
            if (deviceKey is null || deviceKey.Length == 0 || deviceKey.Length > 64) throw new Exception(Errors.BadDeviceKey);
            CheckSubDaoId(subDaoId);
            if (deviceType is null || deviceType.Length == 0 || deviceType.Length > 32) throw new Exception(Errors.BadDeviceType);
            AssertMaker(maker);
            var record = LoadMaker(subDaoId, maker);
            if (record is null || !record.Approved) throw new Exception(Errors.MakerNotApproved);
            Fees(subDaoId, deviceType); // the Dao refuses a device type the subDAO has no fees for
            ByteString tokenId = TokenIdOf(subDaoId, deviceKey);
            if (Storage.Get(Key(Prefix_Token, tokenId)) is not null) throw new Exception(Errors.AlreadyIssued);
            Mint(tokenId, new Hotspot
            {
                Owner = owner, Name = deviceType + " hotspot", SubDaoId = subDaoId, DeviceKey = deviceKey, DeviceType = deviceType,
                Maker = maker, Location = 0, Onboarded = false, OnboardingFeePaid = 0, Active = false,
            });
            OnHotspotIssued(tokenId, subDaoId, deviceKey, deviceType, maker, owner);
            return tokenId;
        }

        /// <summary>
        /// Onboards a hotspot (its owner's witness, once): burns the subDAO's onboarding fee for its device type from the
        /// owner's DC, plus the location-assert fee when <paramref name="location"/> is an H3 cell (0 = no location).
        /// </summary>
        public static void Onboard(ByteString tokenId, BigInteger location)
        {
            if (location.Sign != 0) CheckLocation(location);
            var hotspot = LoadHotspot(tokenId);
            AssertOwner(hotspot);
            if (hotspot.Onboarded) throw new Exception(Errors.AlreadyOnboarded);
            var fees = Fees(hotspot.SubDaoId, hotspot.DeviceType);
            BigInteger locationDc = location.Sign != 0 ? fees[1] : 0;
            Charge(hotspot.Owner, fees[0] + locationDc);
            hotspot.Onboarded = true;
            hotspot.OnboardingFeePaid = fees[0];
            hotspot.Location = location;
            SaveHotspot(tokenId, hotspot);
            OnHotspotOnboarded(tokenId, hotspot.Owner, location, fees[0], locationDc);
        }

        /// <summary>Asserts a new location for an onboarded hotspot (its owner's witness), burning the location-assert fee.</summary>
        public static void UpdateLocation(ByteString tokenId, BigInteger location)
        {
            CheckLocation(location);
            var hotspot = LoadHotspot(tokenId);
            AssertOwner(hotspot);
            if (!hotspot.Onboarded) throw new Exception(Errors.NotOnboarded);
            if (hotspot.Location == location) throw new Exception(Errors.SameLocation);
            BigInteger fee = Fees(hotspot.SubDaoId, hotspot.DeviceType)[1];
            Charge(hotspot.Owner, fee);
            BigInteger old = hotspot.Location;
            hotspot.Location = location;
            SaveHotspot(tokenId, hotspot);
            OnLocationChanged(tokenId, old, location, fee);
        }

        /// <summary>
        /// Marks an onboarded hotspot active or inactive (the subDAO's active-device authority only) and moves its onboarding
        /// fee into or out of the subDAO's A term (Dao.adjustActiveDeviceFees, whose active-device authority must be this
        /// contract). Returns false, changing nothing, when the hotspot already has that state.
        /// </summary>
        public static bool SetActive(ByteString tokenId, bool active)
        {
            var hotspot = LoadHotspot(tokenId);
            AssertActiveDeviceAuthority(hotspot.SubDaoId);
            if (!hotspot.Onboarded) throw new Exception(Errors.NotOnboarded);
            if (hotspot.Active == active) return false;
            BigInteger fee = hotspot.OnboardingFeePaid;
            Contract.Call(DaoContract, "adjustActiveDeviceFees", CallFlags.All, hotspot.SubDaoId, active ? fee : -fee);
            hotspot.Active = active;
            SaveHotspot(tokenId, hotspot);
            OnActiveChanged(tokenId, hotspot.SubDaoId, !active, active, fee);
            return true;
        }

        /// <summary>[owner, subDaoId] of a hotspot (what reward claims need); FAULTs for an unknown token.</summary>
        [Safe]
        public static object[] OwnerAndSubDao(ByteString tokenId)
        {
            var hotspot = LoadHotspot(tokenId);
            return new object[] { hotspot.Owner, hotspot.SubDaoId };
        }

        /// <summary>[owner, name, subDaoId, deviceKey, deviceType, maker, location, onboarded, onboardingFeePaid, active].</summary>
        [Safe]
        public static object HotspotInfo(ByteString tokenId) => LoadHotspot(tokenId);

        /// <summary>The token id a device key has (or would have) in a subDAO.</summary>
        [Safe]
        public static ByteString TokenIdFor(BigInteger subDaoId, ByteString deviceKey)
        {
            CheckSubDaoId(subDaoId);
            return TokenIdOf(subDaoId, deviceKey);
        }

        /// <summary>name, subDaoId, deviceKey, deviceType, maker, location, onboarded, onboardingFeePaid, active.</summary>
        [Safe]
        public override Map<string, object> Properties(ByteString tokenId)
        {
            var hotspot = LoadHotspot(tokenId);
            Map<string, object> properties = new();
            properties["name"] = hotspot.Name;
            properties["subDaoId"] = hotspot.SubDaoId;
            properties["deviceKey"] = hotspot.DeviceKey;
            properties["deviceType"] = hotspot.DeviceType;
            properties["maker"] = hotspot.Maker;
            properties["location"] = hotspot.Location;
            properties["onboarded"] = hotspot.Onboarded;
            properties["onboardingFeePaid"] = hotspot.OnboardingFeePaid;
            properties["active"] = hotspot.Active;
            return properties;
        }

        /// <summary>[onboardingDc, locationAssertDc] of the device type in the subDAO, from the Dao (which FAULTs for an unknown type).</summary>
        private static BigInteger[] Fees(BigInteger subDaoId, string deviceType) =>
            (BigInteger[])Contract.Call(DaoContract, "onboardingFee", CallFlags.ReadOnly, subDaoId, deviceType);

        /// <summary>Burns <paramref name="dc"/> of the owner's DC through Data Credits, where this contract is an authorised burner.</summary>
        private static void Charge(UInt160 owner, BigInteger dc)
        {
            if (dc.Sign > 0) Contract.Call(DataCreditsContract, "burnWithoutTracking", CallFlags.All, owner, dc);
        }

        /// <summary>
        /// An H3 cell index: 64 bits with the high bit 0, mode 1 (bits 59–62) and the reserved bits 56–58 zero, i.e.
        /// index >> 56 == 0x08 (Helium's locations are such cells, e.g. 0x8c2a1072b59ffff at resolution 12).
        /// </summary>
        private static void CheckLocation(BigInteger location)
        {
            if (location.Sign <= 0 || location >> 56 != 8) throw new Exception(Errors.BadLocation);
        }

        private static void CheckSubDaoId(BigInteger subDaoId)
        {
            if (subDaoId < 1 || subDaoId > 65535) throw new Exception(Errors.InvalidSubDao);
        }
    }
}
