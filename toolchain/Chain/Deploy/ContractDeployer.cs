using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Chain.Deploy;

/// <summary>A deployed contract: its name, hash, the deploying transaction (null when it was already there) and its fees.</summary>
public sealed record DeployedContract(string Name, UInt160 Hash, UInt256? TxHash, long SystemFee, long NetworkFee)
{
    public bool AlreadyDeployed => TxHash is null;
}

/// <summary>
/// Deploys NEF + manifest pairs through ContractManagement.deploy(nef, manifest[, data]) from a sender (reference §2.4 and
/// the §2.14 deploy flow). The hash is known before sending — Hash160(ABORT ‖ sender ‖ NEF checksum ‖ name) — so deploying
/// is idempotent: a contract already at that hash is reported, not deployed again, which lets a multi-contract deploy be
/// re-run after a failure. The Deploy(hash) notification of the persisted transaction is checked against the expected hash.
/// </summary>
public sealed class ContractDeployer(ChainClient client)
{
    public ChainClient Client { get; } = client;

    /// <summary>The hash <paramref name="artifact"/> gets when <paramref name="sender"/> deploys it.</summary>
    public static UInt160 ExpectedHash(ContractArtifact artifact, UInt160 sender) => ContractHash.Compute(sender, artifact.Nef.CheckSum, artifact.Name);

    /// <summary>The deploy script: ContractManagement.deploy(nef, manifest) or deploy(nef, manifest, data) with CallFlags.All.</summary>
    public static byte[] DeployScript(ContractArtifact artifact, ContractParameter? data)
    {
        ContractParameter[] args = data is null
            ? [ContractParameter.ByteArray(artifact.NefBytes), ContractParameter.ByteArray(artifact.ManifestBytes)]
            : [ContractParameter.ByteArray(artifact.NefBytes), ContractParameter.ByteArray(artifact.ManifestBytes), data];
        return ScriptFactory.DynamicCall(NativeContracts.ContractManagement.Hash, "deploy", CallFlags.All, args);
    }

    public async Task<DeployedContract> DeployAsync(ContractArtifact artifact, UInt160 sender, ContractParameter? data = null,
        TransactionOptions? options = null, CancellationToken ct = default)
    {
        var hash = ExpectedHash(artifact, sender);
        if (await ExistsAsync(hash, ct).ConfigureAwait(false))
            return new DeployedContract(artifact.Name, hash, null, 0, 0);
        var receipt = await Client.ExecuteAsync(DeployScript(artifact, data), [ChainClient.EntrySigner(sender)], options, ct).ConfigureAwait(false);
        var deployed = receipt.Execution.Notifications.FirstOrDefault(n =>
            n.EventName == "Deploy" && n.Contract == NativeContracts.ContractManagement.Hash);
        if (deployed is null)
            throw new InvalidOperationException($"Deploying {artifact.Name} (tx {receipt.TxHash}) raised no Deploy notification.");
        var reported = new UInt160(((Vm.Types.Array)deployed.State)[0].GetSpan());
        if (reported != hash)
            throw new InvalidOperationException($"Deploying {artifact.Name} created {reported}, not the expected {hash}.");
        return new DeployedContract(artifact.Name, hash, receipt.TxHash, receipt.SystemFee, receipt.NetworkFee);
    }

    private async Task<bool> ExistsAsync(UInt160 hash, CancellationToken ct)
    {
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
}
