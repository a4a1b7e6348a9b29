using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.VoteEscrow
{
    public delegate void PositionCreatedHandler(ByteString positionId, UInt160 owner, BigInteger amount, BigInteger kind, BigInteger lockup, BigInteger multiplier);

    public delegate void PositionExtendedHandler(ByteString positionId, BigInteger kind, BigInteger oldLockup, BigInteger newLockup);

    public delegate void PositionConvertedHandler(ByteString positionId, BigInteger oldDurationSeconds, BigInteger newEndMs);

    public delegate void PositionWithdrawnHandler(ByteString positionId, UInt160 owner, BigInteger amount);

    public delegate void DelegationHandler(ByteString positionId, BigInteger subDaoId, BigInteger effectiveEpoch);

    public delegate void RewardsClaimedHandler(ByteString positionId, BigInteger subDaoId, BigInteger epoch, UInt160 owner, UInt160 token, BigInteger amount);

    public delegate void ActiveVotesChangedHandler(ByteString positionId, BigInteger oldCount, BigInteger newCount);

    public delegate void AddressChangedHandler(string name, UInt160? oldValue, UInt160 newValue);

    public delegate void ParameterChangedHandler(string name, BigInteger oldValue, BigInteger newValue);

    public partial class VoteEscrow
    {
        /// <summary>
        /// HNT locked into a new position: id, owner, bones, kind (0 cliff, 1 constant), lockup (cliff: end ms; constant:
        /// duration s), multiplier (3 landrush, 1). Consumers: wallets, governance UIs.
        /// </summary>
        [DisplayName("PositionCreated")]
        public static event PositionCreatedHandler OnPositionCreated = null!;

        /// <summary>A lockup got longer: id, kind, old lockup, new lockup (cliff: end ms; constant: duration s).</summary>
        [DisplayName("PositionExtended")]
        public static event PositionExtendedHandler OnPositionExtended = null!;

        /// <summary>A constant lockup became a cliff: id, its duration (s), the cliff's end (ms).</summary>
        [DisplayName("PositionConverted")]
        public static event PositionConvertedHandler OnPositionConverted = null!;

        /// <summary>An expired cliff paid out and burned: id, owner paid, bones returned.</summary>
        [DisplayName("PositionWithdrawn")]
        public static event PositionWithdrawnHandler OnPositionWithdrawn = null!;

        /// <summary>A position was delegated: id, subDAO, first epoch it counts in. Consumer: the Dao (utility score V).</summary>
        [DisplayName("Delegated")]
        public static event DelegationHandler OnDelegated = null!;

        /// <summary>A position was undelegated: id, subDAO, first epoch it no longer counts in.</summary>
        [DisplayName("Undelegated")]
        public static event DelegationHandler OnUndelegated = null!;

        /// <summary>Delegation rewards paid: id, subDAO, epoch, owner paid, DNT contract, amount (DNT base units).</summary>
        [DisplayName("RewardsClaimed")]
        public static event RewardsClaimedHandler OnRewardsClaimed = null!;

        /// <summary>
        /// The governance contract counted a vote marker in or out: id, old and new number of active votes (custody
        /// moves with the first and the last, as a Transfer). Consumers: wallets, governance UIs.
        /// </summary>
        [DisplayName("ActiveVotesChanged")]
        public static event ActiveVotesChangedHandler OnActiveVotesChanged = null!;

        /// <summary>A role or contract reference changed: name ("authority", "hnt", "dao", "governance"), old (null at deploy), new.</summary>
        [DisplayName("AddressChanged")]
        public static event AddressChangedHandler OnAddressChanged = null!;

        /// <summary>A parameter changed: name ("epochLengthSeconds", "landrushEndMs"), old value, new value.</summary>
        [DisplayName("ParameterChanged")]
        public static event ParameterChangedHandler OnParameterChanged = null!;
    }
}
