namespace Protocol.Contracts.HotspotRegistry
{
    /// <summary>Every rejection of the hotspot registry, one sentence each (a prefix where the message continues with values).</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only the hotspot registry's authority may do this.";
        public const string NotMaker = "Only the maker itself may issue its hotspots.";
        public const string NotOwner = "Only the hotspot's owner may do this.";
        public const string NotActiveDeviceAuthority = "Only the subDAO's active-device authority may do this.";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string BadDeployData = "Deploy data must be [authority, hnt, dao, dataCredits].";
        public const string InvalidSubDao = "The subDAO id must be between 1 and 65535.";
        public const string UnknownSubDao = "The subDAO is not registered with the Dao.";
        public const string BadDeviceKey = "The device key must be 1 to 64 bytes.";
        public const string BadDeviceType = "The device type must be 1 to 32 characters.";
        public const string NoDeviceTypes = "The subDAO has no device types with onboarding fees.";
        public const string BadLocation = "The location must be an H3 cell index (mode 1, 64-bit).";
        public const string BadAmount = "The amount must not be negative.";
        public const string UnknownHotspot = "The hotspot does not exist.";
        public const string AlreadyIssued = "A hotspot with this device key already exists in this subDAO.";
        public const string MakerNotApproved = "The maker is not approved for this subDAO.";
        public const string NoStake = "The maker has no stake for this subDAO.";
        public const string StakeTooLow = "The maker's stake is below the requirement: ";
        public const string WrongStakeToken = "A maker's stake must be HNT or the subDAO's token, one of them per subDAO.";
        public const string BadStakeData = "A stake payment's data must be the subDAO id.";
        public const string AlreadyApproved = "The maker is already approved.";
        public const string AlreadyOnboarded = "The hotspot is already onboarded.";
        public const string NotOnboarded = "The hotspot is not onboarded.";
        public const string SameLocation = "The hotspot is already at this location.";
        public const string TransferFailed = "The stake could not be returned.";
    }
}
