using System.Text.Json;

namespace Protocol.Services.Gateway.Transactions;

/// <summary>
/// Who signs: the account (Neo address or 0x-hash; it pays the fees and is the only signer, scope CalledByEntry) and
/// how its witness verifies, for the network fee: the public key of a standard single-signature account, or the
/// verification script (base64) of any other. The account may be left out when the public key is given.
/// </summary>
public class SignerRequest
{
    public string? Account { get; init; }

    public string? PublicKey { get; init; }

    public string? VerificationScript { get; init; }
}

/// <summary>Buy DC by burning HNT: either <see cref="Hnt"/> (bones; the DC follow at the conservative price) or exactly <see cref="Dc"/>.</summary>
public sealed class BuyDcRequest : SignerRequest
{
    public string? Hnt { get; init; }

    public string? Dc { get; init; }

    /// <summary>Who receives the DC (default the account).</summary>
    public string? Recipient { get; init; }
}

public sealed class DelegateDcRequest : SignerRequest
{
    /// <summary>SubDAO id or symbol.</summary>
    public string? SubDao { get; init; }

    /// <summary>The router key (text, hashed with SHA-256 by the contract).</summary>
    public string? RouterKey { get; init; }

    public string? Dc { get; init; }
}

public sealed class LockRequest : SignerRequest
{
    public string? Hnt { get; init; }

    /// <summary>1 … 1,460.</summary>
    public long? Days { get; init; }

    /// <summary>"cliff" (default) or "constant".</summary>
    public string? Kind { get; init; }
}

/// <summary>A request about one veHNT position (hex id, 16 digits).</summary>
public class PositionRequest : SignerRequest
{
    public string? PositionId { get; init; }
}

public sealed class ExtendRequest : PositionRequest
{
    public long? Days { get; init; }
}

public sealed class DelegatePositionRequest : PositionRequest
{
    public string? SubDao { get; init; }
}

public sealed class ClaimDelegationRequest : PositionRequest
{
    public long? Epoch { get; init; }
}

public sealed class ProposeRequest : SignerRequest
{
    public long? Organisation { get; init; }

    public string? Title { get; init; }

    public string? Uri { get; init; }

    public List<ChoiceRequest>? Choices { get; init; }

    /// <summary>The proposer's positions whose voting power meets the organisation's threshold.</summary>
    public List<string>? Positions { get; init; }
}

public sealed class ChoiceRequest
{
    public string? Label { get; init; }

    public List<PayloadCallRequest>? Payload { get; init; }
}

public sealed class PayloadCallRequest
{
    /// <summary>A deployment-record name ("PriceFeed") or a 0x-hash.</summary>
    public string? Contract { get; init; }

    public string? Method { get; init; }

    /// <summary>Neo contract parameters in their JSON form ({"type": "Integer", "value": "600000"}).</summary>
    public List<JsonElement>? Args { get; init; }
}

public sealed class VoteRequest : PositionRequest
{
    public string? ProposalId { get; init; }

    public long? Choice { get; init; }
}

public sealed class RelinquishRequest : PositionRequest
{
    public string? ProposalId { get; init; }
}

public sealed class ExecuteRequest : SignerRequest
{
    public string? ProposalId { get; init; }
}

public sealed class RedeemRequest : SignerRequest
{
    public string? SubDao { get; init; }

    public string? Dnt { get; init; }

    /// <summary>The least HNT (bones) the redemption may pay; default the quote less <see cref="SlippageBps"/>.</summary>
    public string? MinHnt { get; init; }

    /// <summary>0 … 10,000 (default 100 = 1%).</summary>
    public long? SlippageBps { get; init; }
}

public sealed class ClaimRewardsRequest : SignerRequest
{
    public string? TokenId { get; init; }

    public string? Cumulative { get; init; }

    public long? LeafIndex { get; init; }

    /// <summary>Sibling hashes from the leaf up (hex, 32 bytes each).</summary>
    public List<string>? Proof { get; init; }
}

/// <summary>A signed transaction to relay.</summary>
public sealed class RelayRequest
{
    /// <summary>The signed transaction's bytes, base64.</summary>
    public string? Transaction { get; init; }
}
