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
        /// Registers a subDAO (authority only): its token, treasury, rewards escrow, DNT schedule [[startMs, dntPerEpoch] …],
        /// delegator share (bps; the pool is VoteEscrow's balance of the token), onboarding fees per device type
        /// [[deviceType, onboardingDc, locationAssertDc] …], Data Credits burn authority (set in Data Credits, whose
        /// registrar this contract is) and active-device authority. It takes part in epoch closes from the current epoch on.
        /// </summary>
        public static void RegisterSubDao(BigInteger subDaoId, UInt160 dnt, UInt160 treasury, UInt160 rewardsEscrow, object[] dntSchedule,
            BigInteger delegatorShareBps, object[] onboardingFees, UInt160 dcBurnAuthority, UInt160 activeDeviceAuthority)
        {
            AssertAuthority();
            if (subDaoId < 1 || subDaoId > 65535) throw new Exception(Errors.BadSubDaoId);
            if (!dnt.IsValid || !treasury.IsValid || !rewardsEscrow.IsValid || !dcBurnAuthority.IsValid || !activeDeviceAuthority.IsValid)
                throw new Exception(Errors.InvalidAccount);
            if (delegatorShareBps < 0 || delegatorShareBps > 10000) throw new Exception(Errors.BadDelegatorShare);
            ValidateSchedule(dntSchedule);
            ValidateOnboardingFees(onboardingFees);
            if (LoadSubDao(subDaoId) is not null) throw new Exception(Errors.SubDaoExists);
            var ids = LoadSubDaoIds();
            if (ids.Count >= MaxSubDaos) throw new Exception(Errors.TooManySubDaos);
            Crank();

            var subDao = new SubDao
            {
                Id = subDaoId, Dnt = dnt, Treasury = treasury, RewardsEscrow = rewardsEscrow, Schedule = dntSchedule,
                DelegatorShareBps = delegatorShareBps, DcBurnAuthority = dcBurnAuthority, ActiveDeviceAuthority = activeDeviceAuthority,
                FirstEpoch = CurrentEpoch(), OnboardingFees = onboardingFees,
            };
            Storage.Put(SubDaoKey(subDaoId), StdLib.Serialize(subDao));
            ids.Add(subDaoId);
            Storage.Put(new byte[] { Prefix_SubDaoIds }, StdLib.Serialize(ids));
            Contract.Call(DataCreditsContract, "setBurnAuthority", CallFlags.All, subDaoId, dcBurnAuthority);
            OnSubDaoRegistered(subDaoId, dnt, treasury, rewardsEscrow);
            OnScheduleChanged(subDaoId, null, dntSchedule);
            OnParameterChanged("delegatorShareBps", 0, delegatorShareBps);
            OnOnboardingFeesChanged(subDaoId, null, onboardingFees);
            OnSubDaoAuthoritiesChanged(subDaoId, null, dcBurnAuthority, null, activeDeviceAuthority);
        }

        /// <summary>Replaces a subDAO's onboarding fees per device type (authority only).</summary>
        public static void SetOnboardingFees(BigInteger subDaoId, object[] onboardingFees)
        {
            AssertAuthority();
            ValidateOnboardingFees(onboardingFees);
            var subDao = RequireSubDao(subDaoId);
            var old = subDao.OnboardingFees;
            subDao.OnboardingFees = onboardingFees;
            Storage.Put(SubDaoKey(subDaoId), StdLib.Serialize(subDao));
            OnOnboardingFeesChanged(subDaoId, old, onboardingFees);
        }

        /// <summary>The device types a subDAO has onboarding fees for, in the order governance set them (the first is its default).</summary>
        [Safe]
        public static string[] DeviceTypes(BigInteger subDaoId)
        {
            var fees = RequireSubDao(subDaoId).OnboardingFees;
            var types = new string[fees.Length];
            for (int i = 0; i < fees.Length; i++) types[i] = (string)((object[])fees[i])[0];
            return types;
        }

        /// <summary>[onboardingDc, locationAssertDc] of a device type of a subDAO (what hotspot onboarding burns).</summary>
        [Safe]
        public static BigInteger[] OnboardingFee(BigInteger subDaoId, string deviceType)
        {
            foreach (object[] entry in RequireSubDao(subDaoId).OnboardingFees)
                if ((string)entry[0] == deviceType) return new[] { (BigInteger)entry[1], (BigInteger)entry[2] };
            throw new Exception(Errors.UnknownDeviceType + deviceType + ".");
        }

        /// <summary>Replaces a subDAO's two authorities (authority only); the burn authority is updated in Data Credits too.</summary>
        public static void SetSubDaoAuthorities(BigInteger subDaoId, UInt160 dcBurnAuthority, UInt160 activeDeviceAuthority)
        {
            AssertAuthority();
            if (!dcBurnAuthority.IsValid || !activeDeviceAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            var subDao = RequireSubDao(subDaoId);
            var oldBurn = subDao.DcBurnAuthority;
            var oldActive = subDao.ActiveDeviceAuthority;
            subDao.DcBurnAuthority = dcBurnAuthority;
            subDao.ActiveDeviceAuthority = activeDeviceAuthority;
            Storage.Put(SubDaoKey(subDaoId), StdLib.Serialize(subDao));
            Contract.Call(DataCreditsContract, "setBurnAuthority", CallFlags.All, subDaoId, dcBurnAuthority);
            OnSubDaoAuthoritiesChanged(subDaoId, oldBurn, dcBurnAuthority, oldActive, activeDeviceAuthority);
        }

        /// <summary>Replaces a subDAO's DNT schedule and delegator share (authority only); closes the previous epoch first.</summary>
        public static void SetSubDaoEmissions(BigInteger subDaoId, object[] dntSchedule, BigInteger delegatorShareBps)
        {
            AssertAuthority();
            if (delegatorShareBps < 0 || delegatorShareBps > 10000) throw new Exception(Errors.BadDelegatorShare);
            ValidateSchedule(dntSchedule);
            var subDao = RequireSubDao(subDaoId);
            Crank();
            var oldSchedule = subDao.Schedule;
            BigInteger oldShare = subDao.DelegatorShareBps;
            subDao.Schedule = dntSchedule;
            subDao.DelegatorShareBps = delegatorShareBps;
            Storage.Put(SubDaoKey(subDaoId), StdLib.Serialize(subDao));
            OnScheduleChanged(subDaoId, oldSchedule, dntSchedule);
            OnParameterChanged("delegatorShareBps", oldShare, delegatorShareBps);
        }

        /// <summary>
        /// Moves onboarding fees (DC) of devices into (positive) or out of (negative) the subDAO's active total, the A of
        /// its utility score: the subDAO's active-device authority only. Closes the previous epoch first.
        /// </summary>
        public static void AdjustActiveDeviceFees(BigInteger subDaoId, BigInteger deltaDc)
        {
            var subDao = RequireSubDao(subDaoId);
            if (!Runtime.CheckWitness(subDao.ActiveDeviceAuthority)) throw new Exception(Errors.NotActiveDeviceAuthority);
            Crank();
            BigInteger old = ActiveFees(subDaoId);
            BigInteger updated = old + deltaDc;
            if (updated.Sign < 0) throw new Exception(Errors.NegativeFees + old + " + " + deltaDc + ".");
            Storage.Put(ActiveFeesKey(subDaoId), updated);
            OnActiveDeviceFeesChanged(subDaoId, old, updated);
        }

        /// <summary>A subDAO's registration [id, dnt, treasury, rewardsEscrow, schedule, delegatorShareBps, dcBurnAuthority, activeDeviceAuthority, firstEpoch, onboardingFees], or null.</summary>
        [Safe]
        public static object? SubDaoInfo(BigInteger subDaoId) => LoadSubDao(subDaoId);

        /// <summary>A subDAO's token, or null when no subDAO has this id (VoteEscrow checks delegations and pays rewards with it).</summary>
        [Safe]
        public static UInt160? SubDaoToken(BigInteger subDaoId)
        {
            var subDao = LoadSubDao(subDaoId);
            return subDao is null ? null : subDao.Dnt;
        }

        /// <summary>The registered subDAO ids, in registration order.</summary>
        [Safe]
        public static BigInteger[] SubDaoIds() => LoadSubDaoIds();

        [Safe]
        public static BigInteger ActiveDeviceFees(BigInteger subDaoId) => ActiveFees(subDaoId);

        private static void ValidateOnboardingFees(object[] fees)
        {
            if (fees is null || fees.Length == 0 || fees.Length > 16) throw new Exception(Errors.BadOnboardingFees);
            for (int i = 0; i < fees.Length; i++)
            {
                var entry = (object[])fees[i];
                if (entry is null || entry.Length != 3) throw new Exception(Errors.BadOnboardingFees);
                var type = (string)entry[0];
                if (type is null || type.Length == 0 || type.Length > 32) throw new Exception(Errors.BadOnboardingFees);
                if (((BigInteger)entry[1]).Sign < 0 || ((BigInteger)entry[2]).Sign < 0) throw new Exception(Errors.BadOnboardingFees);
                for (int j = 0; j < i; j++)
                    if ((string)((object[])fees[j])[0] == type) throw new Exception(Errors.BadOnboardingFees);
            }
        }

        private static SubDao RequireSubDao(BigInteger subDaoId)
        {
            var subDao = LoadSubDao(subDaoId);
            if (subDao is null) throw new Exception(Errors.UnknownSubDao);
            return subDao;
        }
    }
}
