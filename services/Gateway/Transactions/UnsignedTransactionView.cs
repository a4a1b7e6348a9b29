using System.Text.Json.Nodes;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Reads;

namespace Protocol.Services.Gateway.Transactions;

/// <summary>
/// A ready-to-sign Neo N3 transaction. <see cref="Transaction"/> is the transaction's bytes with no witnesses (base64);
/// <see cref="SignData"/> is what the account signs (network magic, u32 little-endian, then the 32-byte hash), so a
/// wallet (neon-js, NeoLine) signs it, adds the witness and sends it to POST /v1/transactions. Fees are datoshi
/// (1 GAS = 10^8): the system fee is what the test invocation consumed (plus the configured margin), the network fee
/// what the node computes for the account's witness.
/// </summary>
public sealed record UnsignedTransactionView(string Kind, string Hash, string Transaction, string SignData, uint Network, AccountView Sender,
    IReadOnlyList<SignerView> Signers, string Script, TokenAmount SystemFee, TokenAmount NetworkFee, TokenAmount TotalFee, uint ValidUntilBlock,
    uint Nonce, TestInvocationView TestInvocation);

public sealed record SignerView(string Account, string Scopes);

/// <summary>The test invocation: VM state, GAS consumed, the result stack (Neo's JSON form) and the events it would raise.</summary>
public sealed record TestInvocationView(string State, TokenAmount GasConsumed, IReadOnlyList<JsonNode?> Stack, IReadOnlyList<NotificationView> Notifications);

/// <summary>An event: the contract (with its record name when it is a protocol contract), its name and its state (JSON stack item).</summary>
public sealed record NotificationView(string Contract, string? ContractName, string EventName, JsonNode? State);
