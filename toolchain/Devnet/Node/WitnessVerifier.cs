using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Devnet.Node;

/// <summary>
/// Runs a witness that is not a plain single- or multi-signature one, as neo's Helper.VerifyWitness does: the invocation
/// script must parse strictly; an empty verification script means the signer is a deployed contract whose verify (returning
/// Boolean) runs with CallFlags.ReadOnly, otherwise the verification script (hashing to the signer, not a native) runs with
/// ReadOnly under the signer's hash; the invocation runs on top with CallFlags.None; the result must be exactly one true
/// item within <paramref name="gas"/> datoshi, with trigger Verification.
/// </summary>
public static class WitnessVerifier
{
    public static bool Verify(Transaction tx, ProtocolSettings settings, DataCache snapshot, UInt160 hash, Witness witness, long gas, out long fee)
    {
        fee = 0;
        Script invocation;
        try
        {
            invocation = new Script(witness.InvocationScript, strict: true);
        }
        catch (BadScriptException)
        {
            return false;
        }
        var engine = new ApplicationEngine(TriggerType.Verification, tx, snapshot.CloneCache(), settings, gas);
        if (witness.VerificationScript.Length == 0)
        {
            var contract = ContractManagement.GetContract(snapshot, hash);
            if (contract is null) return false;
            var method = contract.Manifest.Abi.GetMethod("verify", -1);
            if (method?.ReturnType != ContractParameterType.Boolean) return false;
            engine.LoadContract(contract, method, CallFlags.ReadOnly);
        }
        else
        {
            if (NativeContracts.Get(hash) is not null) return false;
            if (hash != witness.ScriptHash) return false;
            Script verification;
            try
            {
                verification = new Script(witness.VerificationScript, strict: true);
            }
            catch (BadScriptException)
            {
                return false;
            }
            engine.LoadScript(verification, configure: s =>
            {
                s.CallFlags = CallFlags.ReadOnly;
                s.ScriptHash = hash;
            });
        }
        engine.LoadScript(invocation, configure: s => s.CallFlags = CallFlags.None);
        if (engine.Execute() == VMState.FAULT) return false;
        if (engine.ResultStack.Count != 1) return false;
        try
        {
            if (!engine.ResultStack[0].GetBoolean()) return false;
        }
        catch (Exception ex) when (ex is InvalidCastException or InvalidOperationException or NotSupportedException)
        {
            return false;
        }
        fee = engine.FeeConsumed;
        return true;
    }
}
