using System.Text.RegularExpressions;
using Protocol.Toolchain.Runtime.Contracts;

namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>
/// Turns a failing step's first problem into a short cause category for grouping: which syscall or native contract
/// method is missing, or the fault message with hashes and numbers blanked out.
/// </summary>
public static partial class DevpackCauses
{
    /// <summary>Every Neo N3 syscall name (reference §2.5); the id of an unknown one is named through this list.</summary>
    private static readonly string[] SyscallNames =
    [
        "System.Contract.Call", "System.Contract.CallNative", "System.Contract.GetCallFlags",
        "System.Contract.CreateStandardAccount", "System.Contract.CreateMultisigAccount",
        "System.Contract.NativeOnPersist", "System.Contract.NativePostPersist",
        "System.Crypto.CheckSig", "System.Crypto.CheckMultisig",
        "System.Iterator.Next", "System.Iterator.Value",
        "System.Runtime.Platform", "System.Runtime.GetNetwork", "System.Runtime.GetAddressVersion",
        "System.Runtime.GetTrigger", "System.Runtime.GetTime", "System.Runtime.GetScriptContainer",
        "System.Runtime.GetExecutingScriptHash", "System.Runtime.GetCallingScriptHash", "System.Runtime.GetEntryScriptHash",
        "System.Runtime.LoadScript", "System.Runtime.CheckWitness", "System.Runtime.GetInvocationCounter",
        "System.Runtime.GetRandom", "System.Runtime.Log", "System.Runtime.Notify", "System.Runtime.GetNotifications",
        "System.Runtime.GasLeft", "System.Runtime.BurnGas", "System.Runtime.CurrentSigners",
        "System.Storage.GetContext", "System.Storage.GetReadOnlyContext", "System.Storage.AsReadOnly",
        "System.Storage.Get", "System.Storage.Find", "System.Storage.Put", "System.Storage.Delete",
        "System.Storage.Local.Get", "System.Storage.Local.Find", "System.Storage.Local.Put", "System.Storage.Local.Delete",
    ];

    private static readonly Dictionary<uint, string> SyscallById = SyscallNames.ToDictionary(InteropIds.Of);

    private static readonly Dictionary<string, string> NativeByHash =
        NativeContractHashes.All.ToDictionary(n => NativeContractHashes.Of(n.Name).ToString(), n => n.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The category of a FAULT message (ours, not the official engine's).</summary>
    public static string OfFault(string message)
    {
        var syscall = MissingSyscall().Match(message);
        if (syscall.Success)
        {
            var id = Convert.ToUInt32(syscall.Groups[1].Value, 16);
            return "missing syscall " + (SyscallById.TryGetValue(id, out var name) ? name : "0x" + syscall.Groups[1].Value);
        }
        var contract = MissingContract().Match(message);
        if (contract.Success && NativeByHash.TryGetValue(contract.Groups[1].Value, out var native))
            return $"missing native {native}" + (contract.Groups[2].Success ? "." + contract.Groups[2].Value : "");
        var method = MissingMethod().Match(message);
        if (method.Success && NativeByHash.TryGetValue(method.Groups[3].Value, out var owner))
            return $"missing native {owner}.{method.Groups[1].Value}/{method.Groups[2].Value}";
        return "FAULT: " + Normalise(message);
    }

    /// <summary>Blanks hashes and long numbers, keeps the text short, so similar messages group together.</summary>
    public static string Normalise(string message)
    {
        var text = HexNumber().Replace(message, "0x…");
        text = LongNumber().Replace(text, "N");
        text = text.ReplaceLineEndings(" ");
        return text.Length <= 140 ? text : text[..137] + "...";
    }

    [GeneratedRegex(@"Syscall 0x([0-9a-fA-F]{8}) does not exist")]
    private static partial Regex MissingSyscall();

    [GeneratedRegex(@"Called Contract Does Not Exist: (0x[0-9a-fA-F]{40})(?:\.(\w+))?")]
    private static partial Regex MissingContract();

    [GeneratedRegex(@"Method ""(\w+)"" with (\d+) parameter\(s\) doesn't exist in the contract (0x[0-9a-fA-F]{40})")]
    private static partial Regex MissingMethod();

    [GeneratedRegex(@"0x[0-9a-fA-F]{6,}")]
    private static partial Regex HexNumber();

    [GeneratedRegex(@"\d{4,}")]
    private static partial Regex LongNumber();
}
