using System.Numerics;
using System.Security.Cryptography;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Chain.Client;

/// <summary>
/// Reads and writes a Neo N3 network through its JSON-RPC endpoint with the keys of a wallet: read-only calls
/// (invokefunction), and transactions built the way Neo's wallets build them (reference §2.14 deploy flow): test the script
/// with invokescript and the real signers, take gasconsumed as system fee, set ValidUntilBlock from getversion, ask
/// calculatenetworkfee for the network fee, check the sender's GAS, sign magic ‖ hash, sendrawtransaction, and poll
/// getapplicationlog. Every step fails with a specific exception (ChainErrors.cs). The client checks once that the node's
/// network magic is the one it signs for. Sending: ChainClient.Send.cs.
/// </summary>
public sealed partial class ChainClient : IDisposable
{
    private RpcVersion? _version;

    public ChainClient(RpcClient rpc, uint network, KeyRing? keys = null)
    {
        Rpc = rpc ?? throw new ArgumentNullException(nameof(rpc));
        Network = network;
        Keys = keys ?? new KeyRing();
    }

    public RpcClient Rpc { get; }

    /// <summary>The network magic transactions are signed for.</summary>
    public uint Network { get; }

    public KeyRing Keys { get; }

    /// <summary>getversion, checked against <see cref="Network"/> (cached after the first success).</summary>
    public async Task<RpcVersion> EnsureNetworkAsync(CancellationToken ct = default)
    {
        if (_version is not null) return _version;
        var version = await Rpc.GetVersionAsync(ct).ConfigureAwait(false);
        if (version.Network != Network) throw new NetworkMismatchException(Network, version.Network);
        return _version = version;
    }

    /// <summary>A read-only call (invokefunction); a FAULT raises <see cref="InvocationFaultException"/>.</summary>
    public async Task<RpcInvokeResult> CallAsync(UInt160 contract, string method, IReadOnlyList<ContractParameter> args,
        IReadOnlyList<Signer>? signers = null, CancellationToken ct = default)
    {
        var result = await Rpc.InvokeFunctionAsync(contract, method, args, signers, ct).ConfigureAwait(false);
        if (!result.Halted) throw new InvocationFaultException($"Call {contract}.{method}", result.Exception, result.GasConsumed);
        return result;
    }

    public Task<RpcInvokeResult> CallAsync(UInt160 contract, string method, params ContractParameter[] args) => CallAsync(contract, method, args, null);

    /// <summary>The GAS balance (datoshi) of <paramref name="account"/>.</summary>
    public async Task<BigInteger> GasBalanceAsync(UInt160 account, CancellationToken ct = default)
    {
        var result = await CallAsync(NativeContracts.Gas.Hash, "balanceOf", [ContractParameter.Hash160(account)], null, ct).ConfigureAwait(false);
        return result.Stack[0].GetInteger();
    }

    /// <summary>The standard CalledByEntry signer of an account.</summary>
    public static Signer EntrySigner(UInt160 account) => new(account, WitnessScope.CalledByEntry);

    /// <summary>Builds and signs a transaction running <paramref name="script"/>; <paramref name="signers"/>[0] pays.</summary>
    public async Task<Transaction> BuildAsync(ReadOnlyMemory<byte> script, IReadOnlyList<Signer> signers, TransactionOptions? options = null,
        CancellationToken ct = default)
    {
        options ??= TransactionOptions.Default;
        if (signers.Count == 0) throw new ArgumentException("A transaction needs at least one signer (the sender).", nameof(signers));
        var version = await EnsureNetworkAsync(ct).ConfigureAwait(false);
        foreach (var signer in signers)
        {
            if (!Keys.CanSign(signer.Account) && Keys.VerificationScript(signer.Account) is not null)
                throw new InvalidOperationException($"The wallet holds too few keys to witness signer {signer.Account}.");
        }
        long systemFee = options.SystemFee ?? await TestSystemFeeAsync(script, signers, ct).ConfigureAwait(false) + options.SystemFeeMargin;
        uint validUntil = options.ValidUntilBlock
            ?? await Rpc.GetBlockCountAsync(ct).ConfigureAwait(false) - 1 + version.MaxValidUntilBlockIncrement;
        var unsigned = new Transaction
        {
            Nonce = options.Nonce ?? (uint)RandomNumberGenerator.GetInt32(int.MaxValue),
            SystemFee = systemFee,
            ValidUntilBlock = validUntil,
            Signers = signers,
            Attributes = options.Attributes,
            Script = script,
            Witnesses = signers.Select(s => new Witness(ReadOnlyMemory<byte>.Empty, Keys.VerificationScript(s.Account) ?? [])).ToArray(),
        };
        long networkFee = options.NetworkFee ?? await Rpc.CalculateNetworkFeeAsync(unsigned, ct).ConfigureAwait(false) + options.NetworkFeeMargin;
        var balance = await GasBalanceAsync(signers[0].Account, ct).ConfigureAwait(false);
        if (balance < systemFee + networkFee) throw new InsufficientGasException(signers[0].Account, systemFee + networkFee, balance);
        var priced = new Transaction
        {
            Nonce = unsigned.Nonce,
            SystemFee = systemFee,
            NetworkFee = networkFee,
            ValidUntilBlock = validUntil,
            Signers = signers,
            Attributes = options.Attributes,
            Script = script,
        };
        return Keys.Sign(priced, Network);
    }

    private async Task<long> TestSystemFeeAsync(ReadOnlyMemory<byte> script, IReadOnlyList<Signer> signers, CancellationToken ct)
    {
        var test = await Rpc.InvokeScriptAsync(script, signers, ct).ConfigureAwait(false);
        if (!test.Halted) throw new InvocationFaultException("Test invocation", test.Exception, test.GasConsumed);
        return test.GasConsumed;
    }

    public void Dispose() => Rpc.Dispose();
}
