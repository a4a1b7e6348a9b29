using Protocol.Toolchain.Devnet.Storage;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Devnet.Node;

/// <summary>
/// A single-node Neo N3 network on our engine. The dev wallet's key is the whole standby committee and the only validator;
/// genesis is block 0 as Neo writes it (natives initialised, 52M GAS and all NEO to the validators' account) and block 1
/// moves <see cref="DevnetOptions.FundGas"/> to the dev account. Blocks are made on an interval or on demand from a
/// verified memory pool, signed by the validator, persisted by our engine and written to an append-only, fsynced block log
/// before anything else sees them; restarting replays the log. One lock serialises everything.
/// Partial files: Blocks (making and persisting blocks), Genesis (block 0 and funding), Queries (reads, test invocations).
/// </summary>
public sealed partial class DevnetNode : IDisposable
{
    private readonly object _sync = new();
    private readonly SortedStore _store = new();
    private readonly Dictionary<UInt256, string> _logs = [];
    private readonly BlockLog _blockLog;

    private DevnetNode(DevnetOptions options, KeyPair validatorKey)
    {
        Options = options;
        ValidatorKey = validatorKey;
        Settings = new ProtocolSettings
        {
            Network = options.Network,
            AddressVersion = options.AddressVersion,
            MillisecondsPerBlock = options.MillisecondsPerBlock == 0 ? 15_000 : options.MillisecondsPerBlock,
            MaxValidUntilBlockIncrement = options.MaxValidUntilBlockIncrement,
            MaxTraceableBlocks = options.MaxTraceableBlocks,
            StandbyCommittee = [validatorKey.PublicKey],
            ValidatorsCount = 1,
        };
        Pool = new Mempool(options.MemoryPoolMaxTransactions);
        _blockLog = BlockLog.Open(options.ChainFile, options.Network);
        try
        {
            if (_blockLog.Records.Count == 0) CreateChain();
            else Replay();
        }
        catch
        {
            _blockLog.Dispose();
            throw;
        }
    }

    /// <summary>Opens the devnet in <see cref="DevnetOptions.DataDirectory"/>, creating the dev wallet and genesis on first use.</summary>
    public static DevnetNode Open(DevnetOptions options)
    {
        if (options.MillisecondsPerBlock > PolicyContract.MaxMillisecondsPerBlock)
            throw new ArgumentException($"Block time {options.MillisecondsPerBlock} ms is above Neo's maximum {PolicyContract.MaxMillisecondsPerBlock} ms.");
        return new DevnetNode(options, DevWallet.LoadOrCreate(options));
    }

    public DevnetOptions Options { get; }

    public ProtocolSettings Settings { get; }

    public KeyPair ValidatorKey { get; }

    public Mempool Pool { get; }

    public TokenTracker Tracker { get; } = new();

    /// <summary>Bytes of a torn last block record cut off when the chain file was opened (a crash mid-write).</summary>
    public long RecoveredTornBytes => _blockLog.TruncatedBytes;

    /// <summary>Raised (under the node lock) after each block is committed.</summary>
    public event Action<Runtime.Payloads.Block>? BlockPersisted;

    /// <summary>The index of the last persisted block.</summary>
    public uint Height => Read(LedgerContract.CurrentIndex);

    /// <summary>Runs <paramref name="read"/> on a consistent view of the committed state.</summary>
    public T Read<T>(Func<DataCache, T> read)
    {
        lock (_sync) return read(new DataCache(_store));
    }

    private void Replay()
    {
        foreach (var payload in _blockLog.Records)
        {
            var record = BlockRecord.Deserialize(payload);
            foreach (var (key, value) in record.Changes) _store.Apply(key, value);
            foreach (var (hash, json) in record.Logs) _logs[new UInt256(hash)] = json;
            Tracker.Apply(record.Balances, record.Transfers);
        }
    }

    public void Dispose()
    {
        lock (_sync) _blockLog.Dispose();
    }
}
