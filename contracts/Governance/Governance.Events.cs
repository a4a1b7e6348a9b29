using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.Governance
{
    public delegate void AddressChangedHandler(string name, UInt160? oldValue, UInt160 newValue);

    public delegate void OrganisationChangedHandler(BigInteger organisation, string name, object[]? oldSettings, object[] newSettings);

    public delegate void GuardianChangedHandler(BigInteger organisation, UInt160? oldGuardian, UInt160 newGuardian);

    public delegate void GovernorChangedHandler(BigInteger organisation, UInt160 account, bool wasGovernor, bool isGovernor);

    public delegate void ProposalCreatedHandler(ByteString proposalId, BigInteger organisation, UInt160 proposer, string title, string uri,
        BigInteger votingStartMs, BigInteger votingEndMs, BigInteger choiceCount);

    public delegate void VoteCastHandler(ByteString proposalId, ByteString positionId, UInt160 owner, BigInteger choice, BigInteger weight, BigInteger tally);

    public delegate void VoteRelinquishedHandler(ByteString proposalId, ByteString positionId, BigInteger choice, BigInteger weight, BigInteger tally);

    public delegate void ProposalCancelledHandler(ByteString proposalId, UInt160 by);

    public delegate void ProposalPausedHandler(ByteString proposalId, UInt160 guardian, BigInteger oldExecutableAtMs, BigInteger pausedUntilMs);

    public delegate void PayloadCallHandler(ByteString proposalId, BigInteger index, UInt160 target, string method);

    public delegate void ProposalExecutedHandler(ByteString proposalId, BigInteger choice, BigInteger calls);

    public partial class Governance
    {
        /// <summary>A role or contract reference changed: name ("authority", "voteEscrow"), old (null at deploy), new.</summary>
        [DisplayName("AddressChanged")]
        public static event AddressChangedHandler OnAddressChanged = null!;

        /// <summary>An organisation was created (old settings null) or its rules changed: id, name, old and new settings array.</summary>
        [DisplayName("OrganisationChanged")]
        public static event OrganisationChangedHandler OnOrganisationChanged = null!;

        /// <summary>An organisation's guardian changed: id, old (null at creation), new.</summary>
        [DisplayName("GuardianChanged")]
        public static event GuardianChangedHandler OnGuardianChanged = null!;

        /// <summary>An account gained or lost an organisation's governor role: id, account, before, after.</summary>
        [DisplayName("GovernorChanged")]
        public static event GovernorChangedHandler OnGovernorChanged = null!;

        /// <summary>A proposal was made: id, organisation, proposer, title, uri, voting window (ms), number of choices. Consumers: governance UIs, voters.</summary>
        [DisplayName("ProposalCreated")]
        public static event ProposalCreatedHandler OnProposalCreated = null!;

        /// <summary>A position voted: proposal, position, owner, choice, weight (VP base units), the choice's tally after.</summary>
        [DisplayName("VoteCast")]
        public static event VoteCastHandler OnVoteCast = null!;

        /// <summary>
        /// A vote marker was relinquished: proposal, position, choice, weight, the choice's tally after (lower during voting;
        /// unchanged after it, when the marker stays as the record of the vote and only frees the position).
        /// </summary>
        [DisplayName("VoteRelinquished")]
        public static event VoteRelinquishedHandler OnVoteRelinquished = null!;

        [DisplayName("ProposalCancelled")]
        public static event ProposalCancelledHandler OnProposalCancelled = null!;

        /// <summary>The guardian paused a queued proposal: id, guardian, when it was executable before, when the pause ends (ms).</summary>
        [DisplayName("ProposalPaused")]
        public static event ProposalPausedHandler OnProposalPaused = null!;

        /// <summary>One call of an executing payload ran: proposal, index in the payload, target, method (the target's own events carry old and new values).</summary>
        [DisplayName("PayloadCall")]
        public static event PayloadCallHandler OnPayloadCall = null!;

        /// <summary>A passed proposal executed: id, the winning choice, number of calls run.</summary>
        [DisplayName("ProposalExecuted")]
        public static event ProposalExecutedHandler OnProposalExecuted = null!;
    }
}
