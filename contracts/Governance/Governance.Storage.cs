using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Governance
{
    /// <summary>An organisation (the DAO, a subDAO) and its resolution rules (StdLib.Serialize, fields only appended).</summary>
    public class Organisation
    {
        public string Name = null!;

        /// <summary>May pause a queued proposal once, for PauseMs.</summary>
        public UInt160 Guardian = null!;

        /// <summary>VP base units (1 veHNT = 10^8; VP = bones × 100 × min(remaining, 4y)/4y) a proposer's positions must hold.</summary>
        public BigInteger ThresholdVp;

        /// <summary>ms from propose to the start of voting (the Draft state).</summary>
        public BigInteger VotingDelayMs;

        public BigInteger VotingPeriodMs;

        /// <summary>Share of the cast weight the winning choice needs, basis points (6700 = 67%).</summary>
        public BigInteger PassBps;

        /// <summary>VP base units the winning choice needs (10^16 = 100,000,000 veHNT).</summary>
        public BigInteger MinWinningVp;

        /// <summary>ms from the end of voting until a passed proposal can execute.</summary>
        public BigInteger TimelockMs;

        /// <summary>ms after it becomes executable before an unexecuted proposal expires.</summary>
        public BigInteger GracePeriodMs;

        /// <summary>ms a guardian's pause lasts.</summary>
        public BigInteger PauseMs;
    }

    /// <summary>
    /// A proposal (StdLib.Serialize, fields only appended). Its rules are copied from the organisation when it is made,
    /// so a later change of the organisation does not move a live proposal. Only facts are stored (executed, cancelled,
    /// paused); its state is derived from them, the clock and the tallies (Governance.State).
    /// </summary>
    public class Proposal
    {
        public BigInteger Organisation;
        public UInt160 Proposer = null!;
        public string Title = null!;
        public string Uri = null!;
        public BigInteger ChoiceCount;

        /// <summary>Bit i set ⇔ choice i carries a payload (a passed choice without one is Succeeded, with nothing to execute).</summary>
        public BigInteger PayloadMask;

        public BigInteger CreatedMs;
        public BigInteger VotingStartMs;
        public BigInteger VotingEndMs;
        public BigInteger PassBps;
        public BigInteger MinWinningVp;
        public BigInteger TimelockMs;
        public BigInteger GracePeriodMs;
        public BigInteger PauseMs;

        /// <summary>When the guardian's pause ends, ms; 0 = never paused.</summary>
        public BigInteger PausedUntilMs;

        /// <summary>Block time of the execution, ms; 0 = not executed.</summary>
        public BigInteger ExecutedMs;

        /// <summary>Block time of the cancellation, ms; 0 = not cancelled.</summary>
        public BigInteger CancelledMs;
    }

    public partial class Governance
    {
        // The storage map, in one place. Prefixes are never renumbered or reused. Key parts: org = id + 2^16 as 3 bytes;
        // proposalId = 32 bytes (SHA-256); positionId = VoteEscrow's 8 bytes; account = 20 bytes; choice = index + 16 as 1 byte.
        private const byte Prefix_Authority = 0x01;    // → UInt160: who administers organisations, update, destroy (this contract after bootstrap)
        private const byte Prefix_VoteEscrow = 0x02;   // → UInt160: veHNT (positions, VP, the addVote/removeVote hooks)
        private const byte Prefix_Nonce = 0x03;        // → integer: proposals ever made (part of every proposal id, so no id repeats)
        private const byte Prefix_Organisation = 0x10; // ‖ org → Organisation
        private const byte Prefix_Governor = 0x11;     // ‖ org ‖ account → 1 (deleted when the role is taken away)
        private const byte Prefix_Proposal = 0x20;     // ‖ proposalId → Proposal
        private const byte Prefix_Choice = 0x21;       // ‖ proposalId ‖ choice → [label, payload [[target, method, args] …]]
        private const byte Prefix_Tally = 0x22;        // ‖ proposalId ‖ choice → integer, VP base units: Σ weight of its markers (absent = 0)
        private const byte Prefix_Marker = 0x23;       // ‖ proposalId ‖ positionId → [choice, weight (VP base units), released (bool)]

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static UInt160 VoteEscrowContract => (UInt160)Storage.Get(new byte[] { Prefix_VoteEscrow })!;

        private static ByteString OrgKey(BigInteger id) => (ByteString)(id + 0x10000);

        private static ByteString ChoiceKey(BigInteger choice) => (ByteString)(choice + 16);

        private static ByteString Key(byte prefix, ByteString a) => Helper.Concat((ByteString)new byte[] { prefix }, a);

        private static ByteString Key(byte prefix, ByteString a, ByteString b) => Helper.Concat(Key(prefix, a), b);

        private static void CheckOrganisationId(BigInteger id)
        {
            if (id.Sign < 0 || id > 65535) throw new System.Exception(Errors.InvalidOrganisation);
        }

        private static Organisation? FindOrganisation(BigInteger id)
        {
            CheckOrganisationId(id);
            var stored = Storage.Get(Key(Prefix_Organisation, OrgKey(id)));
            return stored is null ? null : (Organisation)StdLib.Deserialize(stored);
        }

        private static Organisation LoadOrganisation(BigInteger id) => FindOrganisation(id) ?? throw new System.Exception(Errors.UnknownOrganisation);

        private static void SaveOrganisation(BigInteger id, Organisation organisation) =>
            Storage.Put(Key(Prefix_Organisation, OrgKey(id)), StdLib.Serialize(organisation));

        private static Proposal LoadProposal(ByteString proposalId)
        {
            if (proposalId is null || proposalId.Length != 32) throw new System.Exception(Errors.UnknownProposal);
            var stored = Storage.Get(Key(Prefix_Proposal, proposalId));
            if (stored is null) throw new System.Exception(Errors.UnknownProposal);
            return (Proposal)StdLib.Deserialize(stored);
        }

        private static void SaveProposal(ByteString proposalId, Proposal proposal) =>
            Storage.Put(Key(Prefix_Proposal, proposalId), StdLib.Serialize(proposal));

        private static BigInteger TallyOf(ByteString proposalId, BigInteger choice) =>
            (BigInteger)Storage.Get(Key(Prefix_Tally, proposalId, ChoiceKey(choice)))!;

        private static void PutTally(ByteString proposalId, BigInteger choice, BigInteger tally)
        {
            var key = Key(Prefix_Tally, proposalId, ChoiceKey(choice));
            if (tally.IsZero) Storage.Delete(key);
            else Storage.Put(key, tally);
        }

        private static object[]? FindMarker(ByteString proposalId, ByteString positionId)
        {
            var stored = Storage.Get(Key(Prefix_Marker, proposalId, positionId));
            return stored is null ? null : (object[])StdLib.Deserialize(stored);
        }
    }
}
