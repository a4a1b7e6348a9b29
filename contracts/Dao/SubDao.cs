using System.Numerics;
using Neo.SmartContract.Framework;

namespace Protocol.Contracts.Dao
{
    /// <summary>A subDAO's registration (stored with StdLib.Serialize; fields only ever appended).</summary>
    public class SubDao
    {
        public BigInteger Id;

        /// <summary>Its token (DNT), minted by this contract at each epoch close.</summary>
        public UInt160 Dnt = null!;

        /// <summary>Receives the subDAO's HNT share each epoch; redeems DNT for it.</summary>
        public UInt160 Treasury = null!;

        /// <summary>Receives the hotspot share of the DNT emission (paid out by Merkle claims).</summary>
        public UInt160 RewardsEscrow = null!;

        /// <summary>DNT emission: [[startMs, dntPerEpoch] …], the entry with the greatest start ≤ the epoch's end applies.</summary>
        public object[] Schedule = null!;

        /// <summary>Share of the DNT emission paid to veHNT delegators, basis points.</summary>
        public BigInteger DelegatorShareBps;

        /// <summary>Who burns the subDAO's delegated DC in Data Credits (set there when registered).</summary>
        public UInt160 DcBurnAuthority = null!;

        /// <summary>Who moves onboarding fees of devices in or out of the active total (the A of the utility score).</summary>
        public UInt160 ActiveDeviceAuthority = null!;

        /// <summary>The first epoch the subDAO takes part in (the epoch it was registered in).</summary>
        public BigInteger FirstEpoch;

        /// <summary>DC fees per device type: [[deviceType, onboardingDc, locationAssertDc] …] (hotspot onboarding burns them).</summary>
        public object[] OnboardingFees = null!;
    }
}
