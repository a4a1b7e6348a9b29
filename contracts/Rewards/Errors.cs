namespace Protocol.Contracts.Rewards
{
    /// <summary>Every rejection of the rewards escrow, one sentence each (a prefix where the message continues with values).</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only the rewards escrow's authority may do this.";
        public const string NotOwner = "Only the hotspot's owner may do this.";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string BadDeployData = "Deploy data must be [authority, dao, hotspotRegistry].";
        public const string InvalidSubDao = "The subDAO id must be between 1 and 65535.";
        public const string UnknownSubDao = "The subDAO is not configured in the rewards escrow.";
        public const string SubDaoExists = "The subDAO is already configured in the rewards escrow.";
        public const string TokenInUse = "The token already funds another subDAO.";
        public const string NotDaoToken = "The Dao names another token for this subDAO.";
        public const string UnexpectedToken = "The rewards escrow accepts only the tokens of its configured subDAOs.";
        public const string BadOracles = "Reward oracles must be 1 to 16 distinct 33-byte compressed secp256r1 keys with n/2 < k ≤ n.";
        public const string NoOracles = "The subDAO has no reward oracles.";
        public const string BadBreaker = "The breaker threshold must be positive and the window between 1 ms and 30 days.";
        public const string BadRoot = "The root must be 32 bytes.";
        public const string BadAmount = "Amounts must be between 0 and 2^64 − 1.";
        public const string BadEpoch = "The epoch must be between 0 and 2^64 − 1.";
        public const string TooFewSignatures = "Too few oracle signatures: ";
        public const string BadSignatureEntry = "Each signature must be [oracleIndex, 64-byte r‖s] with the index of a current oracle.";
        public const string DuplicateSigner = "An oracle signed twice: ";
        public const string InvalidSignature = "An oracle signature does not verify: ";
        public const string StaleEpoch = "A root must be for a later epoch than the subDAO's latest: ";
        public const string DecreasingTotal = "Cumulative totals never decrease: ";
        public const string RootAboveFunding = "The root's total exceeds what the escrow received for the subDAO: ";
        public const string NoRoot = "The subDAO has no reward root yet.";
        public const string BadProof = "A proof is at most 32 siblings of 32 bytes and a leaf index below 2^length.";
        public const string InvalidProof = "The proof does not lead from this hotspot's leaf to the subDAO's latest root.";
        public const string NothingToClaim = "The hotspot has claimed its whole cumulative total.";
        public const string AboveEscrowFunds = "The claim exceeds what the escrow received for the subDAO: ";
        public const string AboveRootTotal = "The claim exceeds the latest root's total: ";
        public const string TransferFailed = "The reward transfer failed.";
    }
}
