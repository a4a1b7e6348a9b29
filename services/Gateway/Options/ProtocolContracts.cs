using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.Gateway.Options;

/// <summary>
/// The protocol's contract hashes by deployment-record name: the record file's, then the explicit
/// Gateway:Contracts:Hashes over them. The core contracts are required; HotspotRegistry and Rewards are optional (their
/// endpoints answer 404 while they are not configured). SubDAO tokens and treasuries are read from the Dao's registry.
/// </summary>
public sealed class ProtocolContracts
{
    public static readonly IReadOnlyList<string> Required = ["PriceFeed", "Hnt", "DataCredits", "Dao", "VoteEscrow", "Governance"];

    private readonly IReadOnlyDictionary<string, UInt160> _hashes;

    private ProtocolContracts(IReadOnlyDictionary<string, UInt160> hashes) => _hashes = hashes;

    public UInt160 PriceFeed => _hashes["PriceFeed"];

    public UInt160 Hnt => _hashes["Hnt"];

    public UInt160 DataCredits => _hashes["DataCredits"];

    public UInt160 Dao => _hashes["Dao"];

    public UInt160 VoteEscrow => _hashes["VoteEscrow"];

    public UInt160 Governance => _hashes["Governance"];

    public UInt160? HotspotRegistry => _hashes.GetValueOrDefault("HotspotRegistry");

    public UInt160? Rewards => _hashes.GetValueOrDefault("Rewards");

    public IReadOnlyDictionary<string, UInt160> All => _hashes;

    /// <summary>A record name or a 0x-hash, as a contract hash (payload targets of proposals name contracts either way).</summary>
    public UInt160? Resolve(string nameOrHash) =>
        _hashes.TryGetValue(nameOrHash, out var hash) ? hash : UInt160.TryParse(nameOrHash, out var parsed) ? parsed : null;

    /// <summary>The record name of a hash, if it is one of ours.</summary>
    public string? NameOf(UInt160 hash) => _hashes.FirstOrDefault(p => p.Value == hash).Key;

    /// <summary>Resolves the options; each problem is added to <paramref name="errors"/> naming its setting.</summary>
    public static ProtocolContracts? TryCreate(ContractsOptions options, List<string> errors)
    {
        const string at = $"{GatewayOptions.Section}:Contracts";
        var hashes = new Dictionary<string, UInt160>(StringComparer.Ordinal);
        int before = errors.Count;
        if (!string.IsNullOrWhiteSpace(options.DeploymentRecord))
        {
            if (!File.Exists(options.DeploymentRecord))
                errors.Add($"{at}:DeploymentRecord: '{options.DeploymentRecord}' does not exist.");
            else
            {
                try
                {
                    foreach (var (name, (hash, _)) in DeploymentRecord.Load(options.DeploymentRecord).Contracts) hashes[name] = hash;
                }
                catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidDataException or KeyNotFoundException)
                {
                    errors.Add($"{at}:DeploymentRecord: '{options.DeploymentRecord}' is not a deployment record: {ex.Message}");
                }
            }
        }
        foreach (var (name, text) in options.Hashes)
        {
            if (UInt160.TryParse(text, out var hash) && hash is not null) hashes[name] = hash;
            else errors.Add($"{at}:Hashes:{name}: '{text}' is not a contract hash (0x + 40 hex digits).");
        }
        var missing = Required.Where(n => !hashes.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            errors.Add($"{at}: no hash for {string.Join(", ", missing)}; set {at}:DeploymentRecord or {at}:Hashes:<name>.");
        return errors.Count == before ? new ProtocolContracts(hashes) : null;
    }
}
