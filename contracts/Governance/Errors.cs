namespace Protocol.Contracts.Governance
{
    /// <summary>Every rejection of the governance contract, one sentence each (a prefix where the message continues with values).</summary>
    public static class Errors
    {
        public const string NotAuthority = "Only the governance contract's authority may do this.";
        public const string NotGovernor = "Only a governor of the organisation may propose, with its witness.";
        public const string NotProposer = "Only the proposer may cancel the proposal.";
        public const string NotGuardian = "Only the organisation's guardian may pause a proposal.";
        public const string NotPositionOwner = "Only the position's owner may vote with it or relinquish its vote during voting.";
        public const string InvalidAccount = "The account must be a valid 20-byte hash.";
        public const string BadDeployData = "Deploy data must be [authority, voteEscrow].";
        public const string BadSettings = "Settings must be [thresholdVp, votingDelayMs, votingPeriodMs, passBps, minWinningVp, timelockMs, gracePeriodMs, pauseMs]: ";
        public const string InvalidOrganisation = "The organisation id must be between 0 and 65535.";
        public const string UnknownOrganisation = "The organisation does not exist.";
        public const string OrganisationExists = "The organisation already exists.";
        public const string BadName = "The name must be 1 to 64 bytes.";
        public const string BadTitle = "The title must be 1 to 256 bytes and the uri at most 512.";
        public const string BadChoices = "Choices must be 2 to 8 entries of [label (1..64 bytes), payload (0..8 calls)].";
        public const string BadCall = "A payload call must be [target (Hash160), method (not starting with '_'), arguments (array)].";
        public const string UnknownTarget = "A payload call must target a deployed, non-native contract.";
        public const string NotPermitted = "Governance is not permitted to call ";
        public const string ReservedMethod = "A payload may not call the vote escrow methods governance uses itself (getPosition, votingPower, addVote, removeVote).";
        public const string BadPositions = "Positions must be 0 to 16 distinct position ids.";
        public const string NotPositionsOwner = "The proposer does not own every position it lists.";
        public const string BelowThreshold = "The proposer's voting power is below the organisation's proposal threshold: ";
        public const string ProposalExists = "A proposal with this id already exists.";
        public const string UnknownProposal = "The proposal does not exist.";
        public const string UnknownChoice = "The proposal has no such choice.";
        public const string NotVoting = "The proposal is not open for voting: ";
        public const string AlreadyVoted = "The position already votes on this proposal; relinquish first to change the vote.";
        public const string NoVotingPower = "The position has no voting power.";
        public const string NoVote = "The position holds no active vote on this proposal.";
        public const string NotCancellable = "Only a draft or voting proposal can be cancelled: ";
        public const string NotQueued = "The proposal is not queued for execution: ";
        public const string AlreadyPaused = "A guardian may pause a proposal only once.";
        public const string TimelockRunning = "The timelock has not passed: executable at ";
        public const string Paused = "The guardian paused the proposal until ";
    }
}
