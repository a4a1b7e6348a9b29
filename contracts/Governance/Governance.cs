using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Governance
{
    /// <summary>
    /// Governance (PROTOCOL.md "Governance"): organisations (the DAO, each subDAO) whose governors make proposals with
    /// choices, each choice optionally carrying an on-chain payload (contract calls); veHNT positions vote with VP(now);
    /// a choice that passes runs its payload after a timelock, with this contract as the caller. The protocol
    /// contracts' authority is this contract after bootstrap, so their parameters change only through executed proposals.
    ///
    /// State, derived from the stored facts (executed, cancelled, paused), the clock and the tallies:
    ///   Cancelled  cancelled by its proposer while Draft or Voting
    ///   Executed   its payload ran
    ///   Draft      now &lt; votingStart
    ///   Voting     votingStart ≤ now &lt; votingEnd
    ///   Defeated   voting over, and no choice passed: passing needs the single highest tally W with
    ///              W × 10000 ≥ passBps × Σ tallies and W ≥ minWinningVp (a tie for the top passes nothing)
    ///   Succeeded  passed, and the winning choice has no payload (nothing to execute; final)
    ///   Queued     passed with a payload, not executed, now &lt; expiresAt
    ///   Expired    passed with a payload, not executed, now ≥ expiresAt
    /// with executableAt = max(votingEnd + timelock, pausedUntil) and expiresAt = executableAt + gracePeriod.
    /// </summary>
    [DisplayName("Governance")]
    [ContractDescription("Governance: proposals by DAO and subDAO governors, veHNT voting, timelocked on-chain execution")]
    [ContractSourceCode("contracts/Governance")]
    // The vote escrow's reads and vote hooks, then the protocol's governed methods a payload may call. Each is bound at
    // deployment to the contracts that serve it (scripts/Deployment PermissionBinding), so no permission is a wildcard.
    [ContractPermission(Permission.Any, "getPosition", "votingPower", "addVote", "removeVote",
        "addOracle", "removeOracle", "setMaxAge", "setMaxDeviation",
        "setMinter", "setMintBreaker",
        "setBurner", "setRegistrar", "setPriceFeed",
        "registerSubDao", "setSchedule", "setNetEmissionsCap", "setVoteEscrow", "setOnboardingFees", "setSubDaoAuthorities", "setSubDaoEmissions",
        "setDao", "setTreasury", "setCurve", "setFreezeTime", "setBreaker", "setLandrushEnd", "setGovernance",
        "createOrganisation", "setOrganisationSettings", "setGuardian", "setGovernor",
        "approveMaker", "revokeMaker", "setActiveDeviceAuthority", "setStakeRequirement", "setSubDao", "setOracles", "setHotspotRegistry",
        "setAuthority", "update")]
    // Declared in one place with the wildcard's "update": this contract's own update, destroy and the payload checks.
    [ContractPermission("0xfffdc93764dbaddd97c48f252a53ea4643faa3fd", "update", "destroy", "getContract")]
    public partial class Governance : SmartContract
    {
        public const int Draft = 0;
        public const int Voting = 1;
        public const int Succeeded = 2;
        public const int Defeated = 3;
        public const int Queued = 4;
        public const int Executed = 5;
        public const int Cancelled = 6;
        public const int Expired = 7;

        /// <summary>The proposal's state (0 Draft, 1 Voting, 2 Succeeded, 3 Defeated, 4 Queued, 5 Executed, 6 Cancelled, 7 Expired).</summary>
        [Safe]
        public static int ProposalState(ByteString proposalId) => StateOf(proposalId, LoadProposal(proposalId));

        /// <summary>
        /// [organisation, proposer, title, uri, choiceCount, createdMs, votingStartMs, votingEndMs, passBps, minWinningVp,
        /// timelockMs, gracePeriodMs, pauseMs, pausedUntilMs, executedMs, cancelledMs, state, winning choice (−1 none),
        /// executableAtMs, expiresAtMs].
        /// </summary>
        [Safe]
        public static object[] GetProposal(ByteString proposalId)
        {
            var p = LoadProposal(proposalId);
            BigInteger executableAt = ExecutableAt(p);
            return new object[]
            {
                p.Organisation, p.Proposer, p.Title, p.Uri, p.ChoiceCount, p.CreatedMs, p.VotingStartMs, p.VotingEndMs, p.PassBps,
                p.MinWinningVp, p.TimelockMs, p.GracePeriodMs, p.PauseMs, p.PausedUntilMs, p.ExecutedMs, p.CancelledMs,
                StateOf(proposalId, p), Winner(proposalId, p), executableAt, executableAt + p.GracePeriodMs,
            };
        }

        /// <summary>[label, payload [[target, method, args] …]] of a choice.</summary>
        [Safe]
        public static object[] GetChoice(ByteString proposalId, BigInteger choice)
        {
            var p = LoadProposal(proposalId);
            if (choice.Sign < 0 || choice >= p.ChoiceCount) throw new System.Exception(Errors.UnknownChoice);
            return LoadChoice(proposalId, choice);
        }

        /// <summary>The weight (VP base units) on a choice: Σ of its vote markers' weights.</summary>
        [Safe]
        public static BigInteger Tally(ByteString proposalId, BigInteger choice)
        {
            var p = LoadProposal(proposalId);
            if (choice.Sign < 0 || choice >= p.ChoiceCount) throw new System.Exception(Errors.UnknownChoice);
            return TallyOf(proposalId, choice);
        }

        /// <summary>The position's vote marker on the proposal, [choice, weight, released], or null.</summary>
        [Safe]
        public static object[]? VoteMarker(ByteString proposalId, ByteString positionId) => FindMarker(proposalId, positionId);

        private static int StateOf(ByteString proposalId, Proposal p)
        {
            if (p.CancelledMs.Sign != 0) return Cancelled;
            if (p.ExecutedMs.Sign != 0) return Executed;
            BigInteger now = Runtime.Time;
            if (now < p.VotingStartMs) return Draft;
            if (now < p.VotingEndMs) return Voting;
            BigInteger winner = Winner(proposalId, p);
            if (winner.Sign < 0) return Defeated;
            if ((p.PayloadMask >> (int)winner & 1).IsZero) return Succeeded;
            return now < ExecutableAt(p) + p.GracePeriodMs ? Queued : Expired;
        }

        /// <summary>The choice that passes under the proposal's rule (see the class summary) by the current tallies, −1 for none.</summary>
        private static BigInteger Winner(ByteString proposalId, Proposal p)
        {
            BigInteger total = 0, best = 0, winner = -1;
            bool tie = false;
            for (BigInteger i = 0; i < p.ChoiceCount; i++)
            {
                BigInteger tally = TallyOf(proposalId, i);
                total += tally;
                if (tally > best) { best = tally; winner = i; tie = false; }
                else if (tally == best && best.Sign > 0) tie = true;
            }
            if (tie || winner.Sign < 0) return -1;
            if (best * 10_000 < p.PassBps * total || best < p.MinWinningVp) return -1;
            return winner;
        }

        /// <summary>max(votingEnd + timelock, pausedUntil), ms.</summary>
        private static BigInteger ExecutableAt(Proposal p)
        {
            BigInteger at = p.VotingEndMs + p.TimelockMs;
            return p.PausedUntilMs > at ? p.PausedUntilMs : at;
        }

        private static object[] LoadChoice(ByteString proposalId, BigInteger choice) =>
            (object[])Neo.SmartContract.Framework.Native.StdLib.Deserialize(Storage.Get(Key(Prefix_Choice, proposalId, ChoiceKey(choice)))!);

        private static string StateName(int state)
        {
            if (state == Draft) return "Draft.";
            if (state == Voting) return "Voting.";
            if (state == Succeeded) return "Succeeded (nothing to execute).";
            if (state == Defeated) return "Defeated.";
            if (state == Queued) return "Queued.";
            if (state == Executed) return "Executed.";
            if (state == Cancelled) return "Cancelled.";
            return "Expired.";
        }
    }
}
