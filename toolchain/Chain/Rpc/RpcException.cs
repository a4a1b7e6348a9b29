namespace Protocol.Toolchain.Chain.Rpc;

/// <summary>
/// A JSON-RPC error answered by a Neo node: {"code", "message"[, "data"]}. Neo's message already ends with " - data" when
/// data is set (RpcError.ErrorMessage); <see cref="RpcErrorCode"/> names the codes.
/// </summary>
public class RpcException(int code, string message, string? data = null)
    : Exception($"RPC error {code}: {message}")
{
    public int Code { get; } = code;

    public string RpcMessage { get; } = message;

    public string? ErrorData { get; } = data;
}

/// <summary>Neo's RPC error codes (neo-node plugins/RpcServer/RpcError.cs).</summary>
public static class RpcErrorCode
{
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalServerError = -32603;
    public const int BadRequest = -32700;

    public const int UnknownBlock = -101;
    public const int UnknownContract = -102;
    public const int UnknownTransaction = -103;
    public const int UnknownStorageItem = -104;
    public const int UnknownScriptContainer = -105;
    public const int UnknownStateRoot = -106;
    public const int UnknownSession = -107;
    public const int UnknownIterator = -108;
    public const int UnknownHeight = -109;

    public const int VerificationFailed = -500;
    public const int AlreadyExists = -501;
    public const int MempoolCapReached = -502;
    public const int AlreadyInPool = -503;
    public const int InsufficientNetworkFee = -504;
    public const int PolicyFailed = -505;
    public const int InvalidScript = -506;
    public const int InvalidAttribute = -507;
    public const int InvalidSignature = -508;
    public const int InvalidSize = -509;
    public const int ExpiredTransaction = -510;
    public const int InsufficientFunds = -511;
    public const int InvalidContractVerification = -512;

    public const int AccessDenied = -600;
    public const int SessionsDisabled = -601;
}
