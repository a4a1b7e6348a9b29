using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Dao
{
    public partial class Dao
    {
        /// <summary>
        /// First deployment: data = [authority, hnt, dataCredits, voteEscrow (Hash160 or null), epochLengthSeconds,
        /// hntSchedule [[startMs, hntPerEpoch] …], netEmissionsCap (bones)]. The current epoch is the first that can close.
        /// An update keeps the state.
        /// </summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 7 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            var hnt = (UInt160)config[1];
            var dataCredits = (UInt160)config[2];
            if (!authority.IsValid || !hnt.IsValid || !dataCredits.IsValid) throw new Exception(Errors.InvalidAccount);
            BigInteger epochLength = (BigInteger)config[4];
            if (epochLength < 60 || epochLength > 604_800) throw new Exception(Errors.BadEpochLength);
            SetAddress(Prefix_Authority, "authority", authority);
            SetAddress(Prefix_Hnt, "hnt", hnt);
            SetAddress(Prefix_DataCredits, "dataCredits", dataCredits);
            if (config[3] is not null) SetVoteEscrowUnchecked((UInt160)config[3]);
            Storage.Put(new byte[] { Prefix_EpochLength }, epochLength);
            OnParameterChanged("epochLengthSeconds", 0, epochLength);
            BigInteger genesis = Runtime.Time / 1000 / epochLength;
            Storage.Put(new byte[] { Prefix_GenesisEpoch }, genesis);
            SetScheduleUnchecked((object[])config[5]);
            SetNetEmissionsCapUnchecked((BigInteger)config[6]);
            SaveEmission(new EmissionState { Smoothed = 0, LastBurned = 0, Remainder = 0, Ended = false });
        }

        /// <summary>Replaces HNT's emission schedule (authority only); closes the previous epoch first.</summary>
        public static void SetSchedule(object[] schedule)
        {
            AssertAuthority();
            Crank();
            SetScheduleUnchecked(schedule);
        }

        public static void SetNetEmissionsCap(BigInteger cap)
        {
            AssertAuthority();
            Crank();
            SetNetEmissionsCapUnchecked(cap);
        }

        /// <summary>Names the veHNT contract (V of the utility score, the delegator pools).</summary>
        public static void SetVoteEscrow(UInt160 voteEscrow)
        {
            AssertAuthority();
            SetVoteEscrowUnchecked(voteEscrow);
        }

        public static void SetAuthority(UInt160 newAuthority)
        {
            if (!newAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Authority, "authority", newAuthority);
        }

        [Safe]
        public static UInt160 GetAuthority() => Authority;

        /// <summary>[authority, hnt, dataCredits, voteEscrow].</summary>
        [Safe]
        public static object[] Contracts() => new object[] { Authority, HntContract, DataCreditsContract, VoteEscrowContract! };

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

        /// <summary>The guard of the authority role.</summary>
        private static void AssertAuthority()
        {
            if (!Runtime.CheckWitness(Authority)) throw new Exception(Errors.NotAuthority);
        }

        private static void SetScheduleUnchecked(object[] schedule)
        {
            ValidateSchedule(schedule);
            var key = new byte[] { Prefix_Schedule };
            var previous = Storage.Get(key);
            Storage.Put(key, StdLib.Serialize(schedule));
            OnScheduleChanged(0, previous is null ? null : (object[])StdLib.Deserialize(previous), schedule);
        }

        private static void SetNetEmissionsCapUnchecked(BigInteger cap)
        {
            if (cap.Sign < 0) throw new Exception(Errors.NegativeCap);
            var key = new byte[] { Prefix_NetCap };
            var previous = Storage.Get(key);
            Storage.Put(key, cap);
            OnParameterChanged("netEmissionsCap", previous is null ? 0 : (BigInteger)previous, cap);
        }

        private static void SetVoteEscrowUnchecked(UInt160 voteEscrow)
        {
            if (!voteEscrow.IsValid) throw new Exception(Errors.InvalidAccount);
            SetAddress(Prefix_VoteEscrow, "voteEscrow", voteEscrow);
        }

        private static void SetAddress(byte prefix, string name, UInt160 value)
        {
            var key = new byte[] { prefix };
            var previous = Storage.Get(key);
            Storage.Put(key, value);
            OnAddressChanged(name, previous is null ? null : (UInt160)previous, value);
        }
    }
}
