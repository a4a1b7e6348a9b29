using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Governance
{
    /// <summary>
    /// Execution: anyone runs a queued proposal's winning payload once its timelock (and any guardian pause) is over and
    /// before it expires. Each call is Contract.Call(target, method, CallFlags.All, args) with this contract as the
    /// caller, which satisfies the targets' Runtime.CheckWitness(authority) once their authority is this contract.
    /// </summary>
    public partial class Governance
    {
        /// <summary>
        /// Runs the winning choice's payload (anyone): the proposal must be Queued and now ≥ executableAt. It is marked
        /// executed before the first call, so no payload can execute it again; any failing call FAULTs the whole execution,
        /// which then leaves the proposal Queued.
        /// </summary>
        public static void Execute(ByteString proposalId)
        {
            var proposal = LoadProposal(proposalId);
            int state = StateOf(proposalId, proposal);
            if (state != Queued) throw new Exception(Errors.NotQueued + StateName(state));
            BigInteger now = Runtime.Time;
            if (proposal.PausedUntilMs > now) throw new Exception(Errors.Paused + proposal.PausedUntilMs + ".");
            BigInteger executableAt = ExecutableAt(proposal);
            if (now < executableAt) throw new Exception(Errors.TimelockRunning + executableAt + ", now is " + now + ".");
            BigInteger winner = Winner(proposalId, proposal);
            proposal.ExecutedMs = now;
            SaveProposal(proposalId, proposal);

            var payload = (object[])LoadChoice(proposalId, winner)[1];
            var self = ContractManagement.GetContract(Runtime.ExecutingScriptHash);
            for (int i = 0; i < payload.Length; i++)
            {
                var call = (object[])payload[i];
                var target = (UInt160)call[0];
                var method = (string)call[1];
                AssertPermitted(self, target, method);
                Dispatch(target, method, (object[])call[2]);
                OnPayloadCall(proposalId, i, target, method);
            }
            OnProposalExecuted(proposalId, winner, payload.Length);
        }

        /// <summary>
        /// The organisation's guardian holds a queued proposal back for the pause length from now (once per proposal; the
        /// pause ends by itself, and the proposal's expiry moves with it).
        /// </summary>
        public static void Pause(ByteString proposalId)
        {
            var proposal = LoadProposal(proposalId);
            AssertGuardian(proposal.Organisation);
            int state = StateOf(proposalId, proposal);
            if (state != Queued) throw new Exception(Errors.NotQueued + StateName(state));
            if (proposal.PausedUntilMs.Sign != 0) throw new Exception(Errors.AlreadyPaused);
            BigInteger before = ExecutableAt(proposal);
            proposal.PausedUntilMs = (BigInteger)Runtime.Time + proposal.PauseMs;
            SaveProposal(proposalId, proposal);
            OnProposalPaused(proposalId, LoadOrganisation(proposal.Organisation).Guardian, before, proposal.PausedUntilMs);
        }

        /// <summary>
        /// FAULTs unless this contract's manifest lets it call method on target (a permission naming the target or any
        /// contract, with the method or any method) and target is a deployed, non-native contract. The engine enforces the
        /// manifest too; checking here names the refusal at propose time and again before each call.
        /// </summary>
        private static void AssertPermitted(Contract self, UInt160 target, string method)
        {
            var contract = ContractManagement.GetContract(target);
            if (contract is null || contract.Id < 0) throw new Exception(Errors.UnknownTarget);
            foreach (var permission in self.Manifest.Permissions)
            {
                if (permission.Contract is not null && permission.Contract != (ByteString)target) continue;
                if (permission.Methods is null) return;
                foreach (var allowed in permission.Methods)
                    if (allowed == method) return;
            }
            throw new Exception(Errors.NotPermitted + method + " on " + contract.Manifest.Name + ".");
        }
    }
}
