namespace Protocol.Contracts.PriceFeed
{
    /// <summary>Every rejection of the price feed, one sentence each (a prefix where the message continues with numbers).</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only the price feed's authority may do this.";
        public const string UnknownOracle = "The account is not in the oracle set.";
        public const string NoOracleWitness = "The oracle's witness is missing.";
        public const string NonPositivePrice = "The price must be positive.";
        public const string NegativeConfidence = "The confidence must not be negative.";
        public const string NonPositiveTimestamp = "The timestamp must be positive.";
        public const string FutureTimestamp = "The submission's timestamp is in the future.";
        public const string OutOfOrder = "The submission is not newer than the oracle's previous one.";
        public const string NoQuorum = "No fresh price quorum: ";
        public const string PriceNotAboveConfidence = "The price is not above twice its confidence: ";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string AlreadyOracle = "The account is already an oracle.";
        public const string TooManyOracles = "The oracle set is full.";
        public const string InvalidMaxAge = "The maximum age must be between 1 second and 1 day.";
        public const string InvalidDeviation = "The deviation bound must be between 1 and 10000 basis points.";
        public const string BadDeployData = "Deploy data must be [authority, oracles[], maxAgeMs, maxDeviationBps].";
    }
}
