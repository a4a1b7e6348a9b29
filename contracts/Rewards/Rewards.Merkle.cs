using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Rewards
{
    /// <summary>
    /// The reward tree and the oracles' signed message (README.md "Merkle tree" and "What the oracles sign"; the
    /// off-chain builder is services/Rewards.Merkle):
    ///   leaf  = SHA-256(0x00 ‖ tokenId ‖ u64le(cumulative))
    ///   inner = SHA-256(0x01 ‖ left ‖ right)
    ///   message = u32le(network magic) ‖ this contract's hash (20 bytes, as stored) ‖ u64le(subDaoId) ‖ u64le(epoch) ‖ root ‖ u64le(total)
    /// </summary>
    public partial class Rewards
    {
        private static readonly BigInteger Two64 = BigInteger.Pow(2, 64);

        private static readonly BigInteger Two32 = BigInteger.Pow(2, 32);

        /// <summary>The guard of a subDAO's reward oracles: at least k valid signatures of distinct current oracles on <paramref name="message"/>.</summary>
        private static void AssertOracleQuorum(BigInteger subDaoId, ByteString message, object[] signatures)
        {
            var stored = Storage.Get(Key(Prefix_Oracles, SubKey(subDaoId)));
            if (stored is null) throw new Exception(Errors.NoOracles);
            var set = (object[])StdLib.Deserialize(stored);
            var oracles = (ByteString[])set[0];
            BigInteger quorum = (BigInteger)set[1];
            int count = signatures is null ? 0 : signatures.Length;
            if (count < quorum) throw new Exception(Errors.TooFewSignatures + count + " < " + quorum + ".");
            BigInteger seen = 0;
            for (int i = 0; i < count; i++)
            {
                if (signatures![i] is not object[] { Length: 2 } entry) throw new Exception(Errors.BadSignatureEntry);
                BigInteger index = (BigInteger)entry[0];
                var signature = (ByteString)entry[1];
                if (index < 0 || index >= oracles.Length || signature is null || signature.Length != 64) throw new Exception(Errors.BadSignatureEntry);
                BigInteger bit = BigInteger.One << (int)index;
                if ((seen & bit).Sign != 0) throw new Exception(Errors.DuplicateSigner + "oracle " + index + ".");
                seen |= bit;
                if (!CryptoLib.VerifyWithECDsa(message, (ECPoint)oracles[(int)index], signature, NamedCurveHash.secp256r1SHA256))
                    throw new Exception(Errors.InvalidSignature + "oracle " + index + ".");
            }
        }

        /// <summary>What the oracles sign for a root (80 bytes).</summary>
        private static ByteString RootMessage(BigInteger subDaoId, BigInteger epoch, ByteString root, BigInteger total)
        {
            var magic = (ByteString)Helper.Take((byte[])(ByteString)((BigInteger)Runtime.GetNetwork() + Two32), 4);
            var head = Helper.Concat(magic, (ByteString)Runtime.ExecutingScriptHash);
            return Helper.Concat(Helper.Concat(Helper.Concat(Helper.Concat(head, U64(subDaoId)), U64(epoch)), root), U64(total));
        }

        /// <summary>
        /// The root a proof leads to from the hotspot's leaf: at level i the node is the left child when bit i of
        /// <paramref name="index"/> is 0 (sibling on the right), the right child when it is 1.
        /// </summary>
        private static ByteString ProofRoot(ByteString tokenId, BigInteger cumulative, BigInteger index, ByteString[] proof)
        {
            if (proof is null || proof.Length > 32 || index.Sign < 0 || index >> proof.Length != 0) throw new Exception(Errors.BadProof);
            ByteString node = CryptoLib.Sha256(Helper.Concat(Helper.Concat((ByteString)new byte[] { 0x00 }, tokenId), U64(cumulative)));
            ByteString inner = (ByteString)new byte[] { 0x01 };
            for (int i = 0; i < proof.Length; i++)
            {
                var sibling = proof[i];
                if (sibling is null || sibling.Length != 32) throw new Exception(Errors.BadProof);
                node = (index & 1).IsZero
                    ? CryptoLib.Sha256(Helper.Concat(Helper.Concat(inner, node), sibling))
                    : CryptoLib.Sha256(Helper.Concat(Helper.Concat(inner, sibling), node));
                index >>= 1;
            }
            return node;
        }

        /// <summary>A value in [0, 2^64) as 8 little-endian bytes.</summary>
        private static ByteString U64(BigInteger value) => (ByteString)Helper.Take((byte[])(ByteString)(value + Two64), 8);

        private static void CheckU64(BigInteger value, string error)
        {
            if (value.Sign < 0 || value >= Two64) throw new Exception(error);
        }
    }
}
