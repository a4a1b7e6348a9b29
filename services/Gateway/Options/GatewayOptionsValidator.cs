using Microsoft.Extensions.Options;
using static Protocol.Services.Hosting.OptionsChecks;

namespace Protocol.Services.Gateway.Options;

/// <summary>
/// Checks every setting at start-up (ValidateOnStart): the data annotations of each nested options object, an absolute
/// http(s) RPC URL, a network magic, and contract hashes that resolve (<see cref="ProtocolContracts"/>). Each failure
/// names its setting as configuration spells it ("Gateway:Chain:RpcUrl: …"), so a bad configuration stops the gateway
/// with exit code 2 and a line an operator can act on.
/// </summary>
public sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    private const string Root = GatewayOptions.Section;

    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var errors = new List<string>();
        Annotations(options.Chain, $"{Root}:Chain", errors);
        Annotations(options.RateLimit, $"{Root}:RateLimit", errors);
        Annotations(options.Transactions, $"{Root}:Transactions", errors);
        Annotations(options.Reads, $"{Root}:Reads", errors);
        if (!Uri.TryCreate(options.Chain.RpcUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            errors.Add($"{Root}:Chain:RpcUrl: '{options.Chain.RpcUrl}' is not an absolute http(s) URL.");
        if (options.Chain.Network == 0)
            errors.Add($"{Root}:Chain:Network: set the network magic (mainnet 860833102, testnet 894710606, the devnet's 1314276676).");
        ProtocolContracts.TryCreate(options.Contracts, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
