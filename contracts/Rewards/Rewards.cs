using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;
using Protocol.Contracts.Shared;

namespace Protocol.Contracts.Rewards
{
    /// <summary>
    /// The subDAO rewards escrow (PROTOCOL.md "Hotspots and rewards"): the Dao mints each epoch's hotspot share of a
    /// subDAO's token here; k-of-n reward oracles post, per epoch, the Merkle root of every hotspot's cumulative reward
    /// total; a hotspot's owner (or the destination it set) is paid cumulative − claimed so far with a Merkle proof,
    /// behind a windowed breaker. Totals never decrease, and no root or claim pays out more than the escrow received for
    /// that subDAO.
    /// </summary>
    [DisplayName("Rewards")]
    [ContractDescription("SubDAO rewards escrow: oracle-signed Merkle roots of cumulative hotspot rewards, claims by proof")]
    [ContractSourceCode("contracts/Rewards")]
    [ContractPermission(Permission.Any, "transfer", "subDaoToken", "crank", "ownerAndSubDao")]
    public partial class Rewards : SmartContract
    {
        /// <summary>
        /// Funding: a configured subDAO's token (the Dao's epoch mint, or any transfer) adds to that subDAO's pool. Other
        /// tokens are refused.
        /// </summary>
        public static void OnNEP17Payment(UInt160? from, BigInteger amount, object? data)
        {
            var token = Runtime.CallingScriptHash;
            var stored = Storage.Get(Key(Prefix_TokenSubDao, token));
            if (stored is null) throw new Exception(Errors.UnexpectedToken);
            BigInteger subDaoId = (BigInteger)stored;
            var pool = RequirePool(subDaoId);
            BigInteger old = pool.Funded;
            pool.Funded = old + amount;
            SavePool(subDaoId, pool);
            OnFunded(subDaoId, from, amount, old, pool.Funded);
        }

        /// <summary>
        /// Posts the subDAO's root for <paramref name="epoch"/> (anyone may send it; the oracles' signatures are the
        /// authority): signatures = [[oracleIndex, r‖s] …] over RootMessage by at least k distinct current oracles. The
        /// epoch must be later than the latest root's, the total not below it, and, once the Dao has closed what is due,
        /// not above what the escrow received for the subDAO.
        /// </summary>
        public static void SubmitRoot(BigInteger subDaoId, BigInteger epoch, ByteString root, BigInteger total, object[] signatures)
        {
            CheckSubDaoId(subDaoId);
            CheckU64(epoch, Errors.BadEpoch);
            if (root is null || root.Length != 32) throw new Exception(Errors.BadRoot);
            CheckU64(total, Errors.BadAmount);
            AssertOracleQuorum(subDaoId, RootMessage(subDaoId, epoch, root, total), signatures);
            var pool = RequirePool(subDaoId);
            if (epoch <= pool.Epoch) throw new Exception(Errors.StaleEpoch + epoch + " ≤ " + pool.Epoch + ".");
            if (total < pool.Total) throw new Exception(Errors.DecreasingTotal + total + " < " + pool.Total + ".");
            Contract.Call(DaoContract, "crank", CallFlags.All); // the close that funds this epoch may not have run yet
            pool = RequirePool(subDaoId);
            if (total > pool.Funded) throw new Exception(Errors.RootAboveFunding + total + " > " + pool.Funded + ".");
            BigInteger oldEpoch = pool.Epoch, oldTotal = pool.Total;
            ByteString oldRoot = pool.Root;
            pool.Epoch = epoch;
            pool.Root = root;
            pool.Total = total;
            SavePool(subDaoId, pool);
            OnRootSubmitted(subDaoId, oldEpoch, epoch, oldRoot, root, oldTotal, total);
        }

        /// <summary>
        /// Pays a hotspot cumulative − claimed so far (anyone may send it; the money goes to the owner, or to the
        /// destination the current owner set): <paramref name="cumulativeAmount"/> must be the hotspot's leaf in the subDAO's
        /// latest root, proven by <paramref name="proof"/> (siblings from the leaf up) and <paramref name="leafIndex"/>.
        /// Returns the amount paid.
        /// </summary>
        public static BigInteger Claim(ByteString tokenId, BigInteger cumulativeAmount, BigInteger leafIndex, ByteString[] proof)
        {
            if (tokenId is null || tokenId.Length != 32) throw new Exception(Errors.BadProof);
            CheckU64(cumulativeAmount, Errors.BadAmount);
            var hotspot = OwnerAndSubDao(tokenId);
            var owner = (UInt160)hotspot[0];
            BigInteger subDaoId = (BigInteger)hotspot[1];
            var pool = RequirePool(subDaoId);
            if (pool.Epoch.Sign < 0) throw new Exception(Errors.NoRoot);
            if (ProofRoot(tokenId, cumulativeAmount, leafIndex, proof) != pool.Root) throw new Exception(Errors.InvalidProof);
            BigInteger claimed = ClaimedOf(tokenId);
            if (cumulativeAmount < claimed) throw new Exception(Errors.DecreasingTotal + cumulativeAmount + " < " + claimed + " claimed.");
            BigInteger amount = cumulativeAmount - claimed;
            if (amount.IsZero) throw new Exception(Errors.NothingToClaim);
            BigInteger paid = pool.Claimed + amount;
            if (paid > pool.Funded) throw new Exception(Errors.AboveEscrowFunds + paid + " > " + pool.Funded + ".");
            if (paid > pool.Total) throw new Exception(Errors.AboveRootTotal + paid + " > " + pool.Total + ".");
            CircuitBreaker.Consume(Key(Prefix_Breaker, SubKey(subDaoId)), amount, pool.BreakerThreshold, pool.BreakerWindowMs);
            pool.Claimed = paid;
            SavePool(subDaoId, pool);
            Storage.Put(Key(Prefix_Claimed, tokenId), cumulativeAmount);
            var recipient = RecipientOf(tokenId, owner);
            if (!(bool)Contract.Call(pool.Token, "transfer", CallFlags.All, Runtime.ExecutingScriptHash, recipient, amount, null))
                throw new Exception(Errors.TransferFailed);
            OnClaimed(tokenId, subDaoId, recipient, amount, claimed, cumulativeAmount);
            return amount;
        }

        /// <summary>Sends the hotspot's future claims to <paramref name="destination"/> (its owner's witness); it lapses when the hotspot changes hands.</summary>
        public static void SetDestination(ByteString tokenId, UInt160 destination)
        {
            if (!destination.IsValid) throw new Exception(Errors.InvalidAccount);
            var owner = AssertOwner(tokenId);
            var key = Key(Prefix_Destination, tokenId);
            UInt160? old = RecipientOf(tokenId, owner);
            Storage.Put(key, StdLib.Serialize(new object[] { owner, destination }));
            OnDestinationChanged(tokenId, owner, old == owner ? null : old, destination);
        }

        /// <summary>[token, funded, claimed, epoch, root, total, breakerThreshold, breakerWindowMs] of a subDAO, or null.</summary>
        [Safe]
        public static object? PoolInfo(BigInteger subDaoId) => LoadPool(subDaoId);

        /// <summary>[[oracle keys …], k] of a subDAO, or null.</summary>
        [Safe]
        public static object? Oracles(BigInteger subDaoId)
        {
            var stored = Storage.Get(Key(Prefix_Oracles, SubKey(subDaoId)));
            return stored is null ? null : StdLib.Deserialize(stored);
        }

        /// <summary>What a hotspot has been paid in total (its last claimed cumulative total).</summary>
        [Safe]
        public static BigInteger ClaimedBy(ByteString tokenId) => ClaimedOf(tokenId);

        /// <summary>Who a claim for the hotspot pays now.</summary>
        [Safe]
        public static UInt160 Recipient(ByteString tokenId) => RecipientOf(tokenId, (UInt160)OwnerAndSubDao(tokenId)[0]);

        /// <summary>The bytes the oracles sign for a root (see README.md).</summary>
        [Safe]
        public static ByteString RootMessageFor(BigInteger subDaoId, BigInteger epoch, ByteString root, BigInteger total)
        {
            CheckU64(subDaoId, Errors.InvalidSubDao);
            CheckU64(epoch, Errors.BadEpoch);
            CheckU64(total, Errors.BadAmount);
            return RootMessage(subDaoId, epoch, root, total);
        }

        private static UInt160 RecipientOf(ByteString tokenId, UInt160 owner)
        {
            var stored = Storage.Get(Key(Prefix_Destination, tokenId));
            if (stored is null) return owner;
            var record = (object[])StdLib.Deserialize(stored);
            return (UInt160)record[0] == owner ? (UInt160)record[1] : owner;
        }

        /// <summary>[owner, subDaoId] from the hotspot registry (which FAULTs for an unknown hotspot).</summary>
        private static object[] OwnerAndSubDao(ByteString tokenId) =>
            (object[])Contract.Call(RegistryContract, "ownerAndSubDao", CallFlags.ReadOnly, tokenId);
    }
}
