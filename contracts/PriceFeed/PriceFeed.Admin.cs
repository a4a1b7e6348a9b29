using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.PriceFeed
{
    public partial class PriceFeed
    {
        /// <summary>
        /// First deployment: data = [authority (Hash160), oracles (Hash160[]), maxAgeMs (Integer), maxDeviationBps (Integer)].
        /// An update keeps the state.
        /// </summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 4 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            if (!authority.IsValid) throw new Exception(Errors.InvalidAccount);
            Storage.Put(new byte[] { Prefix_Authority }, authority);
            OnAuthorityChanged(null, authority);
            SetMaxAgeUnchecked((BigInteger)config[2]);
            SetMaxDeviationUnchecked((BigInteger)config[3]);
            foreach (var oracle in (UInt160[])config[1]) AddOracleUnchecked(oracle);
        }

        public static void AddOracle(UInt160 oracle)
        {
            AssertAuthority();
            AddOracleUnchecked(oracle);
        }

        /// <summary>Removes an oracle and its last submission (it no longer counts towards quorum or median).</summary>
        public static void RemoveOracle(UInt160 oracle)
        {
            AssertAuthority();
            var board = LoadBoard();
            int index = IndexOf(board, oracle);
            if (index < 0) throw new Exception(Errors.UnknownOracle);
            board.RemoveAt(index);
            SaveBoard(board);
            OnOracleChanged(oracle, false);
        }

        public static void SetMaxAge(BigInteger maxAgeMs)
        {
            AssertAuthority();
            SetMaxAgeUnchecked(maxAgeMs);
        }

        public static void SetMaxDeviation(BigInteger maxDeviationBps)
        {
            AssertAuthority();
            SetMaxDeviationUnchecked(maxDeviationBps);
        }

        /// <summary>Hands the feed to a new authority (the Governance contract once it exists).</summary>
        public static void SetAuthority(UInt160 newAuthority)
        {
            if (!newAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            var previous = Authority;
            Storage.Put(new byte[] { Prefix_Authority }, newAuthority);
            OnAuthorityChanged(previous, newAuthority);
        }

        public static void Update(ByteString nefFile, string manifest, object? data)
        {
            AssertAuthority();
            ContractManagement.Update(nefFile, manifest, data);
        }

        public static void Destroy()
        {
            AssertAuthority();
            ContractManagement.Destroy();
        }

        /// <summary>The one guard of the authority role.</summary>
        private static void AssertAuthority()
        {
            if (!Runtime.CheckWitness(Authority)) throw new Exception(Errors.NotAuthority);
        }

        private static void AddOracleUnchecked(UInt160 oracle)
        {
            if (!oracle.IsValid) throw new Exception(Errors.InvalidAccount);
            var board = LoadBoard();
            if (IndexOf(board, oracle) >= 0) throw new Exception(Errors.AlreadyOracle);
            if (board.Count >= MaxOracles) throw new Exception(Errors.TooManyOracles);
            board.Add(new Slot { Oracle = oracle });
            SaveBoard(board);
            OnOracleChanged(oracle, true);
        }

        private static void SetMaxAgeUnchecked(BigInteger maxAgeMs)
        {
            if (maxAgeMs < 1000 || maxAgeMs > 86_400_000) throw new Exception(Errors.InvalidMaxAge);
            BigInteger previous = MaxAgeMs;
            Storage.Put(new byte[] { Prefix_MaxAgeMs }, maxAgeMs);
            OnParameterChanged("maxAgeMs", previous, maxAgeMs);
        }

        private static void SetMaxDeviationUnchecked(BigInteger maxDeviationBps)
        {
            if (maxDeviationBps < 1 || maxDeviationBps > 10000) throw new Exception(Errors.InvalidDeviation);
            BigInteger previous = MaxDeviationBps;
            Storage.Put(new byte[] { Prefix_MaxDeviationBps }, maxDeviationBps);
            OnParameterChanged("maxDeviationBps", previous, maxDeviationBps);
        }
    }
}
