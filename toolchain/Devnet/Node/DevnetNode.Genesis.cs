using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Devnet.Storage;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Devnet.Node;

public sealed partial class DevnetNode
{
    /// <summary>Block 0 (the natives' genesis state, written as one record) and, if funding is on, block 1 paying the dev account.</summary>
    private void CreateChain()
    {
        var changes = new ChangeSet(_store);
        var cache = new DataCache(changes);
        Genesis.Initialize(cache, Settings);
        var balances = TokenTracker.GenesisBalances(cache, Settings);
        cache.Commit();
        var genesis = new Block { Header = LedgerContract.CreateGenesisHeader(Settings), Transactions = [] };
        Commit(new BlockRecord(0, genesis.ToArray(), [.. changes.Changes], [], balances, []));
        if (Options.FundGas > 0) Fund();
    }

    /// <summary>
    /// GAS.transfer(validators' account → dev account, FundGas) signed by the validator key through the 1-of-1 multisig, with
    /// the fees Neo's wallet would compute (test run for the system fee, NetworkFeeCalculator for the network fee).
    /// </summary>
    private void Fund()
    {
        var consensus = Genesis.ValidatorsAddress(Settings);
        var dev = KeyRing.StandardAccount(ValidatorKey.PublicKey);
        var ring = new KeyRing().AddKey(ValidatorKey).AddAccount(VerificationScripts.CreateBftMultiSig([ValidatorKey.PublicKey]));
        var script = ScriptFactory.DynamicCall(NativeContracts.Gas.Hash, "transfer",
            ContractParameter.Hash160(consensus), ContractParameter.Hash160(dev), ContractParameter.Integer(Options.FundGas), ContractParameter.Any());
        var signers = new[] { new Signer(consensus, WitnessScope.CalledByEntry) };
        var snapshot = new DataCache(_store);
        var draft = new Transaction
        {
            Nonce = 1,
            ValidUntilBlock = LedgerContract.CurrentIndex(snapshot) + Settings.MaxValidUntilBlockIncrement,
            Signers = signers,
            Script = script,
        };
        var engine = new ApplicationEngine(TriggerType.Application, draft, snapshot.CloneCache(), Settings, Options.MaxGasInvoke,
            persistingBlock: new BlockInfo(1, LedgerContract.GenesisTimestamp + Settings.MillisecondsPerBlock));
        engine.LoadScript(new Script(script));
        if (engine.Execute() != VMState.HALT)
            throw new InvalidOperationException($"Funding the dev account FAULTed: {engine.FaultException?.Message}");
        var priced = new Transaction
        {
            Nonce = draft.Nonce,
            SystemFee = engine.FeeConsumed,
            ValidUntilBlock = draft.ValidUntilBlock,
            Signers = signers,
            Script = script,
        };
        var fee = NetworkFeeCalculator.Calculate(priced, snapshot, Settings, ring.VerificationScript);
        var tx = ring.Sign(new Transaction
        {
            Nonce = priced.Nonce,
            SystemFee = priced.SystemFee,
            NetworkFee = fee,
            ValidUntilBlock = priced.ValidUntilBlock,
            Signers = signers,
            Script = script,
        }, Settings.Network);
        var admitted = Submit(tx);
        if (!admitted.Succeeded) throw new InvalidOperationException($"Funding transaction refused: {admitted.Result} {admitted.Detail}");
        ProduceBlock();
    }
}
