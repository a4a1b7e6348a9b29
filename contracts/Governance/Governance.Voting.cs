using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Governance
{
    /// <summary>
    /// Votes. A vote marker [choice, weight, released] per (proposal, position) records the position's VP at the moment
    /// of the vote; a choice's tally is always the sum of its markers' weights. The vote escrow counts the markers a
    /// position holds (addVote/removeVote): while any is held the position cannot withdraw or be transferred.
    /// </summary>
    public partial class Governance
    {
        /// <summary>
        /// Votes for a choice with a position (its owner's witness), during voting only, once per position and proposal:
        /// weight = VP(now) from the vote escrow, added to the choice's tally.
        /// </summary>
        public static void Vote(ByteString positionId, ByteString proposalId, BigInteger choice)
        {
            var proposal = LoadProposal(proposalId);
            if (choice.Sign < 0 || choice >= proposal.ChoiceCount) throw new Exception(Errors.UnknownChoice);
            int state = StateOf(proposalId, proposal);
            if (state != Voting) throw new Exception(Errors.NotVoting + StateName(state));
            if (FindMarker(proposalId, positionId) is not null) throw new Exception(Errors.AlreadyVoted);
            // addVote returns the owner and VP(now); a failed witness check below reverts the count with everything else.
            var counted = (object[])Contract.Call(VoteEscrowContract, "addVote", CallFlags.All, positionId);
            var owner = (UInt160)counted[0];
            BigInteger weight = (BigInteger)counted[1];
            AssertPositionOwner(owner);
            if (weight.Sign <= 0) throw new Exception(Errors.NoVotingPower);
            BigInteger tally = TallyOf(proposalId, choice) + weight;
            PutTally(proposalId, choice, tally);
            Storage.Put(Key(Prefix_Marker, proposalId, positionId), StdLib.Serialize(new object[] { choice, weight, false }));
            OnVoteCast(proposalId, positionId, owner, choice, weight, tally);
        }

        /// <summary>
        /// Gives up the position's vote on the proposal and frees the position of it in the vote escrow. While the
        /// proposal is voting (owner's witness) the marker goes and its weight leaves the tally, so the owner may vote
        /// again; afterwards (voting over, or cancelled: anyone may call) the marker stays as the record of the vote,
        /// marked released, and the tally does not change.
        /// </summary>
        public static void Relinquish(ByteString positionId, ByteString proposalId)
        {
            var proposal = LoadProposal(proposalId);
            var marker = FindMarker(proposalId, positionId);
            if (marker is null || (bool)marker[2]) throw new Exception(Errors.NoVote);
            BigInteger choice = (BigInteger)marker[0];
            BigInteger weight = (BigInteger)marker[1];
            var voteEscrow = VoteEscrowContract;
            var markerKey = Key(Prefix_Marker, proposalId, positionId);
            BigInteger tally = TallyOf(proposalId, choice);
            if (StateOf(proposalId, proposal) == Voting)
            {
                var position = (object[])Contract.Call(voteEscrow, "getPosition", CallFlags.ReadOnly, positionId);
                AssertPositionOwner((UInt160)position[0]);
                tally -= weight;
                PutTally(proposalId, choice, tally);
                Storage.Delete(markerKey);
            }
            else
            {
                marker[2] = true;
                Storage.Put(markerKey, StdLib.Serialize(marker));
            }
            Contract.Call(voteEscrow, "removeVote", CallFlags.All, positionId);
            OnVoteRelinquished(proposalId, positionId, choice, weight, tally);
        }
    }
}
