using System.Globalization;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Chain.Client;

/// <summary>Formats datoshi as GAS (1 GAS = 10^8 datoshi), e.g. 1000000123 → "10.00000123 GAS".</summary>
public static class Gas
{
    public const long Datoshi = 1_00000000;

    public static string Format(System.Numerics.BigInteger datoshi)
    {
        var sign = datoshi < 0 ? "-" : "";
        var abs = System.Numerics.BigInteger.Abs(datoshi);
        var whole = abs / Datoshi;
        var fraction = (abs % Datoshi).ToString("D8", CultureInfo.InvariantCulture).TrimEnd('0');
        return fraction.Length == 0 ? $"{sign}{whole} GAS" : $"{sign}{whole}.{fraction} GAS";
    }
}

/// <summary>The sender cannot pay a transaction's fees.</summary>
public sealed class InsufficientGasException(UInt160 sender, long need, System.Numerics.BigInteger have)
    : InvalidOperationException($"insufficient GAS: need {Gas.Format(need)}, have {Gas.Format(have)} (sender {sender})")
{
    public long Need { get; } = need;

    public System.Numerics.BigInteger Have { get; } = have;
}

/// <summary>The wallet signs for another network than the node runs.</summary>
public sealed class NetworkMismatchException(uint wallet, uint node)
    : InvalidOperationException($"network magic mismatch: wallet signs for {wallet} (0x{wallet:X8}), node is {node} (0x{node:X8})")
{
    public uint WalletNetwork { get; } = wallet;

    public uint NodeNetwork { get; } = node;
}

/// <summary>A test invocation or a persisted transaction ended in FAULT.</summary>
public sealed class InvocationFaultException(string what, string? exception, long gasConsumed)
    : InvalidOperationException($"{what} FAULTed: {exception ?? "no reason given"} (GAS consumed {Gas.Format(gasConsumed)})")
{
    public string? VmException { get; } = exception;

    public long GasConsumed { get; } = gasConsumed;
}

/// <summary>The node refused a transaction (sendrawtransaction error); <see cref="Code"/> is Neo's RPC error code.</summary>
public sealed class TransactionRejectedException(int code, string message, RpcException inner)
    : InvalidOperationException(message, inner)
{
    public int Code { get; } = code;
}
