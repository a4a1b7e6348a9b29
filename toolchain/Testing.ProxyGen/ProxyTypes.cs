using System;

namespace Protocol.Toolchain.Testing.ProxyGen;

/// <summary>
/// The C# type a proxy uses for each ABI type, by position. Reference types are nullable because the VM can pass
/// or return Null for them; Boolean and Integer are value types (a Null result for them is an error at the call).
/// Event fields that Neo's notification check guarantees non-null (Boolean, Integer, String) are not nullable.
/// </summary>
public static class ProxyTypes
{
    private const string Models = "global::Protocol.Toolchain.Runtime.Models.";
    private const string BigInteger = "global::System.Numerics.BigInteger";
    private const string List = "global::System.Collections.Generic.IList<object?>";
    private const string Map = "global::System.Collections.Generic.IDictionary<object, object?>";
    private const string Iterator = "global::System.Collections.Generic.IReadOnlyList<object?>";

    public static string Parameter(AbiType type) => type switch
    {
        AbiType.Any => "object?",
        AbiType.Boolean => "bool",
        AbiType.Integer => BigInteger,
        AbiType.ByteArray => "byte[]?",
        AbiType.String => "string?",
        AbiType.Hash160 => Models + "UInt160?",
        AbiType.Hash256 => Models + "UInt256?",
        AbiType.PublicKey => "global::Protocol.Toolchain.Runtime.Cryptography.ECPoint?",
        AbiType.Signature => "byte[]?",
        AbiType.Array => List + "?",
        AbiType.Map => Map + "?",
        AbiType.InteropInterface => "object?",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a parameter type"),
    };

    /// <summary>The return type; null for Void. An InteropInterface result is an iterator, traversed into a list.</summary>
    public static string? Return(AbiType type) => type switch
    {
        AbiType.Void => null,
        AbiType.InteropInterface => Iterator,
        _ => Parameter(type),
    };

    public static string EventField(AbiType type) => type switch
    {
        AbiType.String => "string",
        _ => Parameter(type),
    };
}
