namespace Protocol.Contracts.Dao
{
    /// <summary>Every rejection of the DAO, one sentence each (a prefix where the message continues with numbers).</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only the DAO's authority may do this.";
        public const string NotActiveDeviceAuthority = "Only the subDAO's active-device authority may do this.";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string BadDeployData = "Deploy data must be [authority, hnt, dataCredits, voteEscrow (or null), epochLengthSeconds, schedule [[startMs, hntPerEpoch]…], netEmissionsCap].";
        public const string BadSchedule = "An emission schedule must be 1 to 32 entries [startMs, amountPerEpoch] with increasing starts and amounts ≥ 0.";
        public const string BadEpochLength = "The epoch length must be between 60 seconds and 7 days.";
        public const string NegativeCap = "The net emissions cap must not be negative.";
        public const string EpochNotEnded = "The epoch has not ended: ";
        public const string BeforeGenesis = "The epoch is before the DAO's first epoch: ";
        public const string BadSubDaoId = "The subDAO id must be between 1 and 65535.";
        public const string SubDaoExists = "The subDAO is already registered.";
        public const string UnknownSubDao = "No subDAO has this id.";
        public const string TooManySubDaos = "The DAO has the maximum number of subDAOs.";
        public const string BadDelegatorShare = "The delegator share must be between 0 and 10000 basis points.";
        public const string BadOnboardingFees = "Onboarding fees must be 1 to 16 entries [deviceType (1–32 characters, unique), onboardingDc ≥ 0, locationAssertDc ≥ 0].";
        public const string UnknownDeviceType = "The subDAO has no onboarding fee for this device type: ";
        public const string NegativeFees = "Active-device fees cannot go below zero: ";
    }
}
