namespace Protocol.Contracts.SubDaoToken
{
    /// <summary>Every rejection of a subDAO token, one sentence each.</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only the subDAO token's authority may do this.";
        public const string NotDao = "Only the DAO may mint the subDAO token.";
        public const string NotHolderOrTreasury = "Only the holder or the subDAO treasury may burn the holder's tokens.";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string NonPositiveAmount = "The amount must be positive.";
        public const string InsufficientBalance = "The balance is too low to burn: ";
        public const string BadSymbol = "The symbol must be 1 to 16 characters.";
        public const string BadDeployData = "Deploy data must be [authority, dao, treasury, symbol].";
    }
}
