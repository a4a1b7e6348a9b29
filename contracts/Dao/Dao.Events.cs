using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.Dao
{
    public delegate void EpochClosedHandler(BigInteger epoch, BigInteger scheduled, BigInteger reEmission, BigInteger issued, BigInteger carriedOut, bool clamped);

    public delegate void SubDaoRewardedHandler(BigInteger subDaoId, BigInteger epoch, BigInteger utilityScore, BigInteger hnt, BigInteger dntToRewardsEscrow, BigInteger dntToDelegators);

    public delegate void SubDaoRegisteredHandler(BigInteger subDaoId, UInt160 dnt, UInt160 treasury, UInt160 rewardsEscrow);

    public delegate void SubDaoAuthoritiesChangedHandler(BigInteger subDaoId, UInt160? oldDcBurnAuthority, UInt160 newDcBurnAuthority, UInt160? oldActiveDeviceAuthority, UInt160 newActiveDeviceAuthority);

    public delegate void ActiveDeviceFeesChangedHandler(BigInteger subDaoId, BigInteger oldFeesDc, BigInteger newFeesDc);

    public delegate void ScheduleChangedHandler(BigInteger subDaoId, object[]? oldSchedule, object[] newSchedule);

    public delegate void OnboardingFeesChangedHandler(BigInteger subDaoId, object[]? oldFees, object[] newFees);

    public delegate void AddressChangedHandler(string name, UInt160? oldValue, UInt160? newValue);

    public delegate void ParameterChangedHandler(string name, BigInteger oldValue, BigInteger newValue);

    public partial class Dao
    {
        /// <summary>An epoch closed: what the schedule gave, what was re-emitted, issued and carried to the next close.</summary>
        [DisplayName("EpochClosed")]
        public static event EpochClosedHandler OnEpochClosed = null!;

        /// <summary>One subDAO's part of a closed epoch.</summary>
        [DisplayName("SubDaoRewarded")]
        public static event SubDaoRewardedHandler OnSubDaoRewarded = null!;

        [DisplayName("SubDaoRegistered")]
        public static event SubDaoRegisteredHandler OnSubDaoRegistered = null!;

        [DisplayName("SubDaoAuthoritiesChanged")]
        public static event SubDaoAuthoritiesChangedHandler OnSubDaoAuthoritiesChanged = null!;

        [DisplayName("ActiveDeviceFeesChanged")]
        public static event ActiveDeviceFeesChangedHandler OnActiveDeviceFeesChanged = null!;

        /// <summary>An emission schedule changed: subDaoId 0 is HNT's, others a subDAO's DNT.</summary>
        [DisplayName("ScheduleChanged")]
        public static event ScheduleChangedHandler OnScheduleChanged = null!;

        /// <summary>A subDAO's onboarding fees per device type changed: old (null at registration), new.</summary>
        [DisplayName("OnboardingFeesChanged")]
        public static event OnboardingFeesChangedHandler OnOnboardingFeesChanged = null!;

        [DisplayName("AddressChanged")]
        public static event AddressChangedHandler OnAddressChanged = null!;

        [DisplayName("ParameterChanged")]
        public static event ParameterChangedHandler OnParameterChanged = null!;
    }
}
