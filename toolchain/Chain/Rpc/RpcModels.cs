using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Chain.Rpc;

/// <summary>getversion: the node and the protocol settings that matter to clients.</summary>
public sealed record RpcVersion(
    int TcpPort,
    uint Nonce,
    string UserAgent,
    uint Network,
    byte AddressVersion,
    int ValidatorsCount,
    uint MillisecondsPerBlock,
    uint MaxTraceableBlocks,
    uint MaxValidUntilBlockIncrement,
    int MaxTransactionsPerBlock,
    int MemoryPoolMaxTransactions,
    long InitialGasDistribution,
    IReadOnlyDictionary<string, uint> Hardforks,
    IReadOnlyList<string> StandbyCommittee,
    bool SessionEnabled,
    int MaxIteratorResultItems);

/// <summary>A notification in an invocation result or application log.</summary>
public sealed record RpcNotification(UInt160 Contract, string EventName, StackItem State);

/// <summary>invokefunction / invokescript: script, VM state, datoshi consumed, fault reason, notifications and result stack.</summary>
public sealed record RpcInvokeResult(
    byte[] Script,
    string State,
    long GasConsumed,
    string? Exception,
    IReadOnlyList<RpcNotification> Notifications,
    IReadOnlyList<StackItem> Stack,
    string? Session)
{
    public bool Halted => State == "HALT";
}

/// <summary>One execution of a getapplicationlog answer.</summary>
public sealed record RpcExecution(
    string Trigger,
    string VmState,
    string? Exception,
    long GasConsumed,
    IReadOnlyList<StackItem> Stack,
    IReadOnlyList<RpcNotification> Notifications);

/// <summary>getapplicationlog: the executions of a transaction (TxId set) or of a block (BlockHash set).</summary>
public sealed record RpcApplicationLog(UInt256? TxId, UInt256? BlockHash, IReadOnlyList<RpcExecution> Executions);

public sealed record RpcNep17Balance(UInt160 AssetHash, string Name, string Symbol, int Decimals, BigInteger Amount, uint LastUpdatedBlock);

/// <summary>getnep17balances: the tracked NEP-17 balances of an address.</summary>
public sealed record RpcNep17Balances(string Address, IReadOnlyList<RpcNep17Balance> Balances);

public sealed record RpcNep17Transfer(ulong Timestamp, UInt160 AssetHash, string? TransferAddress, BigInteger Amount, uint BlockIndex,
    uint TransferNotifyIndex, UInt256 TxHash);

/// <summary>getnep17transfers: transfers sent and received by an address in a time window.</summary>
public sealed record RpcNep17Transfers(string Address, IReadOnlyList<RpcNep17Transfer> Sent, IReadOnlyList<RpcNep17Transfer> Received);

/// <summary>findstorage: a page of entries (key and value bytes), whether more follow, and the start of the next page.</summary>
public sealed record RpcFoundStorage(bool Truncated, int Next, IReadOnlyList<(byte[] Key, byte[] Value)> Results);

/// <summary>getrawtransaction verbose: the transaction and, once in a block, where.</summary>
public sealed record RpcTransaction(Runtime.Payloads.Transaction Transaction, UInt256? BlockHash, uint? Confirmations, ulong? BlockTime);
