using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Governance
{
    public partial class Governance
    {
        /// <summary>First deployment: data = [authority, voteEscrow (Hash160)]. An update keeps the state.</summary>
        public static void _deploy(object data, bool update)
        {
            if (update) return;
            if (data is not object[] { Length: 2 } config) throw new Exception(Errors.BadDeployData);
            var authority = (UInt160)config[0];
            var voteEscrow = (UInt160)config[1];
            if (!authority.IsValid || !voteEscrow.IsValid) throw new Exception(Errors.InvalidAccount);
            SetAddress(Prefix_Authority, "authority", authority);
            SetAddress(Prefix_VoteEscrow, "voteEscrow", voteEscrow);
        }

        /// <summary>
        /// Creates an organisation (authority only): id 0 the DAO, a subDAO's id for the subDAO by convention; settings as
        /// in <see cref="DefaultSettings"/>, null for the defaults.
        /// </summary>
        public static void CreateOrganisation(BigInteger id, string name, UInt160 guardian, object[]? settings)
        {
            CheckOrganisationId(id);
            if (name is null || name.Length < 1 || name.Length > 64) throw new Exception(Errors.BadName);
            if (!guardian.IsValid) throw new Exception(Errors.InvalidAccount);
            settings ??= DefaultSettings();
            var organisation = new Organisation { Name = name, Guardian = guardian };
            ApplySettings(organisation, settings);
            AssertAuthority();
            if (FindOrganisation(id) is not null) throw new Exception(Errors.OrganisationExists);
            SaveOrganisation(id, organisation);
            OnOrganisationChanged(id, name, null, settings);
            OnGuardianChanged(id, null, guardian);
        }

        /// <summary>Replaces an organisation's rules (authority only); proposals already made keep the rules they were made with.</summary>
        public static void SetOrganisationSettings(BigInteger id, object[] settings)
        {
            var organisation = LoadOrganisation(id);
            var old = SettingsOf(organisation);
            ApplySettings(organisation, settings);
            AssertAuthority();
            SaveOrganisation(id, organisation);
            OnOrganisationChanged(id, organisation.Name, old, settings);
        }

        public static void SetGuardian(BigInteger id, UInt160 guardian)
        {
            if (!guardian.IsValid) throw new Exception(Errors.InvalidAccount);
            var organisation = LoadOrganisation(id);
            AssertAuthority();
            var old = organisation.Guardian;
            organisation.Guardian = guardian;
            SaveOrganisation(id, organisation);
            OnGuardianChanged(id, old, guardian);
        }

        /// <summary>Gives (true) or takes away (false) an account's governor role in an organisation (authority only).</summary>
        public static void SetGovernor(BigInteger id, UInt160 account, bool isGovernor)
        {
            if (!account.IsValid) throw new Exception(Errors.InvalidAccount);
            LoadOrganisation(id);
            AssertAuthority();
            var key = Key(Prefix_Governor, OrgKey(id), account);
            bool was = Storage.Get(key) is not null;
            if (isGovernor) Storage.Put(key, 1);
            else Storage.Delete(key);
            OnGovernorChanged(id, account, was, isGovernor);
        }

        /// <summary>Points governance at another vote escrow (authority only; only when no vote is active).</summary>
        public static void SetVoteEscrow(UInt160 voteEscrow)
        {
            if (!voteEscrow.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_VoteEscrow, "voteEscrow", voteEscrow);
        }

        /// <summary>Hands the role over (to this contract itself at bootstrap: then only executed proposals change anything).</summary>
        public static void SetAuthority(UInt160 newAuthority)
        {
            if (!newAuthority.IsValid) throw new Exception(Errors.InvalidAccount);
            AssertAuthority();
            SetAddress(Prefix_Authority, "authority", newAuthority);
        }

        /// <summary>Who governs this contract (every protocol contract answers getAuthority the same way).</summary>
        [Safe]
        public static UInt160 GetAuthority() => Authority;

        /// <summary>[authority, voteEscrow].</summary>
        [Safe]
        public static object[] Contracts() => new object[] { Authority, VoteEscrowContract };

        /// <summary>[name, guardian, settings].</summary>
        [Safe]
        public static object[] GetOrganisation(BigInteger id)
        {
            var organisation = LoadOrganisation(id);
            return new object[] { organisation.Name, organisation.Guardian, SettingsOf(organisation) };
        }

        [Safe]
        public static bool IsGovernor(BigInteger id, UInt160 account)
        {
            CheckOrganisationId(id);
            return Storage.Get(Key(Prefix_Governor, OrgKey(id), account)) is not null;
        }

        /// <summary>
        /// PROTOCOL.md's defaults, [thresholdVp, votingDelayMs, votingPeriodMs, passBps, minWinningVp, timelockMs,
        /// gracePeriodMs, pauseMs] = [10^13 (100,000 veHNT), 0, 7 days, 6700, 10^16 (100,000,000 veHNT), 2 days,
        /// 14 days, 3 days]. VP base units: 1 veHNT = 10^8 (1 HNT locked 4 years = 100 veHNT).
        /// </summary>
        [Safe]
        public static object[] DefaultSettings() => new object[]
        {
            10_000_000_000_000, 0, 604_800_000, 6700, 10_000_000_000_000_000, 172_800_000, 1_209_600_000, 259_200_000,
        };

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

        /// <summary>The guard of the authority role (this contract itself after bootstrap: a calling contract is its own witness).</summary>
        private static void AssertAuthority()
        {
            if (!Runtime.CheckWitness(Authority)) throw new Exception(Errors.NotAuthority);
        }

        /// <summary>The guard of an organisation's governor role: the account holds the role and signed.</summary>
        private static void AssertGovernor(BigInteger id, UInt160 account)
        {
            if (!IsGovernor(id, account) || !Runtime.CheckWitness(account)) throw new Exception(Errors.NotGovernor);
        }

        /// <summary>The guard of a proposal's proposer (cancel).</summary>
        private static void AssertProposer(Proposal proposal)
        {
            if (!Runtime.CheckWitness(proposal.Proposer)) throw new Exception(Errors.NotProposer);
        }

        /// <summary>The guard of an organisation's guardian (pause).</summary>
        private static void AssertGuardian(BigInteger id)
        {
            if (!Runtime.CheckWitness(LoadOrganisation(id).Guardian)) throw new Exception(Errors.NotGuardian);
        }

        /// <summary>The guard of a position's owner (vote, relinquish during voting).</summary>
        private static void AssertPositionOwner(UInt160 owner)
        {
            if (!Runtime.CheckWitness(owner)) throw new Exception(Errors.NotPositionOwner);
        }

        private static void ApplySettings(Organisation o, object[] settings)
        {
            if (settings is null || settings.Length != 8) throw new Exception(Errors.BadSettings + "eight values.");
            o.ThresholdVp = Bounded(settings[0], 0, -1, "thresholdVp");
            o.VotingDelayMs = Bounded(settings[1], 0, 2_592_000_000, "votingDelayMs");
            o.VotingPeriodMs = Bounded(settings[2], 60_000, 7_776_000_000, "votingPeriodMs");
            o.PassBps = Bounded(settings[3], 1, 10_000, "passBps");
            o.MinWinningVp = Bounded(settings[4], 0, -1, "minWinningVp");
            o.TimelockMs = Bounded(settings[5], 0, 2_592_000_000, "timelockMs");
            o.GracePeriodMs = Bounded(settings[6], 3_600_000, 7_776_000_000, "gracePeriodMs");
            o.PauseMs = Bounded(settings[7], 0, 2_592_000_000, "pauseMs");
        }

        /// <summary>The value as an integer in [min, max] (max −1: no upper bound), or a FAULT naming the setting.</summary>
        private static BigInteger Bounded(object value, BigInteger min, BigInteger max, string name)
        {
            BigInteger v = (BigInteger)value;
            if (v < min || (max.Sign >= 0 && v > max)) throw new Exception(Errors.BadSettings + name + " is out of range.");
            return v;
        }

        private static object[] SettingsOf(Organisation o) => new object[]
        {
            o.ThresholdVp, o.VotingDelayMs, o.VotingPeriodMs, o.PassBps, o.MinWinningVp, o.TimelockMs, o.GracePeriodMs, o.PauseMs,
        };

        private static void SetAddress(byte prefix, string name, UInt160 value)
        {
            var key = new byte[] { prefix };
            var previous = Storage.Get(key);
            Storage.Put(key, value);
            OnAddressChanged(name, previous is null ? null : (UInt160)previous, value);
        }
    }
}
