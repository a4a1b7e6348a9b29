using System.Numerics;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm.Types;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Scripts.Story;

/// <summary>The deployed protocol seen through JSON-RPC: signed invocations by one account, and read-only calls.</summary>
public sealed class ProtocolCalls(ChainClient client, UInt160 account, IReadOnlyDictionary<string, UInt160> contracts)
{
    public ChainClient Client { get; } = client;

    public UInt160 Account { get; } = account;

    public IReadOnlyDictionary<string, UInt160> Contracts { get; } = contracts;

    /// <summary>Sends a transaction signed by <see cref="Account"/> and waits for its block; FAULTs throw with Neo's reason.</summary>
    public async Task<InvokeReceipt> InvokeAsync(string contract, string method, object?[] args, CancellationToken ct = default) =>
        await Client.InvokeAsync(Contracts[contract], method, args.Select(ContractParameter.From).ToArray(), [ChainClient.EntrySigner(Account)], null, ct);

    public async Task<StackItem> CallAsync(string contract, string method, params object?[] args)
    {
        var result = await Client.CallAsync(Contracts[contract], method, args.Select(ContractParameter.From).ToArray(), null);
        return result.Stack[0];
    }

    public async Task<BigInteger> IntegerAsync(string contract, string method, params object?[] args) => (await CallAsync(contract, method, args)).GetInteger();

    public async Task<IReadOnlyList<BigInteger>> IntegersAsync(string contract, string method, params object?[] args) =>
        ((VmArray)await CallAsync(contract, method, args)).Select(i => i.IsNull ? BigInteger.Zero : i.GetInteger()).ToList();

    public Task<BigInteger> BalanceAsync(string token, UInt160 owner) => IntegerAsync(token, "balanceOf", owner);
}
