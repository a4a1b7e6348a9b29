namespace Protocol.Scripts.Cli.Commands;

/// <summary>Parses a script given on the command line as hex or base64.</summary>
internal static class ScriptText
{
    public static byte[] Parse(string text)
    {
        var trimmed = text.Trim();
        var hex = trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? trimmed[2..] : trimmed;
        if (hex.Length % 2 == 0 && hex.All(Uri.IsHexDigit)) return Convert.FromHexString(hex);
        try
        {
            return Convert.FromBase64String(trimmed);
        }
        catch (FormatException)
        {
            throw new FormatException($"'{text}' is neither hex nor base64.");
        }
    }
}
