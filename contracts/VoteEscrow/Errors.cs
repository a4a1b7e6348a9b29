namespace Protocol.Contracts.VoteEscrow
{
    /// <summary>Every rejection of the vote escrow, one sentence each (a prefix where the message continues with numbers).</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only the vote escrow's authority may do this.";
        public const string NotOwner = "Only the position's owner may do this.";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string BadDeployData = "Deploy data must be [authority, hnt, dao, epochLengthSeconds, landrushEndMs].";
        public const string BadEpochLength = "The epoch length must be a positive divisor of 86400 seconds.";
        public const string BadParameter = "The value is out of range for ";
        public const string UnexpectedToken = "The vote escrow accepts only HNT locks and the Dao's subDAO tokens.";
        public const string UnexpectedNft = "The vote escrow accepts only its own positions.";
        public const string NotSubDaoToken = "The token is not the subDAO token the payment names.";
        public const string NoLockOwner = "A lock needs a sending account.";
        public const string NonPositiveAmount = "The amount must be positive.";
        public const string BadLockData = "Lock data must be [kind (0 cliff, 1 constant), days (1..1460)].";
        public const string BadKind = "The lockup kind must be 0 (cliff) or 1 (constant).";
        public const string BadDays = "The lockup must be between 1 and 1460 days.";
        public const string TooSmall = "The amount is too small to carry voting power: ";
        public const string LockupInPast = "The lockup would end before now.";
        public const string UnknownPosition = "The position does not exist.";
        public const string NotLonger = "A lockup can only be extended: ";
        public const string NotConstant = "Only a constant lockup can be converted to a cliff.";
        public const string NotCliff = "Only a cliff lockup can be withdrawn.";
        public const string NotExpired = "The lockup has not ended: ";
        public const string IsDelegated = "The position is delegated; undelegate it first.";
        public const string NotDelegated = "The position is not delegated.";
        public const string HasVotes = "The position has active votes; relinquish them first.";
        public const string UnknownSubDao = "The subDAO is not registered with the Dao.";
        public const string InvalidSubDao = "The subDAO id must be between 1 and 65535.";
        public const string InvalidEpoch = "The epoch must not be negative.";
        public const string EpochNotClosed = "The epoch is not closed yet: ";
        public const string NotDelegatedThen = "The position was not delegated to that subDAO at the start of that epoch.";
        public const string AlreadyClaimed = "The delegation rewards of this position for that epoch were already claimed.";
        public const string BadEpochResult = "The Dao's delegated total is below this position's voting power.";
        public const string TransferFailed = "The token transfer failed.";
        public const string NotGovernance = "Only the governance contract may count votes.";
        public const string NoActiveVotes = "The position has no active votes to remove.";
        public const string NegativeTotal = "Delegated totals went negative (a bookkeeping bug).";
    }
}
