using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using Base64Text = System.Buffers.Text.Base64;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// The pure functions behind the native StdLib contract (neo SmartContract/Native/StdLib.cs; reference/neo-n3.md
/// §2.10), engine-independent. Strings are what the binder produced with strict UTF-8; returned strings go back
/// to the stack as strict UTF-8 ByteStrings. Parameters Neo marks [MaxLength(1024)] are checked here too (the
/// binder may check the raw item first with <see cref="AssertMaxInputLength"/>): over-long input raises
/// <see cref="InvalidOperationException"/>. Other failures raise the exception type Neo's code raises.
/// </summary>
public static class StdLibFunctions
{
    /// <summary>StdLib's MaxInputLength: the most bytes a length-checked argument may have.</summary>
    public const int MaxInputLength = 1024;

    /// <summary>Neo's MaxLengthAttribute check on the raw argument item (its byte span).</summary>
    public static void AssertMaxInputLength(StackItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        CheckLength(item.GetSpan().Length);
    }

    private static void CheckLength(int length)
    {
        if (length > MaxInputLength) throw new InvalidOperationException("The input exceeds the maximum length.");
    }

    private static byte[] Limit(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckLength(data.Length);
        return data;
    }

    private static string Limit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckLength(Encoding.UTF8.GetByteCount(text));
        return text;
    }

    /// <summary>serialize: <see cref="BinarySerializer"/> with MaxItemSize / MaxStackSize.</summary>
    public static byte[] Serialize(StackItem item, ExecutionEngineLimits limits) => BinarySerializer.Serialize(item, limits);

    /// <summary>deserialize: no input limit beyond the engine's; trailing bytes are ignored.</summary>
    public static StackItem Deserialize(byte[] data, ExecutionEngineLimits limits)
    {
        ArgumentNullException.ThrowIfNull(data);
        return BinarySerializer.Deserialize(data, limits);
    }

    /// <summary>jsonSerialize: output bounded by MaxItemSize.</summary>
    public static byte[] JsonSerialize(StackItem item, ExecutionEngineLimits limits) => JsonSerializer.Serialize(item, limits.MaxItemSize);

    /// <summary>jsonDeserialize: depth 10, MaxStackSize budget; <paramref name="basilisk"/> = HF_Basilisk active.</summary>
    public static StackItem JsonDeserialize(byte[] json, ExecutionEngineLimits limits, bool basilisk = true)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, limits, basilisk);
    }

    /// <summary>itoa: base 10 decimal, base 16 lower-case two's complement ("f" = −1, "0ff" = 255).</summary>
    public static string Itoa(BigInteger value, int @base = 10) => @base switch
    {
        10 => value.ToString(CultureInfo.InvariantCulture),
        16 => value.ToString("x", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(@base), $"Invalid base: {@base}"),
    };

    /// <summary>atoi: base 10 with an optional leading sign only; base 16 as two's complement ("ff" = −1).</summary>
    public static BigInteger Atoi(string value, int @base = 10)
    {
        Limit(value);
        return @base switch
        {
            10 => BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            16 => BigInteger.Parse(value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(@base), $"Invalid base: {@base}"),
        };
    }

    public static string Base64Encode(byte[] data) => Convert.ToBase64String(Limit(data));

    /// <summary>base64Decode: Convert.FromBase64String (white space ignored); bad input → FormatException.</summary>
    public static byte[] Base64Decode(string s) => Convert.FromBase64String(Limit(s));

    /// <summary>base64UrlEncode (Echidna+): UTF-8 of the text, URL alphabet, no padding.</summary>
    public static string Base64UrlEncode(string data) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Limit(data))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// base64UrlDecode (Echidna+), as Microsoft.IdentityModel 8's Base64UrlEncoder.Decode: length % 4 == 1 fails;
    /// the text is padded with '=' to a multiple of 4 (white space counts toward the length but is skipped by the
    /// decoder), '-'/'_' become '+'/'/'; the bytes are decoded as lenient UTF-8 (invalid sequences become U+FFFD).
    /// </summary>
    public static string Base64UrlDecode(string s)
    {
        Limit(s);
        var mod = s.Length % 4;
        if (mod == 1) throw new FormatException("Invalid base64url length.");
        var padded = (s + new string('=', (4 - mod) % 4)).Replace('-', '+').Replace('_', '/');
        var bytes = Encoding.UTF8.GetBytes(padded);
        if (Base64Text.DecodeFromUtf8InPlace(bytes, out var written) != OperationStatus.Done)
            throw new FormatException("Invalid base64url string.");
        return Encoding.UTF8.GetString(bytes, 0, written);
    }

    public static string Base58Encode(byte[] data) => Base58.Encode(Limit(data));

    public static byte[] Base58Decode(string s) => Base58.Decode(Limit(s));

    public static string Base58CheckEncode(byte[] data) => Base58.CheckEncode(Limit(data));

    /// <summary>base58CheckDecode: fewer than 4 bytes or a wrong checksum → FormatException.</summary>
    public static byte[] Base58CheckDecode(string s) => Base58.CheckDecode(Limit(s));

    /// <summary>hexEncode (Faun+): lower-case hex.</summary>
    public static string HexEncode(byte[] bytes) => Hex.Encode(Limit(bytes));

    /// <summary>hexDecode (Faun+): either case, no prefix; odd length or a bad digit → FormatException.</summary>
    public static byte[] HexDecode(string str) => Hex.Decode(Limit(str));

    /// <summary>memoryCompare: sign of the lexicographic byte comparison (−1, 0, 1).</summary>
    public static int MemoryCompare(byte[] str1, byte[] str2) =>
        Math.Sign(Limit(str1).AsSpan().SequenceCompareTo(Limit(str2)));

    /// <summary>
    /// memorySearch (only <paramref name="mem"/> is length-checked): forward, the first match at or after
    /// <paramref name="start"/>; backward, the last match lying wholly before <paramref name="start"/>; −1 if none.
    /// A start outside 0..mem.Length → <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public static int MemorySearch(byte[] mem, byte[] value, int start = 0, bool backward = false)
    {
        Limit(mem);
        ArgumentNullException.ThrowIfNull(value);
        if (backward) return mem.AsSpan(0, start).LastIndexOf(value);
        var index = mem.AsSpan(start).IndexOf(value);
        return index < 0 ? -1 : index + start;
    }

    /// <summary>stringSplit (only <paramref name="str"/> is length-checked): string.Split by a whole separator.</summary>
    public static string[] StringSplit(string str, string separator, bool removeEmptyEntries = false)
    {
        Limit(str);
        ArgumentNullException.ThrowIfNull(separator);
        return str.Split(separator, removeEmptyEntries ? StringSplitOptions.RemoveEmptyEntries : StringSplitOptions.None);
    }

    /// <summary>strLen: the number of text elements (extended grapheme clusters), so "🦆" and "ã" count 1.</summary>
    public static int StrLen(string str)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(Limit(str));
        var count = 0;
        while (enumerator.MoveNext()) count++;
        return count;
    }
}
