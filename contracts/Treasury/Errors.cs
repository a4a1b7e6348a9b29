namespace Protocol.Contracts.Treasury
{
    /// <summary>Every rejection of a subDAO treasury, one sentence each (a prefix where the message continues with numbers).</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only the treasury's authority may do this.";
        public const string OnlyHnt = "The treasury accepts only HNT.";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string NonPositiveAmount = "The amount must be positive.";
        public const string NegativeMinimum = "The minimum HNT out must not be negative.";
        public const string NoOwnerWitness = "The owner's witness is missing.";
        public const string Frozen = "Redemptions are frozen since ";
        public const string MoreThanSupply = "The amount exceeds the subDAO token supply: ";
        public const string Slippage = "The redemption pays less than the minimum HNT out: ";
        public const string NothingOut = "The redemption would pay no HNT.";
        public const string TransferFailed = "The HNT payout transfer failed.";
        public const string BadCurve = "The curve exponent k must be between 0 and 10.";
        public const string BadFreezeTime = "The freeze time must not be negative.";
        public const string BadBreaker = "The breaker must allow 1 to 10000 basis points per window of at least 1 second.";
        public const string BadDeployData = "Deploy data must be [authority, dao, hnt, dnt, subDaoId, k, freezeTimeMs, breakerBps, breakerWindowMs].";
    }
}
