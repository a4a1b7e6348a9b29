using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Governance
{
    public partial class Governance
    {
        private const int MaxChoices = 8;
        private const int MaxCalls = 8;
        private const int MaxPositions = 16;

        /// <summary>
        /// Makes a proposal in an organisation and returns its id. The proposer must hold the organisation's governor role,
        /// sign, and own <paramref name="positions"/> (distinct veHNT position ids, up to 16) whose VP now sums to at least
        /// the organisation's threshold. <paramref name="choices"/> = [[label, payload] …] (2..8), payload = [[target
        /// (Hash160), method, args (array)] …] (0..8 calls), each call one this contract's manifest permits on that target
        /// (a deployed, non-native contract; never the vote escrow's methods governance itself uses). Voting opens after the organisation's
        /// voting delay and lasts its voting period; the proposal keeps the organisation's rules of this moment.
        /// id = SHA-256(StdLib.Serialize([organisation, proposer, nonce, title, uri, choices])) with nonce the number of
        /// proposals made before, so ids never repeat.
        /// </summary>
        public static ByteString Propose(BigInteger organisation, UInt160 proposer, string title, string uri, object[] choices, ByteString[] positions)
        {
            if (!proposer.IsValid) throw new Exception(Errors.InvalidAccount);
            if (title is null || uri is null || title.Length < 1 || title.Length > 256 || uri.Length > 512) throw new Exception(Errors.BadTitle);
            BigInteger payloadMask = CheckChoices(choices);
            CheckPositions(positions);
            var org = LoadOrganisation(organisation);
            AssertGovernor(organisation, proposer);
            BigInteger vp = ProposerPower(proposer, positions);
            if (vp < org.ThresholdVp) throw new Exception(Errors.BelowThreshold + vp + " < " + org.ThresholdVp + ".");

            var nonceKey = new byte[] { Prefix_Nonce };
            BigInteger nonce = (BigInteger)Storage.Get(nonceKey)!;
            Storage.Put(nonceKey, nonce + 1);
            var id = (ByteString)CryptoLib.Sha256((ByteString)StdLib.Serialize(new object[] { organisation, proposer, nonce, title, uri, choices }));
            if (Storage.Get(Key(Prefix_Proposal, id)) is not null) throw new Exception(Errors.ProposalExists);

            BigInteger now = Runtime.Time;
            var proposal = new Proposal
            {
                Organisation = organisation, Proposer = proposer, Title = title, Uri = uri, ChoiceCount = choices.Length,
                PayloadMask = payloadMask, CreatedMs = now, VotingStartMs = now + org.VotingDelayMs,
                VotingEndMs = now + org.VotingDelayMs + org.VotingPeriodMs, PassBps = org.PassBps, MinWinningVp = org.MinWinningVp,
                TimelockMs = org.TimelockMs, GracePeriodMs = org.GracePeriodMs, PauseMs = org.PauseMs,
            };
            SaveProposal(id, proposal);
            for (int i = 0; i < choices.Length; i++)
                Storage.Put(Key(Prefix_Choice, id, ChoiceKey(i)), StdLib.Serialize(choices[i]));
            OnProposalCreated(id, organisation, proposer, title, uri, proposal.VotingStartMs, proposal.VotingEndMs, choices.Length);
            return id;
        }

        /// <summary>Withdraws a draft or voting proposal (proposer only). Its vote markers stay until relinquished (anyone may then).</summary>
        public static void Cancel(ByteString proposalId)
        {
            var proposal = LoadProposal(proposalId);
            AssertProposer(proposal);
            int state = StateOf(proposalId, proposal);
            if (state != Draft && state != Voting) throw new Exception(Errors.NotCancellable + StateName(state));
            proposal.CancelledMs = Runtime.Time;
            SaveProposal(proposalId, proposal);
            OnProposalCancelled(proposalId, proposal.Proposer);
        }

        /// <summary>Validates the choices and their payloads; returns the payload mask (bit i ⇔ choice i has calls).</summary>
        private static BigInteger CheckChoices(object[] choices)
        {
            if (choices is null || choices.Length < 2 || choices.Length > MaxChoices) throw new Exception(Errors.BadChoices);
            var self = ContractManagement.GetContract(Runtime.ExecutingScriptHash);
            BigInteger mask = 0;
            for (int i = 0; i < choices.Length; i++)
            {
                if (choices[i] is not object[] { Length: 2 } choice || choice[0] is not string label || label.Length < 1 || label.Length > 64
                    || choice[1] is not object[] payload || payload.Length > MaxCalls)
                    throw new Exception(Errors.BadChoices);
                foreach (var entry in payload) CheckCall(self, entry);
                if (payload.Length > 0) mask |= BigInteger.One << i;
            }
            return mask;
        }

        /// <summary>A payload call is well formed and this contract may make it (see <see cref="AssertPermitted"/>).</summary>
        private static void CheckCall(Contract self, object entry)
        {
            if (entry is not object[] { Length: 3 } call || call[1] is not string method || method.Length < 1 || call[2] is not object[])
                throw new Exception(Errors.BadCall);
            var target = (UInt160)call[0];
            if (!target.IsValid || method[0] == '_') throw new Exception(Errors.BadCall);
            if (method == "addVote" || method == "removeVote" || method == "getPosition" || method == "votingPower") throw new Exception(Errors.ReservedMethod);
            AssertPermitted(self, target, method);
        }

        private static void CheckPositions(ByteString[] positions)
        {
            if (positions is null || positions.Length > MaxPositions) throw new Exception(Errors.BadPositions);
            for (int i = 0; i < positions.Length; i++)
                for (int j = i + 1; j < positions.Length; j++)
                    if (positions[i] == positions[j]) throw new Exception(Errors.BadPositions);
        }

        /// <summary>Σ VP(now) of the positions, each of which the proposer must own (the delegator of a delegated or voting one).</summary>
        private static BigInteger ProposerPower(UInt160 proposer, ByteString[] positions)
        {
            var voteEscrow = VoteEscrowContract;
            BigInteger now = Runtime.Time, vp = 0;
            foreach (var positionId in positions)
            {
                var position = (object[])Contract.Call(voteEscrow, "getPosition", CallFlags.ReadOnly, positionId);
                if ((UInt160)position[0] != proposer) throw new Exception(Errors.NotPositionsOwner);
                vp += (BigInteger)Contract.Call(voteEscrow, "votingPower", CallFlags.ReadOnly, positionId, now);
            }
            return vp;
        }
    }
}
