using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Contracts;

/// <summary>Native contracts: id and hash (contract hash with sender Zero, checksum 0 and the class name).</summary>
public static class NativeContractHashes
{
    /// <summary>The 11 native contracts in id order (-1 … -11).</summary>
    public static readonly IReadOnlyList<(int Id, string Name)> All =
    [
        (-1, "ContractManagement"),
        (-2, "StdLib"),
        (-3, "CryptoLib"),
        (-4, "LedgerContract"),
        (-5, "NeoToken"),
        (-6, "GasToken"),
        (-7, "PolicyContract"),
        (-8, "RoleManagement"),
        (-9, "OracleContract"),
        (-10, "Notary"),
        (-11, "Treasury"),
    ];

    public static readonly UInt160 ContractManagement = Of("ContractManagement");
    public static readonly UInt160 StdLib = Of("StdLib");
    public static readonly UInt160 CryptoLib = Of("CryptoLib");
    public static readonly UInt160 Ledger = Of("LedgerContract");
    public static readonly UInt160 Neo = Of("NeoToken");
    public static readonly UInt160 Gas = Of("GasToken");
    public static readonly UInt160 Policy = Of("PolicyContract");
    public static readonly UInt160 RoleManagement = Of("RoleManagement");
    public static readonly UInt160 Oracle = Of("OracleContract");
    public static readonly UInt160 Notary = Of("Notary");
    public static readonly UInt160 Treasury = Of("Treasury");

    /// <summary>The hash of the native contract with class name <paramref name="name"/>.</summary>
    public static UInt160 Of(string name) => ContractHash.Compute(UInt160.Zero, 0, name);
}
