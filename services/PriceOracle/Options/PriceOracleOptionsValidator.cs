using Microsoft.Extensions.Options;
using static Protocol.Services.Hosting.OptionsChecks;
using Protocol.Services.PriceOracle.Sources;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.PriceOracle.Options;

/// <summary>
/// Checks every setting at start-up (ValidateOnStart): the data annotations of each nested options object, then what
/// annotations cannot say (unique source names, absolute URLs, a JSON path per Json source, a feed id per Pyth source, an
/// address per Chainlink source, enough sources for MinSources, the chain settings when submitting). Each failure names
/// its setting as configuration spells it ("PriceOracle:Sources:1:Url"), so a bad config stops the service with a
/// message an operator can act on.
/// </summary>
public sealed class PriceOracleOptionsValidator : IValidateOptions<PriceOracleOptions>
{
    private const string Root = PriceOracleOptions.Section;

    public ValidateOptionsResult Validate(string? name, PriceOracleOptions options)
    {
        var errors = new List<string>();
        Annotations(options.Aggregation, $"{Root}:Aggregation", errors);
        Annotations(options.Submission, $"{Root}:Submission", errors);
        Annotations(options.Chain, $"{Root}:Chain", errors);
        Annotations(options.Storage, $"{Root}:Storage", errors);
        Sources(options, errors);
        if (options.Submission.Enabled) Chain(options.Chain, errors);
        if (string.IsNullOrWhiteSpace(options.Storage.Postgres) && string.IsNullOrWhiteSpace(options.Storage.Sqlite))
            errors.Add($"{Root}:Storage:Sqlite: set a SQLite connection string or {Root}:Storage:Postgres.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Sources(PriceOracleOptions options, List<string> errors)
    {
        var min = options.Aggregation.MinSources;
        if (options.Sources.Count < min)
            errors.Add($"{Root}:Sources: {options.Sources.Count} source(s) configured, fewer than {Root}:Aggregation:MinSources = {min}.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var at = $"{Root}:Sources:{i}";
            Annotations(source, at, errors);
            if (string.IsNullOrWhiteSpace(source.Name)) errors.Add($"{at}:Name: every source needs a name.");
            else if (!names.Add(source.Name)) errors.Add($"{at}:Name: '{source.Name}' is used by another source.");
            if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                errors.Add($"{at}:Url: '{source.Url}' is not an absolute http(s) URL.");
            switch (source.Kind)
            {
                case SourceKind.Json:
                    Path(source.PricePath, $"{at}:PricePath", required: true, errors);
                    Path(source.TimestampPath, $"{at}:TimestampPath", required: false, errors);
                    Path(source.ConfidencePath, $"{at}:ConfidencePath", required: false, errors);
                    break;
                case SourceKind.PythHermes:
                    if (!PythHermesSource.IsFeedId(source.FeedId))
                        errors.Add($"{at}:FeedId: '{source.FeedId}' is not a Pyth feed id (64 hex digits).");
                    break;
                case SourceKind.ChainlinkAggregator:
                    if (source.Address is not { Length: 42 } address || !address.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                        || !address[2..].All(Uri.IsHexDigit))
                        errors.Add($"{at}:Address: '{source.Address}' is not an Ethereum address (0x + 40 hex digits).");
                    break;
            }
        }
    }

    private static void Chain(ChainOptions chain, List<string> errors)
    {
        const string at = $"{Root}:Chain";
        if (!Uri.TryCreate(chain.RpcUrl, UriKind.Absolute, out _)) errors.Add($"{at}:RpcUrl: '{chain.RpcUrl}' is not an absolute URL.");
        if (chain.Network == 0) errors.Add($"{at}:Network: set the network magic (mainnet 860833102, testnet 894710606).");
        if (!UInt160.TryParse(chain.PriceFeed, out _)) errors.Add($"{at}:PriceFeed: '{chain.PriceFeed}' is not a contract hash (0x + 40 hex digits).");
        if (string.IsNullOrWhiteSpace(chain.WalletPath)) errors.Add($"{at}:WalletPath: set the NEP-6 wallet holding the oracle key.");
        else if (!File.Exists(chain.WalletPath)) errors.Add($"{at}:WalletPath: '{chain.WalletPath}' does not exist.");
        if (chain.Account is { } account && !UInt160.TryParse(account, out _) && !IsAddress(account, (byte)chain.AddressVersion))
            errors.Add($"{at}:Account: '{account}' is neither an address nor a 0x-hash.");
    }

    private static void Path(string? path, string at, bool required, List<string> errors)
    {
        if (path is null)
        {
            if (required) errors.Add($"{at}: a Json source needs the path of its price.");
            return;
        }
        if (!JsonPath.TryParse(path, out _, out var error)) errors.Add($"{at}: '{path}' {error}.");
    }
}
