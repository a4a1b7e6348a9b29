using System.ComponentModel.DataAnnotations;
using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Services.Hosting;

/// <summary>
/// The checks the services' options validators share. Each failure is one line that starts with the setting as
/// configuration spells it ("PriceOracle:Chain:RpcUrl: …").
/// </summary>
public static class OptionsChecks
{
    /// <summary>The data annotations of <paramref name="target"/>, one error per failing member, "<c>at</c>:Member: message".</summary>
    public static void Annotations(object target, string at, List<string> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true);
        foreach (var result in results)
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
                errors.Add($"{at}:{member}: {result.ErrorMessage}");
    }

    /// <summary>Whether <paramref name="text"/> is a Neo address under the given address version.</summary>
    public static bool IsAddress(string text, byte version)
    {
        try
        {
            Address.ToScriptHash(text, version);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
