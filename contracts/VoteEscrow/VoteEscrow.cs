using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.VoteEscrow
{
    /// <summary>
    /// veHNT (PROTOCOL.md "Vote-escrowed HNT"): HNT locked for 1..1460 days as NEP-11 positions ("veHNT"), with voting
    /// power, delegation to one subDAO, the subDAOs' delegated totals and the delegators' DNT rewards.
    ///
    /// Time is block time in ms; epoch(t) = floor(t / 1000 / L), L the epoch length in seconds (a divisor of 86400).
    /// MAX = 4 × 365 × 86400 s. A position of `amount` bones has the integer slope
    ///   slope = floor(amount × 100 × multiplier / MAX)            (VP per second of lockup; multiplier 3 in the landrush, else 1)
    /// and voting power at time t
    ///   cliff:    VP(t) = slope × min(MAX, max(0, floor((end − t) / 1000)))   (end aligned to an epoch boundary)
    ///   constant: VP(t) = slope × D                                          (D the lockup duration, s)
    /// which is PROTOCOL.md's amount × 100 × mult × min(remaining, 4y) / 4y except that the per-second slope is floored
    /// once: the result is lower by less than `remaining` units (rounding in the protocol's favour), and exactly linear.
    /// </summary>
    [DisplayName("VoteEscrow")]
    [ContractDescription("veHNT: vote-escrowed HNT positions, delegation to subDAOs and delegation rewards")]
    [ContractSourceCode("contracts/VoteEscrow")]
    [ContractPermission(Permission.Any, "transfer", "subDaoToken", "epochResult", "crank")]
    public partial class VoteEscrow : Nep11Token<Position>
    {
        public const int Cliff = 0;
        public const int Constant = 1;

        /// <summary>MAX: four years of 365 days, in seconds.</summary>
        private const long MaxLockSeconds = 126_144_000;

        private const long MaxDays = 1460;

        public override string Symbol { [Safe] get => "veHNT"; }

        /// <summary>
        /// NEP-17 payments. From HNT: a lock, transfer(from, VoteEscrow, amount, [kind, days]) mints a position to `from`.
        /// From any other token: only the Dao's delegator-pool funding is accepted, a mint (from = null) or a transfer by
        /// the Dao; when its data is a subDAO id, the token must be that subDAO's token.
        /// </summary>
        public static void OnNEP17Payment(UInt160? from, BigInteger amount, object? data)
        {
            var token = Runtime.CallingScriptHash;
            if (token == HntContract)
            {
                Lock(from, amount, data);
                return;
            }
            if (from is not null && from != DaoContract) throw new Exception(Errors.UnexpectedToken);
            if (data is not null && SubDaoTokenOf((BigInteger)data) != token) throw new Exception(Errors.NotSubDaoToken);
        }

        /// <summary>
        /// NEP-11 payments: only this contract's own positions, which it takes into custody while they are delegated or
        /// carry active votes (the framework's transfer cannot be overridden, so custody is what makes such a position
        /// untransferable).
        /// </summary>
        public static void OnNEP11Payment(UInt160? from, BigInteger amount, ByteString tokenId, object? data)
        {
            if (Runtime.CallingScriptHash != Runtime.ExecutingScriptHash) throw new Exception(Errors.UnexpectedNft);
        }

        /// <summary>name, amount, kind, lockup, multiplier, slope, createdMs, subDaoId, activeVotes.</summary>
        [Safe]
        public override Map<string, object> Properties(ByteString tokenId)
        {
            var position = LoadPosition(tokenId);
            Map<string, object> properties = new();
            properties["name"] = position.Name;
            properties["amount"] = position.Amount;
            properties["kind"] = position.Kind;
            properties["lockup"] = position.Lockup;
            properties["multiplier"] = position.Multiplier;
            properties["slope"] = position.Slope;
            properties["createdMs"] = position.CreatedMs;
            properties["subDaoId"] = position.SubDaoId;
            properties["activeVotes"] = position.ActiveVotes;
            if (position.Delegator is not null) properties["delegator"] = position.Delegator;
            return properties;
        }

        /// <summary>
        /// [owner (the delegator while the escrow holds it), amount, kind, lockup (cliff: end ms; constant: duration s), multiplier, slope, createdMs, subDaoId
        /// (0 = not delegated), activeVotes].
        /// </summary>
        [Safe]
        public static object[] GetPosition(ByteString positionId)
        {
            var p = LoadPosition(positionId);
            return new object[] { OwnerOfPosition(p), p.Amount, p.Kind, p.Lockup, p.Multiplier, p.Slope, p.CreatedMs, p.SubDaoId, p.ActiveVotes };
        }

        /// <summary>The position's voting power at <paramref name="timeMs"/> with its current lockup.</summary>
        [Safe]
        public static BigInteger VotingPower(ByteString positionId, BigInteger timeMs)
        {
            var p = LoadPosition(positionId);
            return PowerAt(p.Kind, p.Lockup, p.Slope, timeMs);
        }

        /// <summary>The current epoch.</summary>
        [Safe]
        public static BigInteger Epoch() => CurrentEpoch;

        private static void Lock(UInt160? from, BigInteger amount, object? data)
        {
            if (from is null || !from.IsValid) throw new Exception(Errors.NoLockOwner);
            if (amount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            if (data is not object[] { Length: 2 } lockData) throw new Exception(Errors.BadLockData);
            BigInteger kind = (BigInteger)lockData[0];
            BigInteger days = (BigInteger)lockData[1];
            CheckKind(kind);
            CheckDays(days);
            Crank();
            BigInteger now = Runtime.Time;
            BigInteger multiplier = now < LandrushEnd ? 3 : 1;
            BigInteger slope = amount * 100 * multiplier / MaxLockSeconds;
            if (slope.IsZero) throw new Exception(Errors.TooSmall + amount + " bones.");
            BigInteger lockup = kind == Cliff ? CliffEnd(now, days) : ConstantDuration(days);

            var counterKey = new byte[] { Prefix_TokenId };
            BigInteger counter = (BigInteger)Storage.Get(counterKey)! + 1;
            Storage.Put(counterKey, counter);
            ByteString id = IdKey(counter);
            Mint(id, new Position
            {
                Owner = from, Name = "veHNT #" + counter, Amount = amount, Kind = kind, Lockup = lockup,
                Multiplier = multiplier, Slope = slope, CreatedMs = now,
            });
            OnPositionCreated(id, from, amount, kind, lockup, multiplier);
        }

        private static void CheckKind(BigInteger kind)
        {
            if (kind != Cliff && kind != Constant) throw new Exception(Errors.BadKind);
        }

        private static void CheckDays(BigInteger days)
        {
            if (days < 1 || days > MaxDays) throw new Exception(Errors.BadDays);
        }

        // The Dao's interface (see README.md "The Dao interface").

        /// <summary>Self-cranking: lets the Dao close any epoch that is due before a position changes (a no-op otherwise).</summary>
        private static void Crank() => Contract.Call(DaoContract, "crank", CallFlags.All);

        /// <summary>The subDAO's token (DNT) according to the Dao, null for an unknown subDAO.</summary>
        private static UInt160? SubDaoTokenOf(BigInteger subDaoId)
        {
            CheckSubDaoId(subDaoId);
            var token = Contract.Call(DaoContract, "subDaoToken", CallFlags.ReadOnly, subDaoId);
            return token is null ? null : (UInt160)token;
        }

        private static void CheckSubDaoId(BigInteger subDaoId)
        {
            if (subDaoId < 1 || subDaoId > 65535) throw new Exception(Errors.InvalidSubDao);
        }
    }
}
