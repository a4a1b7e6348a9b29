namespace Protocol.Contracts.DataCredits
{
    /// <summary>Every rejection of Data Credits, one sentence each (a prefix where the message continues with numbers).</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only Data Credits' authority may do this.";
        public const string NotRegistrar = "Only the subDAO registry may set burn authorities.";
        public const string OnlyHnt = "Data Credits accepts only HNT.";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string NonPositiveAmount = "The amount must be positive.";
        public const string BadPurchaseData = "Purchase data must be null, a recipient, or [recipient, dcWanted].";
        public const string TooLittleHnt = "The HNT sent buys less than 1 DC at the current price: ";
        public const string QuoteMismatch = "The HNT sent does not match the exact-DC quote: ";
        public const string NoOwnerWitness = "The owner's witness is missing.";
        public const string InsufficientDc = "The DC balance is too low: ";
        public const string InsufficientEscrow = "The delegated DC balance is too low: ";
        public const string UnknownSubDao = "The subDAO has no DC burn authority.";
        public const string NotBurnAuthority = "Only the subDAO's DC burn authority may burn delegated DC.";
        public const string EmptyRouterKey = "The router key must not be empty.";
        public const string InvalidSubDao = "The subDAO id must be between 1 and 65535.";
        public const string BadDeployData = "Deploy data must be [authority, hnt, priceFeed, epochLengthSeconds, mintBreakerThreshold, mintBreakerWindowMs].";
        public const string BadParameter = "The value is out of range for ";
    }
}
