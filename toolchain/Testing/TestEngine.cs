using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Testing;

/// <summary>
/// An in-memory Neo N3 chain for contract tests: every call runs as a transaction from <see cref="Signers"/> in the
/// current block and commits its storage on HALT; a FAULT throws <see cref="TestFaultException"/> and keeps nothing.
/// The fee and notifications of the last call are kept, deploy-time ones included. Calls are not put into blocks;
/// advancing (TestEngine.Blocks.cs) persists the current block for real, so the Ledger and NEO's rewards move on.
/// </summary>
public sealed partial class TestEngine
{
    private MemoryStore _store = new();

    public TestEngine(ProtocolSettings? settings = null, FeeSettings? fees = null)
    {
        Settings = settings ?? ProtocolSettings.Default;
        Fees = fees;
        Signers = [new Signer(DefaultSender, WitnessScope.CalledByEntry)];
        var genesis = new DataCache(_store);
        Runtime.Native.Genesis.Initialize(genesis, Settings);
        genesis.Commit();
    }

    /// <summary>The default first signer (pays fees, deploys contracts).</summary>
    public static readonly UInt160 DefaultSender = UInt160.Parse("0x0000000000000000000000000000000000000001");

    public ProtocolSettings Settings { get; }

    /// <summary>
    /// Fee parameters forced on every call; null (the default) lets each call read them from Policy's storage, so
    /// committee changes (setExecFeeFactor, setStoragePrice, setFeePerByte) take effect from the next call, as on a chain.
    /// </summary>
    public FeeSettings? Fees { get; set; }

    /// <summary>Transaction signers; the first is the sender. Witnesses are trusted (no signatures needed).</summary>
    public IReadOnlyList<Signer> Signers { get; set; }

    public UInt160 Sender => Signers[0].Account;

    /// <summary>Gas limit of each call, in datoshi (20 GAS, as Neo's TestEngine and RPC test invocations).</summary>
    public long GasLimit { get; set; } = ApplicationEngine.TestModeGas;

    /// <summary>Height of the block calls run in (Neo's TestEngine runs everything in block 1).</summary>
    public uint BlockIndex { get; private set; } = 1;

    /// <summary>Timestamp (ms) of the block calls run in: Neo's genesis time 1468595301000 plus one 15 s block.</summary>
    public ulong Timestamp { get; private set; } = 1_468_595_316_000;

    /// <summary>Nonce of the block calls run in (Neo's genesis nonce).</summary>
    public ulong BlockNonce { get; set; } = 2_083_236_893;

    public long LastFeeConsumed { get; private set; }

    public IReadOnlyList<NotifyEventArgs> LastNotifications { get; private set; } = [];

    public IReadOnlyList<string> LastLogs { get; private set; } = [];

    /// <summary>
    /// Raised for each notification of a call that HALTed, in order, once its state is committed (typed proxies raise
    /// their C# events from it). A FAULTed call raises nothing: its transaction never happened.
    /// </summary>
    public event Action<NotifyEventArgs>? Notified;

    /// <summary>Calls a method and converts its result.</summary>
    public T Call<T>(UInt160 contract, string method, params object?[] args) =>
        StackItemConverter.FromStackItem<T>(Execute(CallScript(contract, method, args)));

    /// <summary>Calls a method and ignores its result.</summary>
    public void Invoke(UInt160 contract, string method, params object?[] args) => Execute(CallScript(contract, method, args));

    private static byte[] CallScript(UInt160 contract, string method, object?[] args) =>
        CallScripts.DynamicCall(contract, method, CallFlags.All, args.Select(StackItemConverter.ToStackItem).ToList());

    /// <summary>Runs a script as a transaction; returns its top result (Null if none).</summary>
    public StackItem Execute(byte[] script)
    {
        var snapshot = new DataCache(_store);
        var tx = new Transaction { Nonce = 0x01020304, NetworkFee = ApplicationEngine.TestModeGas, Signers = Signers, Script = script };
        var engine = new ApplicationEngine(TriggerType.Application, tx, snapshot, Settings, GasLimit, Fees,
            new BlockInfo(BlockIndex, Timestamp, BlockNonce));
        ObserveCoverage(engine);
        var logs = new List<string>();
        engine.Log += log => logs.Add(log.Message);
        engine.LoadScript(new Script(script));
        var state = engine.Execute();
        LastFeeConsumed = engine.FeeConsumed;
        LastNotifications = [.. engine.Notifications];
        LastLogs = logs;
        if (state != VMState.HALT)
            throw new TestFaultException(engine.FaultException?.Message ?? "FAULT", engine.FaultException, engine.FeeConsumed);
        snapshot.Commit();
        var result = engine.ResultStack.Count > 0 ? engine.ResultStack[0] : StackItem.Null;
        if (Notified is { } notified)
        {
            foreach (var notification in LastNotifications) notified(notification);
        }
        return result;
    }

    /// <summary>A restorable copy of the chain state.</summary>
    public object Checkpoint() => _store.Clone();

    public void Restore(object checkpoint) => _store = ((MemoryStore)checkpoint).Clone();

    /// <summary>The committed state (read it with ContractManagement, PolicyContract, …).</summary>
    public IStoreView State => _store;
}
