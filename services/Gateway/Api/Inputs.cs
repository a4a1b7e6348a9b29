using System.Globalization;
using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.Gateway.Api;

/// <summary>
/// Parses what clients send, refusing anything else with a 400 that names the field and the expected format: accounts
/// (Neo address or 0x script hash), amounts (decimal integer strings of base units within a range), ids (hex of a fixed
/// length) and public keys (33-byte compressed secp256r1, hex).
/// </summary>
public static class Inputs
{
    /// <summary>2^63 − 1: every protocol amount fits a signed 64-bit integer (HNT's cap is 2.23 × 10^16 bones).</summary>
    public static readonly BigInteger MaxAmount = long.MaxValue;

    public static UInt160 Account(string? text, string field, byte addressVersion)
    {
        if (string.IsNullOrWhiteSpace(text)) throw ApiProblem.BadRequest($"{field} is required: a Neo address (N…) or a 0x-prefixed script hash (40 hex digits).");
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return UInt160.TryParse(text, out var hash) && hash is not null
                ? hash
                : throw ApiProblem.BadRequest($"{field} '{text}' is not a script hash: expected 0x followed by 40 hex digits.");
        }
        try
        {
            return Address.ToScriptHash(text, addressVersion);
        }
        catch (FormatException)
        {
            throw ApiProblem.BadRequest($"{field} '{text}' is not a Neo address (base58check, version {addressVersion}) nor a 0x-prefixed script hash (40 hex digits).");
        }
    }

    /// <summary>A decimal integer string in [min, max] (base units: bones, DC, DNT units, datoshi).</summary>
    public static BigInteger Amount(string? text, string field, BigInteger min, BigInteger? max = null)
    {
        var upper = max ?? MaxAmount;
        if (string.IsNullOrWhiteSpace(text)) throw ApiProblem.BadRequest($"{field} is required: an integer amount in base units, as a string.");
        if (!BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw ApiProblem.BadRequest($"{field} '{text}' is not an integer: amounts are decimal integer strings of base units (e.g. \"100000000\" for 1 HNT).");
        if (value < min || value > upper)
            throw ApiProblem.BadRequest($"{field} {value} is out of range: it must be between {min} and {upper}.");
        return value;
    }

    public static BigInteger? OptionalAmount(string? text, string field, BigInteger min, BigInteger? max = null) =>
        string.IsNullOrWhiteSpace(text) ? null : Amount(text, field, min, max);

    /// <summary>Hex of exactly <paramref name="length"/> bytes (with or without 0x).</summary>
    public static byte[] Id(string? text, string field, int length)
    {
        var hex = text is not null && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        if (string.IsNullOrEmpty(hex) || hex.Length != length * 2 || !hex.All(Uri.IsHexDigit))
            throw ApiProblem.BadRequest($"{field} '{text}' is not an id: expected {length * 2} hex digits ({length} bytes).");
        return Convert.FromHexString(hex);
    }

    public static ECPoint PublicKey(string? text, string field)
    {
        var hex = text is not null && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        if (string.IsNullOrEmpty(hex) || hex.Length != 66 || !hex.All(Uri.IsHexDigit))
            throw ApiProblem.BadRequest($"{field} '{text}' is not a public key: expected 66 hex digits (a compressed secp256r1 point).");
        try
        {
            return ECPoint.Decode(Convert.FromHexString(hex));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw ApiProblem.BadRequest($"{field} '{text}' is not a point on secp256r1: {ex.Message}");
        }
    }

    public static byte[] Base64(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) throw ApiProblem.BadRequest($"{field} is required (base64).");
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw ApiProblem.BadRequest($"{field} is not valid base64.");
        }
    }

    public static long Integer(long? value, string field, long min, long max) =>
        value is null ? throw ApiProblem.BadRequest($"{field} is required: an integer between {min} and {max}.")
        : value < min || value > max ? throw ApiProblem.BadRequest($"{field} {value} is out of range: it must be between {min} and {max}.")
        : value.Value;

    /// <summary>An optional integer query value (epochs, times in ms, ids) in [min, max].</summary>
    public static long? OptionalLong(string? text, string field, long min, long max)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw ApiProblem.BadRequest($"{field} '{text}' is not an integer.");
        return Integer(value, field, min, max);
    }
}
