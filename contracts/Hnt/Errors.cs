namespace Protocol.Contracts.Hnt
{
    /// <summary>Every rejection of the HNT token, one sentence each (a prefix where the message continues with numbers).</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only HNT's authority may do this.";
        public const string NotMinter = "Only the minter may mint HNT.";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string NonPositiveAmount = "The amount must be positive.";
        public const string MaxSupply = "Minting would exceed the maximum supply: ";
        public const string BadDeployData = "Deploy data must be [authority, minter, maxSupply, mintBreakerThreshold, mintBreakerWindowMs].";
        public const string BadParameter = "The value is out of range for ";
    }
}
