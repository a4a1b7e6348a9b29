using System;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Governance
{
    public partial class Governance
    {
        /// <summary>
        /// Calls one governed method: every method a payload may call has its own call site here, so the compiler checks
        /// each against the declared permissions (a method known only at run time would need an all-methods wildcard).
        /// The list is the [ContractPermission] list on the class minus the vote escrow's methods governance uses itself.
        /// </summary>
        private static void Dispatch(UInt160 target, string method, object[] args)
        {
            switch (method)
            {
                case "addOracle": Contract.Call(target, "addOracle", CallFlags.All, args); return;
                case "removeOracle": Contract.Call(target, "removeOracle", CallFlags.All, args); return;
                case "setMaxAge": Contract.Call(target, "setMaxAge", CallFlags.All, args); return;
                case "setMaxDeviation": Contract.Call(target, "setMaxDeviation", CallFlags.All, args); return;
                case "setMinter": Contract.Call(target, "setMinter", CallFlags.All, args); return;
                case "setMintBreaker": Contract.Call(target, "setMintBreaker", CallFlags.All, args); return;
                case "setBurner": Contract.Call(target, "setBurner", CallFlags.All, args); return;
                case "setRegistrar": Contract.Call(target, "setRegistrar", CallFlags.All, args); return;
                case "setPriceFeed": Contract.Call(target, "setPriceFeed", CallFlags.All, args); return;
                case "registerSubDao": Contract.Call(target, "registerSubDao", CallFlags.All, args); return;
                case "setSchedule": Contract.Call(target, "setSchedule", CallFlags.All, args); return;
                case "setNetEmissionsCap": Contract.Call(target, "setNetEmissionsCap", CallFlags.All, args); return;
                case "setVoteEscrow": Contract.Call(target, "setVoteEscrow", CallFlags.All, args); return;
                case "setOnboardingFees": Contract.Call(target, "setOnboardingFees", CallFlags.All, args); return;
                case "setSubDaoAuthorities": Contract.Call(target, "setSubDaoAuthorities", CallFlags.All, args); return;
                case "setSubDaoEmissions": Contract.Call(target, "setSubDaoEmissions", CallFlags.All, args); return;
                case "setDao": Contract.Call(target, "setDao", CallFlags.All, args); return;
                case "setTreasury": Contract.Call(target, "setTreasury", CallFlags.All, args); return;
                case "setCurve": Contract.Call(target, "setCurve", CallFlags.All, args); return;
                case "setFreezeTime": Contract.Call(target, "setFreezeTime", CallFlags.All, args); return;
                case "setBreaker": Contract.Call(target, "setBreaker", CallFlags.All, args); return;
                case "setLandrushEnd": Contract.Call(target, "setLandrushEnd", CallFlags.All, args); return;
                case "setGovernance": Contract.Call(target, "setGovernance", CallFlags.All, args); return;
                case "createOrganisation": Contract.Call(target, "createOrganisation", CallFlags.All, args); return;
                case "setOrganisationSettings": Contract.Call(target, "setOrganisationSettings", CallFlags.All, args); return;
                case "setGuardian": Contract.Call(target, "setGuardian", CallFlags.All, args); return;
                case "setGovernor": Contract.Call(target, "setGovernor", CallFlags.All, args); return;
                case "approveMaker": Contract.Call(target, "approveMaker", CallFlags.All, args); return;
                case "revokeMaker": Contract.Call(target, "revokeMaker", CallFlags.All, args); return;
                case "setActiveDeviceAuthority": Contract.Call(target, "setActiveDeviceAuthority", CallFlags.All, args); return;
                case "setStakeRequirement": Contract.Call(target, "setStakeRequirement", CallFlags.All, args); return;
                case "setSubDao": Contract.Call(target, "setSubDao", CallFlags.All, args); return;
                case "setOracles": Contract.Call(target, "setOracles", CallFlags.All, args); return;
                case "setHotspotRegistry": Contract.Call(target, "setHotspotRegistry", CallFlags.All, args); return;
                case "setAuthority": Contract.Call(target, "setAuthority", CallFlags.All, args); return;
                case "update": Contract.Call(target, "update", CallFlags.All, args); return;
                default: throw new Exception(Errors.NotPermitted + method + ".");
            }
        }
    }
}
