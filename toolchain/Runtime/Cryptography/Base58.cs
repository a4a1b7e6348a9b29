namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>Bitcoin-alphabet Base58 and Base58Check (checksum = first 4 bytes of SHA256²).</summary>
public static class Base58
{
    public const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static readonly sbyte[] Digits = BuildDigits();

    private static sbyte[] BuildDigits()
    {
        var digits = new sbyte[128];
        Array.Fill(digits, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++) digits[Alphabet[i]] = (sbyte)i;
        return digits;
    }

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0) zeros++;

        // Base-256 to base-58 long division, least significant digit first.
        var digits = new byte[data.Length * 138 / 100 + 1];
        var used = 0;
        for (var i = zeros; i < data.Length; i++)
        {
            int carry = data[i];
            for (var j = 0; j < used; j++)
            {
                carry += digits[j] << 8;
                digits[j] = (byte)(carry % 58);
                carry /= 58;
            }
            while (carry > 0)
            {
                digits[used++] = (byte)(carry % 58);
                carry /= 58;
            }
        }

        var chars = new char[zeros + used];
        for (var i = 0; i < zeros; i++) chars[i] = '1';
        for (var i = 0; i < used; i++) chars[zeros + i] = Alphabet[digits[used - 1 - i]];
        return new string(chars);
    }

    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var zeros = 0;
        while (zeros < text.Length && text[zeros] == '1') zeros++;

        var bytes = new byte[text.Length * 733 / 1000 + 1];
        var used = 0;
        for (var i = zeros; i < text.Length; i++)
        {
            var c = text[i];
            var digit = c < 128 ? Digits[c] : -1;
            if (digit < 0)
                throw new FormatException($"Invalid Base58 character '{c}' at position {i}.");
            int carry = digit;
            for (var j = 0; j < used; j++)
            {
                carry += bytes[j] * 58;
                bytes[j] = (byte)carry;
                carry >>= 8;
            }
            while (carry > 0)
            {
                bytes[used++] = (byte)carry;
                carry >>= 8;
            }
        }

        var result = new byte[zeros + used];
        for (var i = 0; i < used; i++) result[zeros + i] = bytes[used - 1 - i];
        return result;
    }

    /// <summary>Base58 of data followed by the first 4 bytes of SHA256²(data).</summary>
    public static string CheckEncode(ReadOnlySpan<byte> data)
    {
        var checksum = Hashes.Hash256(data);
        var buffer = new byte[data.Length + 4];
        data.CopyTo(buffer);
        checksum.AsSpan(0, 4).CopyTo(buffer.AsSpan(data.Length));
        return Encode(buffer);
    }

    /// <summary>Decodes Base58Check; a short input or a wrong checksum raises <see cref="FormatException"/>.</summary>
    public static byte[] CheckDecode(string text)
    {
        var buffer = Decode(text);
        if (buffer.Length < 4)
            throw new FormatException($"Base58Check data is {buffer.Length} byte(s) long; at least the 4 checksum bytes are required.");
        var payload = buffer[..^4];
        var checksum = Hashes.Hash256(payload);
        if (!buffer.AsSpan(buffer.Length - 4).SequenceEqual(checksum.AsSpan(0, 4)))
            throw new FormatException("Base58Check checksum mismatch.");
        return payload;
    }
}
