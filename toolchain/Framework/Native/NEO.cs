using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework.Services;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>NeoToken (id -5), NEP-17, indivisible; governance. Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0xef4073a0f2b305a38ec4050e4d3d28bc40ea63f5")]
    public class NEO
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        public static extern string Symbol { get; }

        public static extern byte Decimals { get; }

        public static extern BigInteger TotalSupply();

        public static extern BigInteger BalanceOf(UInt160 account);

        /// <summary>NEP-17 transfer; the sender must witness it.</summary>
        public static extern bool Transfer(UInt160 from, UInt160 to, BigInteger amount, object? data = null);

        public static extern BigInteger GetGasPerBlock();

        public static extern long GetRegisterPrice();

        /// <summary>GAS the account could claim up to block <paramref name="end"/>.</summary>
        public static extern BigInteger UnclaimedGas(UInt160 account, uint end);

        public static extern bool RegisterCandidate(ECPoint pubkey);

        /// <summary>
        /// The native method is "unregisterCandidate"; the official framework's C# name would lower-case to
        /// "unRegisterCandidate", which NeoToken lacks, so the ABI name is given explicitly.
        /// </summary>
        [DisplayName("unregisterCandidate")]
        public static extern bool UnRegisterCandidate(ECPoint pubkey);

        /// <summary>Votes for a candidate, or withdraws the vote with null.</summary>
        public static extern bool Vote(UInt160 account, ECPoint? voteTo);

        /// <summary>Withdraws the account's vote.</summary>
        public static bool Unvote(UInt160 account) => Vote(account, null);

        public static extern (ECPoint, BigInteger)[] GetCandidates();

        public static extern Iterator<(ECPoint, BigInteger)> GetAllCandidates();

        public static extern BigInteger GetCandidateVote(ECPoint pubkey);

        public static extern ECPoint[] GetCommittee();

        public static extern UInt160 GetCommitteeAddress();

        public static extern ECPoint[] GetNextBlockValidators();

        public static extern NeoAccountState GetAccountState(UInt160 account);
    }
}
