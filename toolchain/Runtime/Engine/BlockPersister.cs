using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// One execution of a persisted block, as neo's Blockchain.ApplicationExecuted records it (what the ApplicationLogs
/// plugin serves): the transaction (null for OnPersist/PostPersist), trigger, final VM state, fault exception, datoshi
/// consumed, result stack and notifications; plus the Runtime.Log messages (neo raises those as events instead).
/// </summary>
public sealed record ApplicationExecuted(
    Transaction? Transaction,
    TriggerType Trigger,
    VMState VMState,
    Exception? Exception,
    long GasConsumed,
    IReadOnlyList<StackItem> Stack,
    IReadOnlyList<NotifyEventArgs> Notifications,
    IReadOnlyList<LogEventArgs> Logs);

/// <summary>
/// Persists a block the way neo's Blockchain.Persist does, on a cache over the given snapshot that is committed into it
/// only when the whole block went through:
/// 1. the OnPersist script (SYSCALL System.Contract.NativeOnPersist) with trigger OnPersist, no container and 0 gas
///    (fees burned, network fees to the primary, the block and its transactions stored with VM state NONE, committee
///    refresh, notary rewards); a FAULT throws and nothing is persisted;
/// 2. each transaction in order with trigger Application, the transaction as container and its system fee as gas, on a
///    clone of the block's state that is committed only on HALT (a FAULTed transaction's writes are dropped, its fees
///    stay burned); its VM state is then recorded in the Ledger;
/// 3. the PostPersist script (System.Contract.NativePostPersist) with trigger PostPersist and 0 gas (the block becomes
///    the Ledger's current one, committee bonus and voter rewards, oracle clean-up and payment); a FAULT throws.
/// Witnesses and the block's validity (index, previous hash, time, merkle root) are not checked: the caller builds blocks.
/// </summary>
public static class BlockPersister
{
    /// <summary>SYSCALL System.Contract.NativeOnPersist (neo Blockchain's onPersistScript).</summary>
    public static byte[] OnPersistScript { get; } = SyscallScript(Interop.Syscalls.ContractNativeOnPersist.Hash);

    /// <summary>SYSCALL System.Contract.NativePostPersist (neo Blockchain's postPersistScript).</summary>
    public static byte[] PostPersistScript { get; } = SyscallScript(Interop.Syscalls.ContractNativePostPersist.Hash);

    private static byte[] SyscallScript(uint id) => new ScriptBuilder().EmitSysCall(id).ToArray();

    /// <summary>
    /// Persists <paramref name="block"/> into <paramref name="snapshot"/> and returns its executions: OnPersist, one per
    /// transaction, PostPersist. <paramref name="fees"/> forces the fee parameters of the transactions (null reads
    /// Policy's); <paramref name="observe"/> sees each engine before it runs (coverage, log hooks).
    /// </summary>
    public static IReadOnlyList<ApplicationExecuted> Persist(DataCache snapshot, Block block, ProtocolSettings? settings = null,
        FeeSettings? fees = null, Action<ApplicationEngine>? observe = null)
    {
        settings ??= ProtocolSettings.Default;
        var blockSnapshot = snapshot.CloneCache();
        var executed = new List<ApplicationExecuted>(block.Transactions.Count + 2);
        executed.Add(RunSystem(TriggerType.OnPersist, OnPersistScript, blockSnapshot, block, settings, observe));
        foreach (var tx in block.Transactions)
        {
            var txSnapshot = blockSnapshot.CloneCache();
            var engine = new ApplicationEngine(TriggerType.Application, tx, txSnapshot, block, settings, tx.SystemFee, fees);
            var result = Run(engine, new Script(tx.Script), observe);
            if (result.VMState == VMState.HALT) txSnapshot.Commit();
            LedgerContract.SetTransactionVMState(blockSnapshot, tx.Hash, result.VMState);
            executed.Add(result);
        }
        executed.Add(RunSystem(TriggerType.PostPersist, PostPersistScript, blockSnapshot, block, settings, observe));
        blockSnapshot.Commit();
        return executed;
    }

    private static ApplicationExecuted RunSystem(TriggerType trigger, byte[] script, DataCache snapshot, Block block, ProtocolSettings settings,
        Action<ApplicationEngine>? observe)
    {
        var engine = new ApplicationEngine(trigger, null, snapshot, block, settings, gas: 0);
        var result = Run(engine, new Script(script), observe);
        if (result.VMState != VMState.HALT)
            throw new InvalidOperationException($"{trigger} of block {block.Index} FAULTed: {result.Exception?.Message}", result.Exception);
        return result;
    }

    private static ApplicationExecuted Run(ApplicationEngine engine, Script script, Action<ApplicationEngine>? observe)
    {
        var logs = new List<LogEventArgs>();
        engine.Log += logs.Add;
        observe?.Invoke(engine);
        engine.LoadScript(script);
        var state = engine.Execute();
        return new ApplicationExecuted(engine.ScriptContainer as Transaction, engine.Trigger, state, engine.FaultException,
            engine.FeeConsumed, [.. engine.ResultStack], [.. engine.Notifications], logs);
    }
}
