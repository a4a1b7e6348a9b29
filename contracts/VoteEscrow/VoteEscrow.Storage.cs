using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.VoteEscrow
{
    /// <summary>
    /// What each position stores (the NEP-11 token state under 0x03 ‖ positionId, serialised positionally; new fields
    /// only at the end).
    /// </summary>
    public class Position : Nep11TokenState
    {
        /// <summary>HNT locked, bones (10^-8 HNT); fixed for the position's life.</summary>
        public BigInteger Amount;

        /// <summary>0 cliff (decays), 1 constant (no decay until converted).</summary>
        public BigInteger Kind;

        /// <summary>Cliff: the lockup end, ms, a multiple of the epoch length. Constant: the lockup duration, s, a multiple of the epoch length.</summary>
        public BigInteger Lockup;

        /// <summary>3 when created before the landrush end, else 1; fixed.</summary>
        public BigInteger Multiplier;

        /// <summary>Voting power per second of lockup: floor(amount × 100 × multiplier / MAX); fixed.</summary>
        public BigInteger Slope;

        /// <summary>Block time of the lock, ms.</summary>
        public BigInteger CreatedMs;

        /// <summary>The subDAO it is delegated to, 0 when not delegated (then the escrow holds the token and Delegator owns it).</summary>
        public BigInteger SubDaoId;

        /// <summary>When delegated: the first epoch of its open delegation record.</summary>
        public BigInteger DelegatedFrom;

        /// <summary>
        /// Proposals this position holds a vote marker on (maintained by the governance contract through addVote/removeVote;
        /// while &gt; 0 the escrow holds the token, withdraw refuses and the owner cannot transfer it).
        /// </summary>
        public BigInteger ActiveVotes;

        /// <summary>
        /// While the escrow holds the token (delegated, or with active votes): the owner, who keeps every right over the
        /// position; null otherwise.
        /// </summary>
        public UInt160? Delegator;

        /// <summary>fromEpoch + 1 of the position's latest delegation record, 0 when it has none (records link backwards).</summary>
        public BigInteger DelegationHead;
    }

    public partial class VoteEscrow
    {
        // The storage map, in one place. Prefixes are never renumbered or reused. 0x00 total supply, 0x01 ‖ owner → balance,
        // 0x02 → position counter, 0x03 ‖ positionId → Position, 0x04 ‖ owner ‖ positionId → 0 belong to the framework's
        // Nep11Token. Key parts: positionId = counter + 2^56 as 8 little-endian bytes; subDAO = id + 2^16 as 3 bytes; epoch
        // and bucket = the integer's own bytes (variable length, always last). Nothing here is iterated with Find: records
        // that need an order link to their predecessor instead (cheaper than building big-endian keys byte by byte).
        private const byte Prefix_Authority = 0x10;     // → UInt160
        private const byte Prefix_Hnt = 0x11;           // → UInt160: the HNT contract (fixed at deploy)
        private const byte Prefix_Dao = 0x12;           // → UInt160: the Dao (subDAO registry, epoch results, crank)
        private const byte Prefix_EpochLength = 0x13;   // → integer, seconds, divides 86400 (fixed at deploy; must equal the Dao's)
        private const byte Prefix_LandrushEnd = 0x14;   // → integer, ms: positions created before it get multiplier 3 (0 = none)
        private const byte Prefix_Governance = 0x15;    // → UInt160: the governance contract, the only caller of addVote/removeVote (absent = none)
        private const byte Prefix_Total = 0x20;         // ‖ subDao ‖ epoch → [epoch, bias, slope, previous record's epoch (−1 none)]: the
                                                        //   subDAO's delegated VP at the start of epoch (bias) and its decay per second
                                                        //   during it (slope), written for the epoch after each change; later epochs
                                                        //   are projections from it
        private const byte Prefix_SlopeChange = 0x21;   // ‖ subDao ‖ epoch → integer: delegated slope ending at that epoch's start; deleted at 0
        private const byte Prefix_SlopeMask = 0x22;     // ‖ subDao ‖ bucket → integer: bit i set ⇔ a slope change at epoch bucket×240+i
        private const byte Prefix_Delegation = 0x23;    // ‖ positionId ‖ fromEpoch → [fromEpoch, subDaoId, toEpoch (exclusive, −1 open),
                                                        //   kind, lockup, slope, previous record's fromEpoch + 1 (0 none)]: the position's
                                                        //   delegation intervals with the lockup it had then; the head is Position.DelegationHead
        private const byte Prefix_Claimed = 0x24;       // ‖ positionId ‖ epoch → 1: delegation rewards claimed
        private const byte Prefix_TotalHead = 0x25;     // ‖ subDao → integer: the epoch of the subDAO's latest Prefix_Total record

        /// <summary>Epochs per slope-mask bucket (a mask of 240 bits stays within NeoVM's 32-byte integers).</summary>
        private const int BucketSize = 240;

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static UInt160 HntContract => (UInt160)Storage.Get(new byte[] { Prefix_Hnt })!;

        private static UInt160 DaoContract => (UInt160)Storage.Get(new byte[] { Prefix_Dao })!;

        private static UInt160? GovernanceContract
        {
            get
            {
                var stored = Storage.Get(new byte[] { Prefix_Governance });
                return stored is null ? null : (UInt160)stored;
            }
        }

        /// <summary>L, seconds.</summary>
        private static BigInteger EpochLength => (BigInteger)Storage.Get(new byte[] { Prefix_EpochLength })!;

        private static BigInteger LandrushEnd => (BigInteger)Storage.Get(new byte[] { Prefix_LandrushEnd })!;

        /// <summary>The current epoch: floor(block time in s / L).</summary>
        private static BigInteger CurrentEpoch => (BigInteger)Runtime.Time / 1000 / EpochLength;

        /// <summary>counter + 2^56 as 8 little-endian bytes (fixed width, so positionId ‖ epoch keys are unambiguous).</summary>
        private static ByteString IdKey(BigInteger counter) => (ByteString)(counter + 0x0100000000000000);

        /// <summary>subDaoId (1..65535) + 2^16 as 3 bytes.</summary>
        private static ByteString SubKey(BigInteger subDaoId) => (ByteString)(subDaoId + 0x10000);

        /// <summary>A non-negative integer's own bytes (the last part of a key).</summary>
        private static ByteString EpochKey(BigInteger epoch) => (ByteString)epoch;

        private static ByteString Key(byte prefix, ByteString a) => Helper.Concat((ByteString)new byte[] { prefix }, a);

        private static ByteString Key(byte prefix, ByteString a, ByteString b) => Helper.Concat(Key(prefix, a), b);

        /// <summary>The position, or a FAULT naming it unknown (also for ids of the wrong length).</summary>
        private static Position LoadPosition(ByteString positionId)
        {
            if (positionId is null || positionId.Length != 8) throw new System.Exception(Errors.UnknownPosition);
            var stored = Storage.Get(Key(Prefix_Token, positionId));
            if (stored is null) throw new System.Exception(Errors.UnknownPosition);
            return (Position)StdLib.Deserialize(stored);
        }

        /// <summary>Who owns the position: the NEP-11 owner, or the delegator while the escrow holds it (delegated or voting).</summary>
        private static UInt160 OwnerOfPosition(Position position) => position.Delegator is not null ? position.Delegator : position.Owner;

        private static void SavePosition(ByteString positionId, Position position) =>
            Storage.Put(Key(Prefix_Token, positionId), StdLib.Serialize(position));
    }
}
