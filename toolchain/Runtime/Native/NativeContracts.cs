using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>The registry of native contracts, by id order (-1, -2, …).</summary>
public static class NativeContracts
{
    public static readonly ContractManagement ContractManagement = new();
    public static readonly StdLib StdLib = new();
    public static readonly CryptoLib CryptoLib = new();
    public static readonly LedgerContract Ledger = new();
    public static readonly NeoToken Neo = new();
    public static readonly GasToken Gas = new();
    public static readonly PolicyContract Policy = new();
    public static readonly RoleManagement RoleManagement = new();
    public static readonly OracleContract Oracle = new();
    public static readonly Notary Notary = new();
    public static readonly Treasury Treasury = new();

    public static IReadOnlyList<NativeContract> All { get; } = [ContractManagement, StdLib, CryptoLib, Ledger, Neo, Gas, Policy, RoleManagement, Oracle, Notary, Treasury];

    private static readonly Dictionary<UInt160, NativeContract> ByHash = All.ToDictionary(c => c.Hash);

    public static NativeContract? Get(UInt160 hash) => ByHash.GetValueOrDefault(hash);

    /// <summary>System.Contract.CallNative: only a native contract's own stub may use it.</summary>
    internal static void CallNative(ApplicationEngine engine, byte version)
    {
        var contract = engine.CurrentScriptHash is { } hash ? Get(hash) : null;
        if (contract is null) throw new InvalidOperationException("It is not allowed to use \"System.Contract.CallNative\" directly.");
        contract.Invoke(engine, version);
    }
}
