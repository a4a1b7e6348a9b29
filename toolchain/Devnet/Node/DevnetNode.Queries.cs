using System.Security.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Devnet.Node;

public sealed partial class DevnetNode
{
    /// <summary>
    /// A test invocation as neo-node's RPC Session runs it: a transaction with the given signers (default: Zero with scope
    /// None) and witnesses, a random nonce and ValidUntilBlock = height + MaxValidUntilBlockIncrement, in a dummy next block
    /// (index + 1, previous timestamp + block time), with <see cref="DevnetOptions.MaxGasInvoke"/>. Nothing is committed;
    /// <paramref name="render"/> reads the engine while the node lock is held.
    /// </summary>
    public T TestInvoke<T>(byte[] script, IReadOnlyList<Signer>? signers, IReadOnlyList<Witness>? witnesses, Func<ApplicationEngine, T> render)
    {
        lock (_sync)
        {
            var snapshot = new DataCache(_store);
            var current = LedgerContract.GetTrimmedBlock(snapshot, LedgerContract.CurrentHash(snapshot))!;
            var tx = new Transaction
            {
                Nonce = (uint)RandomNumberGenerator.GetInt32(int.MaxValue),
                ValidUntilBlock = current.Index + PolicyContract.GetMaxValidUntilBlockIncrement(snapshot, Settings),
                Signers = signers is { Count: > 0 } ? signers : [new Signer(UInt160.Zero, WitnessScope.None)],
                Script = script,
                Witnesses = witnesses ?? [],
            };
            var block = new BlockInfo(current.Index + 1, current.Header.Timestamp + PolicyContract.GetMillisecondsPerBlock(snapshot, Settings));
            var engine = new ApplicationEngine(TriggerType.Application, tx, snapshot, Settings, Options.MaxGasInvoke, persistingBlock: block);
            engine.LoadScript(new Script(script));
            engine.Execute();
            return render(engine);
        }
    }

    /// <summary>The getapplicationlog JSON of a persisted transaction or block, or null.</summary>
    public string? ApplicationLog(UInt256 hash)
    {
        lock (_sync) return _logs.GetValueOrDefault(hash);
    }

    /// <summary>A pooled transaction, or null.</summary>
    public Transaction? PooledTransaction(UInt256 hash)
    {
        lock (_sync) return Pool.Get(hash);
    }

    public IReadOnlyList<UInt256> PooledHashes()
    {
        lock (_sync) return Pool.Transactions.Select(t => t.Hash).ToList();
    }

    /// <summary>Runs <paramref name="query"/> on the tracker under the node lock.</summary>
    public T Tracked<T>(Func<TokenTracker, DataCache, T> query)
    {
        lock (_sync) return query(Tracker, new DataCache(_store));
    }
}
