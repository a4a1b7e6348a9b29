using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.Gateway.Reads;

/// <summary>An account both ways: its Neo address and its script hash (0x, big-endian text as Neo prints it).</summary>
public sealed record AccountView(string Address, string ScriptHash)
{
    public static AccountView Of(UInt160 account, byte version) => new(Protocol.Toolchain.Runtime.Contracts.Address.FromScriptHash(account, version), account.ToString());

    public static AccountView? OfNullable(UInt160? account, byte version) => account is null ? null : Of(account, version);
}
