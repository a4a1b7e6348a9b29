using Microsoft.Extensions.Options;
using static Protocol.Services.Hosting.OptionsChecks;
using Protocol.Services.Coverage.Reports;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.CoverageOracle.Options;

/// <summary>
/// Checks every setting at start-up (ValidateOnStart): the data annotations of each nested object, then what annotations
/// cannot say (the chain settings after the deployment record fills them, the wallet file, peers, quorum, denylist keys,
/// storage). Each failure names its setting as configuration spells it ("CoverageOracle:Rewards:Peers:0:Url").
/// </summary>
public sealed class CoverageOracleOptionsValidator : IValidateOptions<CoverageOracleOptions>
{
    private const string Root = CoverageOracleOptions.Section;

    public ValidateOptionsResult Validate(string? name, CoverageOracleOptions o)
    {
        var errors = new List<string>();
        Annotations(o, Root, errors);
        Annotations(o.Chain, $"{Root}:Chain", errors);
        Annotations(o.Ingest, $"{Root}:Ingest", errors);
        Annotations(o.Verification, $"{Root}:Verification", errors);
        Annotations(o.Rewards, $"{Root}:Rewards", errors);
        Chain(o.Chain, errors);
        Rewards(o.Rewards, errors);
        for (int i = 0; i < o.Verification.Denylist.Count; i++)
            if (!IsKey(o.Verification.Denylist[i]))
                errors.Add($"{Root}:Verification:Denylist:{i}: '{o.Verification.Denylist[i]}' is not a compressed secp256r1 key (66 hex digits).");
        if (string.IsNullOrWhiteSpace(o.Storage.Postgres) && string.IsNullOrWhiteSpace(o.Storage.Sqlite))
            errors.Add($"{Root}:Storage:Sqlite: set a SQLite connection string or {Root}:Storage:Postgres.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Chain(CoverageChainOptions chain, List<string> errors)
    {
        const string at = $"{Root}:Chain";
        if (chain.DeploymentPath is { Length: > 0 } path && !File.Exists(path))
        {
            errors.Add($"{at}:DeploymentPath: '{path}' does not exist.");
            return;
        }
        ResolvedChain resolved;
        try
        {
            resolved = ResolvedChain.From(chain);
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            errors.Add($"{at}:DeploymentPath: '{chain.DeploymentPath}' is not a deployment record: {ex.Message}");
            return;
        }
        if (!Uri.TryCreate(resolved.RpcUrl, UriKind.Absolute, out _)) errors.Add($"{at}:RpcUrl: '{resolved.RpcUrl}' is not an absolute URL.");
        if (resolved.Network == 0) errors.Add($"{at}:Network: set the network magic (mainnet 860833102, testnet 894710606).");
        foreach (var (name, value) in new[] { ("HotspotRegistry", resolved.HotspotRegistry), ("Rewards", resolved.Rewards), ("Dao", resolved.Dao) })
            if (!UInt160.TryParse(value, out _)) errors.Add($"{at}:{name}: '{value}' is not a contract hash (0x + 40 hex digits).");
        if (string.IsNullOrWhiteSpace(chain.WalletPath)) errors.Add($"{at}:WalletPath: set the NEP-6 wallet holding this instance's key.");
        else if (!File.Exists(chain.WalletPath)) errors.Add($"{at}:WalletPath: '{chain.WalletPath}' does not exist.");
        if (chain.Account is { Length: > 0 } account && !UInt160.TryParse(account, out _) && !IsAddress(account, (byte)chain.AddressVersion))
            errors.Add($"{at}:Account: '{account}' is neither an address nor a 0x-hash.");
    }

    private static void Rewards(RewardOptions rewards, List<string> errors)
    {
        const string at = $"{Root}:Rewards";
        var indices = new HashSet<int>();
        if (rewards.OracleIndex >= 0) indices.Add(rewards.OracleIndex);
        for (int i = 0; i < rewards.Peers.Count; i++)
        {
            var peer = rewards.Peers[i];
            Annotations(peer, $"{at}:Peers:{i}", errors);
            if (!Uri.TryCreate(peer.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                errors.Add($"{at}:Peers:{i}:Url: '{peer.Url}' is not an absolute http(s) URL.");
            if (!indices.Add(peer.Index)) errors.Add($"{at}:Peers:{i}:Index: oracle index {peer.Index} is used twice (peers and OracleIndex must differ).");
        }
        if (rewards.OracleIndex >= 0 && rewards.Quorum > indices.Count)
            errors.Add($"{at}:Quorum: {rewards.Quorum} signatures needed but only {indices.Count} oracle instance(s) are known (this one and its peers).");
    }

    private static bool IsKey(string hex)
    {
        try
        {
            HotspotKey.Parse(hex);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
