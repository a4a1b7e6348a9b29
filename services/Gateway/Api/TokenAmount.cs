using System.Globalization;
using System.Numerics;

namespace Protocol.Services.Gateway.Api;

/// <summary>
/// An amount as the API shows it: the exact integer of base units as a string (JSON numbers lose precision past 2^53),
/// the token's decimals, and a display string with those decimals ("1.5" for 150,000,000 bones of HNT).
/// </summary>
public sealed record TokenAmount(string Amount, int Decimals, string Display)
{
    public static TokenAmount Of(BigInteger units, int decimals) => new(units.ToString(CultureInfo.InvariantCulture), decimals, Format(units, decimals));

    public static TokenAmount Hnt(BigInteger bones) => Of(bones, 8);

    public static TokenAmount Dc(BigInteger dc) => Of(dc, 0);

    public static TokenAmount Gas(BigInteger datoshi) => Of(datoshi, 8);

    /// <summary>Base units with <paramref name="decimals"/> decimals, trailing zeros of the fraction dropped.</summary>
    public static string Format(BigInteger units, int decimals)
    {
        if (decimals == 0) return units.ToString(CultureInfo.InvariantCulture);
        var sign = units < 0 ? "-" : "";
        var abs = BigInteger.Abs(units);
        var scale = BigInteger.Pow(10, decimals);
        var fraction = (abs % scale).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0').TrimEnd('0');
        var whole = (abs / scale).ToString(CultureInfo.InvariantCulture);
        return fraction.Length == 0 ? sign + whole : $"{sign}{whole}.{fraction}";
    }
}
