using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Scripts.Deployment;

/// <summary>
/// Deploys the protocol to a Neo N3 network over JSON-RPC: the <see cref="IProtocolHost"/> of the CLI's deploy and of the
/// services' devnet tests. Each contract goes through <see cref="ContractDeployer"/> (test invocation for the system fee,
/// calculatenetworkfee, GAS check, sign, send, wait for the block, and the Deploy notification checked against the
/// expected hash), so a FAULT, a refusal or a timeout stops the plan with Neo's reason and a re-run resumes where it stopped.
/// The client's wallet must hold the deployer's key; the node's network magic is checked before anything is signed.
/// </summary>
public sealed class ChainProtocolHost : IProtocolHost
{
    private readonly ContractDeployer _deployer;
    private readonly List<DeployedContract> _deployed = [];

    /// <param name="client">A client whose wallet can witness <paramref name="sender"/>.</param>
    /// <param name="sender">The deploying account: it pays, and contract hashes depend on it.</param>
    /// <param name="options">Transaction settings for every deploy (fee margins, the wait for a block).</param>
    public ChainProtocolHost(ChainClient client, UInt160 sender, TransactionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(sender);
        if (!client.Keys.CanSign(sender))
            throw new ArgumentException($"The wallet holds no key that can witness the deployer {sender}.", nameof(sender));
        Client = client;
        Sender = sender;
        Options = options ?? TransactionOptions.Default;
        _deployer = new ContractDeployer(client);
    }

    public ChainClient Client { get; }

    public UInt160 Sender { get; }

    public TransactionOptions Options { get; }

    /// <summary>The contracts this host deployed (not those it found already there), in order.</summary>
    public IReadOnlyList<DeployedContract> Deployed => _deployed;

    /// <summary>Raised after each contract is in a block (for progress output).</summary>
    public event Action<DeployedContract>? ContractDeployed;

    public async Task<bool> ExistsAsync(UInt160 hash, CancellationToken ct = default)
    {
        await Client.EnsureNetworkAsync(ct).ConfigureAwait(false);
        try
        {
            await Client.Rpc.GetContractStateAsync(hash, ct).ConfigureAwait(false);
            return true;
        }
        catch (RpcException ex) when (ex.Code == RpcErrorCode.UnknownContract)
        {
            return false;
        }
    }

    public async Task<UInt160> DeployAsync(ContractArtifact artifact, object? data, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ContractParameter? parameter;
        try
        {
            parameter = data is null ? null : ContractParameter.From(data);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"The _deploy data of {artifact.Name} cannot be sent: {ex.Message}", nameof(data), ex);
        }
        var deployed = await _deployer.DeployAsync(artifact, Sender, parameter, Options, ct).ConfigureAwait(false);
        if (!deployed.AlreadyDeployed)
        {
            _deployed.Add(deployed);
            ContractDeployed?.Invoke(deployed);
        }
        return deployed.Hash;
    }

    /// <summary>
    /// The deployment record of a finished plan: every contract of <paramref name="hashes"/> (what ProtocolDeployer
    /// returned) with the transaction that deployed it when this host did.
    /// </summary>
    public DeploymentRecord ToRecord(IReadOnlyDictionary<string, UInt160> hashes)
    {
        var record = new DeploymentRecord { Network = Client.Network, Rpc = Client.Rpc.Endpoint.ToString() };
        foreach (var (name, hash) in hashes)
        {
            var tx = _deployed.FirstOrDefault(d => d.Hash == hash);
            record.Add(new DeployedContract(name, hash, tx?.TxHash, tx?.SystemFee ?? 0, tx?.NetworkFee ?? 0));
        }
        return record;
    }
}
