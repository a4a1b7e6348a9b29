namespace Protocol.Toolchain.Devnet.Rpc;

/// <summary>
/// An RPC error as neo-node answers it (plugins/RpcServer/RpcError.cs): {"code", "message"[, "data"]} where the message is
/// "Message - Data" when data is set.
/// </summary>
public sealed record RpcError(int Code, string Message, string Data = "")
{
    public static readonly RpcError InvalidRequest = new(-32600, "Invalid request");
    public static readonly RpcError MethodNotFound = new(-32601, "Method not found");
    public static readonly RpcError InvalidParams = new(-32602, "Invalid params");
    public static readonly RpcError InternalServerError = new(-32603, "Internal server RpcError");
    public static readonly RpcError BadRequest = new(-32700, "Bad request");
    public static readonly RpcError UnknownBlock = new(-101, "Unknown block");
    public static readonly RpcError UnknownContract = new(-102, "Unknown contract");
    public static readonly RpcError UnknownTransaction = new(-103, "Unknown transaction");
    public static readonly RpcError UnknownStorageItem = new(-104, "Unknown storage item");
    public static readonly RpcError UnknownHeight = new(-109, "Unknown height");
    public static readonly RpcError VerificationFailed = new(-500, "Inventory verification failed");
    public static readonly RpcError AlreadyExists = new(-501, "Inventory already exists");
    public static readonly RpcError MempoolCapReached = new(-502, "Memory pool capacity reached");
    public static readonly RpcError AlreadyInPool = new(-503, "Already in pool");
    public static readonly RpcError PolicyFailed = new(-505, "Policy check failed");
    public static readonly RpcError InvalidScript = new(-506, "Invalid transaction script");
    public static readonly RpcError InvalidAttribute = new(-507, "Invalid transaction attribute");
    public static readonly RpcError InvalidSignature = new(-508, "Invalid signature");
    public static readonly RpcError InvalidSize = new(-509, "Invalid inventory size");
    public static readonly RpcError ExpiredTransaction = new(-510, "Expired transaction");
    public static readonly RpcError InsufficientFunds = new(-511, "Insufficient funds for fee");
    public static readonly RpcError SessionsDisabled = new(-601, "State iterator sessions disabled");

    public RpcError WithData(string data) => this with { Data = data };

    public string ErrorMessage => Data.Length == 0 ? Message : $"{Message} - {Data}";
}

/// <summary>Raised by a method to answer with <see cref="Error"/>.</summary>
public sealed class RpcServerException(RpcError error) : Exception(error.ErrorMessage)
{
    public RpcError Error { get; } = error;
}
