namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// The native contract states neo publishes for all hardforks (neo tests/Neo.UnitTests/SmartContract/Native/
/// UT_NativeContract.cs, "PolicyContract" and "ContractManagement"): NEF checksum and the manifest as compact JSON.
/// </summary>
internal static class PolicyVectors
{
    public const uint PolicyChecksum = 2681632925;

    public static readonly string PolicyManifest = string.Concat(
        "{\"name\":\"PolicyContract\",\"groups\":[],\"features\":{},\"supportedstandards\":[],\"abi\":{\"methods\":[{\"name\":\"b",
        "lockAccount\",\"parameters\":[{\"name\":\"account\",\"type\":\"Hash160\"}],\"returntype\":\"Boolean\",\"offset\":0,\"saf",
        "e\":false},{\"name\":\"getAttributeFee\",\"parameters\":[{\"name\":\"attributeType\",\"type\":\"Integer\"}],\"returntype",
        "\":\"Integer\",\"offset\":7,\"safe\":true},{\"name\":\"getBlockedAccounts\",\"parameters\":[],\"returntype\":\"InteropIn",
        "terface\",\"offset\":14,\"safe\":true},{\"name\":\"getExecFeeFactor\",\"parameters\":[],\"returntype\":\"Integer\",\"off",
        "set\":21,\"safe\":true},{\"name\":\"getExecPicoFeeFactor\",\"parameters\":[],\"returntype\":\"Integer\",\"offset\":28,\"",
        "safe\":true},{\"name\":\"getFeePerByte\",\"parameters\":[],\"returntype\":\"Integer\",\"offset\":35,\"safe\":true},{\"na",
        "me\":\"getMaxTraceableBlocks\",\"parameters\":[],\"returntype\":\"Integer\",\"offset\":42,\"safe\":true},{\"name\":\"get",
        "MaxValidUntilBlockIncrement\",\"parameters\":[],\"returntype\":\"Integer\",\"offset\":49,\"safe\":true},{\"name\":\"getM",
        "illisecondsPerBlock\",\"parameters\":[],\"returntype\":\"Integer\",\"offset\":56,\"safe\":true},{\"name\":\"getStoragePr",
        "ice\",\"parameters\":[],\"returntype\":\"Integer\",\"offset\":63,\"safe\":true},{\"name\":\"getWhitelistFeeContracts\",\"",
        "parameters\":[],\"returntype\":\"InteropInterface\",\"offset\":70,\"safe\":true},{\"name\":\"isBlocked\",\"parameters\":",
        "[{\"name\":\"account\",\"type\":\"Hash160\"}],\"returntype\":\"Boolean\",\"offset\":77,\"safe\":true},{\"name\":\"recove",
        "rFund\",\"parameters\":[{\"name\":\"account\",\"type\":\"Hash160\"},{\"name\":\"token\",\"type\":\"Hash160\"}],\"returnt",
        "ype\":\"Boolean\",\"offset\":84,\"safe\":false},{\"name\":\"removeWhitelistFeeContract\",\"parameters\":[{\"name\":\"con",
        "tractHash\",\"type\":\"Hash160\"},{\"name\":\"method\",\"type\":\"String\"},{\"name\":\"argCount\",\"type\":\"Integer\"}",
        "],\"returntype\":\"Void\",\"offset\":91,\"safe\":false},{\"name\":\"setAttributeFee\",\"parameters\":[{\"name\":\"attrib",
        "uteType\",\"type\":\"Integer\"},{\"name\":\"value\",\"type\":\"Integer\"}],\"returntype\":\"Void\",\"offset\":98,\"safe\"",
        ":false},{\"name\":\"setExecFeeFactor\",\"parameters\":[{\"name\":\"value\",\"type\":\"Integer\"}],\"returntype\":\"Void\"",
        ",\"offset\":105,\"safe\":false},{\"name\":\"setFeePerByte\",\"parameters\":[{\"name\":\"value\",\"type\":\"Integer\"}],\"",
        "returntype\":\"Void\",\"offset\":112,\"safe\":false},{\"name\":\"setMaxTraceableBlocks\",\"parameters\":[{\"name\":\"val",
        "ue\",\"type\":\"Integer\"}],\"returntype\":\"Void\",\"offset\":119,\"safe\":false},{\"name\":\"setMaxValidUntilBlockIncr",
        "ement\",\"parameters\":[{\"name\":\"value\",\"type\":\"Integer\"}],\"returntype\":\"Void\",\"offset\":126,\"safe\":false",
        "},{\"name\":\"setMillisecondsPerBlock\",\"parameters\":[{\"name\":\"value\",\"type\":\"Integer\"}],\"returntype\":\"Void",
        "\",\"offset\":133,\"safe\":false},{\"name\":\"setStoragePrice\",\"parameters\":[{\"name\":\"value\",\"type\":\"Integer\"",
        "}],\"returntype\":\"Void\",\"offset\":140,\"safe\":false},{\"name\":\"setWhitelistFeeContract\",\"parameters\":[{\"name\"",
        ":\"contractHash\",\"type\":\"Hash160\"},{\"name\":\"method\",\"type\":\"String\"},{\"name\":\"argCount\",\"type\":\"Inte",
        "ger\"},{\"name\":\"fixedFee\",\"type\":\"Integer\"}],\"returntype\":\"Void\",\"offset\":147,\"safe\":false},{\"name\":\"",
        "unblockAccount\",\"parameters\":[{\"name\":\"account\",\"type\":\"Hash160\"}],\"returntype\":\"Boolean\",\"offset\":154,",
        "\"safe\":false}],\"events\":[{\"name\":\"MillisecondsPerBlockChanged\",\"parameters\":[{\"name\":\"old\",\"type\":\"Inte",
        "ger\"},{\"name\":\"new\",\"type\":\"Integer\"}]},{\"name\":\"WhitelistFeeChanged\",\"parameters\":[{\"name\":\"contract\"",
        ",\"type\":\"Hash160\"},{\"name\":\"method\",\"type\":\"String\"},{\"name\":\"argCount\",\"type\":\"Integer\"},{\"name\":",
        "\"fee\",\"type\":\"Any\"}]},{\"name\":\"RecoveredFund\",\"parameters\":[{\"name\":\"account\",\"type\":\"Hash160\"}]}]},",
        "\"permissions\":[{\"contract\":\"*\",\"methods\":\"*\"}],\"trusts\":[],\"extra\":null}");

    public const uint ContractManagementChecksum = 3581846399;

    public static readonly string ContractManagementManifest = string.Concat(
        "{\"name\":\"ContractManagement\",\"groups\":[],\"features\":{},\"supportedstandards\":[],\"abi\":{\"methods\":[{\"name\"",
        ":\"deploy\",\"parameters\":[{\"name\":\"nefFile\",\"type\":\"ByteArray\"},{\"name\":\"manifest\",\"type\":\"ByteArray\"}",
        "],\"returntype\":\"Array\",\"offset\":0,\"safe\":false},{\"name\":\"deploy\",\"parameters\":[{\"name\":\"nefFile\",\"typ",
        "e\":\"ByteArray\"},{\"name\":\"manifest\",\"type\":\"ByteArray\"},{\"name\":\"data\",\"type\":\"Any\"}],\"returntype\":\"",
        "Array\",\"offset\":7,\"safe\":false},{\"name\":\"destroy\",\"parameters\":[],\"returntype\":\"Void\",\"offset\":14,\"saf",
        "e\":false},{\"name\":\"getContract\",\"parameters\":[{\"name\":\"hash\",\"type\":\"Hash160\"}],\"returntype\":\"Array\",",
        "\"offset\":21,\"safe\":true},{\"name\":\"getContractById\",\"parameters\":[{\"name\":\"id\",\"type\":\"Integer\"}],\"ret",
        "urntype\":\"Array\",\"offset\":28,\"safe\":true},{\"name\":\"getContractHashes\",\"parameters\":[],\"returntype\":\"Inte",
        "ropInterface\",\"offset\":35,\"safe\":true},{\"name\":\"getMinimumDeploymentFee\",\"parameters\":[],\"returntype\":\"Int",
        "eger\",\"offset\":42,\"safe\":true},{\"name\":\"hasMethod\",\"parameters\":[{\"name\":\"hash\",\"type\":\"Hash160\"},{\"",
        "name\":\"method\",\"type\":\"String\"},{\"name\":\"pcount\",\"type\":\"Integer\"}],\"returntype\":\"Boolean\",\"offset\"",
        ":49,\"safe\":true},{\"name\":\"isContract\",\"parameters\":[{\"name\":\"hash\",\"type\":\"Hash160\"}],\"returntype\":\"B",
        "oolean\",\"offset\":56,\"safe\":true},{\"name\":\"setMinimumDeploymentFee\",\"parameters\":[{\"name\":\"value\",\"type\"",
        ":\"Integer\"}],\"returntype\":\"Void\",\"offset\":63,\"safe\":false},{\"name\":\"update\",\"parameters\":[{\"name\":\"ne",
        "fFile\",\"type\":\"ByteArray\"},{\"name\":\"manifest\",\"type\":\"ByteArray\"}],\"returntype\":\"Void\",\"offset\":70,\"",
        "safe\":false},{\"name\":\"update\",\"parameters\":[{\"name\":\"nefFile\",\"type\":\"ByteArray\"},{\"name\":\"manifest\",",
        "\"type\":\"ByteArray\"},{\"name\":\"data\",\"type\":\"Any\"}],\"returntype\":\"Void\",\"offset\":77,\"safe\":false}],\"e",
        "vents\":[{\"name\":\"Deploy\",\"parameters\":[{\"name\":\"Hash\",\"type\":\"Hash160\"}]},{\"name\":\"Update\",\"paramete",
        "rs\":[{\"name\":\"Hash\",\"type\":\"Hash160\"}]},{\"name\":\"Destroy\",\"parameters\":[{\"name\":\"Hash\",\"type\":\"Has",
        "h160\"}]}]},\"permissions\":[{\"contract\":\"*\",\"methods\":\"*\"}],\"trusts\":[],\"extra\":null}");
}
