using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.HotspotRegistry
{
    /// <summary>
    /// One hotspot (the NEP-11 token state under 0x03 ‖ tokenId, serialised positionally; new fields only at the end).
    /// </summary>
    public class Hotspot : Nep11TokenState
    {
        /// <summary>The subDAO the hotspot belongs to (1..65535); fixed.</summary>
        public BigInteger SubDaoId;

        /// <summary>The device's key (1..64 bytes, e.g. a compressed public key); fixed.</summary>
        public ByteString DeviceKey = null!;

        /// <summary>The device type its fees are read under in the Dao (e.g. "full", "dataOnly", "wifiIndoor"); fixed.</summary>
        public string DeviceType = null!;

        /// <summary>The maker that issued it; fixed.</summary>
        public UInt160 Maker = null!;

        /// <summary>H3 cell index of its asserted location, 0 = none.</summary>
        public BigInteger Location;

        /// <summary>Whether onboard has run (the fee is paid once).</summary>
        public bool Onboarded;

        /// <summary>The onboarding fee paid, DC (without location fees): what an active hotspot adds to the subDAO's A term.</summary>
        public BigInteger OnboardingFeePaid;

        /// <summary>Whether the subDAO's active-device authority last marked it active (its fee then counts in A).</summary>
        public bool Active;
    }

    /// <summary>A maker's stake and approval in one subDAO (serialised positionally; new fields only at the end).</summary>
    public class Maker
    {
        /// <summary>The staked token: HNT or the subDAO's token.</summary>
        public UInt160 Token = null!;

        /// <summary>Staked amount in the token's base units (bones for HNT).</summary>
        public BigInteger Amount;

        /// <summary>Approved by the subDAO's governance (this registry's authority): may issue.</summary>
        public bool Approved;
    }

    public partial class HotspotRegistry
    {
        // The storage map, in one place. Prefixes are never renumbered or reused. 0x00 total supply, 0x01 ‖ owner → balance,
        // 0x02 (unused counter), 0x03 ‖ tokenId → Hotspot, 0x04 ‖ owner ‖ tokenId → 0 belong to the framework's Nep11Token.
        // Key parts: subDao = id + 2^16 as 3 little-endian bytes (one CONVERT, no per-byte work; nothing here is iterated);
        // maker = its 20 bytes. tokenId = SHA-256(subDao ‖ deviceKey): one token per device key per subDAO.
        private const byte Prefix_Authority = 0x10;      // → UInt160: governs makers, stake requirements, active-device authorities
        private const byte Prefix_Hnt = 0x11;            // → UInt160: HNT (a stake token)
        private const byte Prefix_Dao = 0x12;            // → UInt160: the Dao (subDAO tokens, onboarding fees, A term)
        private const byte Prefix_DataCredits = 0x13;    // → UInt160: Data Credits (fees burned with burnWithoutTracking)
        private const byte Prefix_ActiveAuthority = 0x20; // ‖ subDao → UInt160: who marks the subDAO's hotspots active (coverage oracle)
        private const byte Prefix_StakeRequirement = 0x21; // ‖ subDao → [hntBones, dntUnits]: the least stake a maker needs (absent = [0, 0])
        private const byte Prefix_Maker = 0x22;          // ‖ subDao ‖ maker → Maker

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static UInt160 HntContract => (UInt160)Storage.Get(new byte[] { Prefix_Hnt })!;

        private static UInt160 DaoContract => (UInt160)Storage.Get(new byte[] { Prefix_Dao })!;

        private static UInt160 DataCreditsContract => (UInt160)Storage.Get(new byte[] { Prefix_DataCredits })!;

        /// <summary>subDaoId (1..65535) + 2^16 as 3 little-endian bytes.</summary>
        private static ByteString SubKey(BigInteger subDaoId) => (ByteString)(subDaoId + 0x10000);

        private static ByteString Key(byte prefix, ByteString a) => Helper.Concat((ByteString)new byte[] { prefix }, a);

        private static ByteString MakerKey(BigInteger subDaoId, UInt160 maker) => Helper.Concat(Key(Prefix_Maker, SubKey(subDaoId)), maker);

        /// <summary>The hotspot's token id: SHA-256(subDaoId + 2^16 as 3 LE bytes ‖ deviceKey).</summary>
        private static ByteString TokenIdOf(BigInteger subDaoId, ByteString deviceKey) => CryptoLib.Sha256(Helper.Concat(SubKey(subDaoId), deviceKey));

        private static Hotspot LoadHotspot(ByteString tokenId)
        {
            if (tokenId is null || tokenId.Length != 32) throw new System.Exception(Errors.UnknownHotspot);
            var stored = Storage.Get(Key(Prefix_Token, tokenId));
            if (stored is null) throw new System.Exception(Errors.UnknownHotspot);
            return (Hotspot)StdLib.Deserialize(stored);
        }

        private static void SaveHotspot(ByteString tokenId, Hotspot hotspot) => Storage.Put(Key(Prefix_Token, tokenId), StdLib.Serialize(hotspot));

        private static Maker? LoadMaker(BigInteger subDaoId, UInt160 maker)
        {
            var stored = Storage.Get(MakerKey(subDaoId, maker));
            return stored is null ? null : (Maker)StdLib.Deserialize(stored);
        }

        private static UInt160? ActiveAuthorityOf(BigInteger subDaoId)
        {
            var stored = Storage.Get(Key(Prefix_ActiveAuthority, SubKey(subDaoId)));
            return stored is null ? null : (UInt160)stored;
        }

        private static BigInteger[] StakeRequirementOf(BigInteger subDaoId)
        {
            var stored = Storage.Get(Key(Prefix_StakeRequirement, SubKey(subDaoId)));
            return stored is null ? new BigInteger[] { 0, 0 } : (BigInteger[])StdLib.Deserialize(stored);
        }
    }
}
