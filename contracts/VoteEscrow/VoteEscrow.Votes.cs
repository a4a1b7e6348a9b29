using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.VoteEscrow
{
    /// <summary>
    /// The governance contract's hooks (PROTOCOL.md "Governance": a position with active votes can neither withdraw nor
    /// transfer). The governance contract calls addVote when a position casts a vote marker and removeVote when that
    /// marker is relinquished; the position's activeVotes counts its markers. While it is above 0 the escrow holds the
    /// token (the same custody as a delegation, because NEP-11 transfer cannot be overridden): the owner stays the
    /// position's owner (Delegator) with every other right (extend, delegate, claim), withdraw refuses.
    /// </summary>
    public partial class VoteEscrow
    {
        /// <summary>
        /// Governance only: counts one more active vote of the position and returns [owner, VP(now)], the owner whose
        /// witness the governance contract must check (a failed check FAULTs its whole call, this one included) and the
        /// weight of the vote. The first vote takes the token into custody (unless a delegation already holds it).
        /// </summary>
        public static object[] AddVote(ByteString positionId)
        {
            var position = LoadPosition(positionId);
            AssertGovernance();
            BigInteger previous = position.ActiveVotes;
            position.ActiveVotes = previous + 1;
            if (position.Delegator is null) TakeCustody(positionId, position);
            else SavePosition(positionId, position);
            OnActiveVotesChanged(positionId, previous, position.ActiveVotes);
            return new object[] { OwnerOfPosition(position), PowerAt(position.Kind, position.Lockup, position.Slope, Runtime.Time) };
        }

        /// <summary>
        /// Governance only: counts one active vote less; at 0 the token goes back to its owner unless the position is
        /// delegated.
        /// </summary>
        public static void RemoveVote(ByteString positionId)
        {
            var position = LoadPosition(positionId);
            AssertGovernance();
            BigInteger previous = position.ActiveVotes;
            if (previous.Sign <= 0) throw new Exception(Errors.NoActiveVotes);
            position.ActiveVotes = previous - 1;
            if (position.ActiveVotes.Sign == 0 && position.SubDaoId.Sign == 0) ReturnCustody(positionId, position);
            else SavePosition(positionId, position);
            OnActiveVotesChanged(positionId, previous, position.ActiveVotes);
        }
    }
}
