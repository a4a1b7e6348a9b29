using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>ContractManagement (id -1): the contract registry, deployment fee and method lookups.</summary>
public sealed class ContractManagement() : NativeContract(-1, "ContractManagement")
{
    // Storage map (id -1): Prefix_Contract + hash → contract state; Prefix_ContractHash + id (BE) → hash;
    // Prefix_MinimumDeploymentFee → integer; Prefix_NextAvailableId → integer.
    internal const byte PrefixContract = 8;
    internal const byte PrefixContractHash = 12;
    internal const byte PrefixNextAvailableId = 15;
    internal const byte PrefixMinimumDeploymentFee = 20;

    /// <summary>10 GAS in datoshi, the fee floor of a deployment until the committee changes it.</summary>
    public const long DefaultMinimumDeploymentFee = 10_00000000;

    /// <summary>
    /// A native contract's state, or null. Deployed contracts are kept as serialized contract states under
    /// Prefix_Contract; reading them arrives together with deploy (it needs the binary serializer).
    /// </summary>
    public static ContractState? GetContract(IStoreView snapshot, UInt160 hash) => NativeContracts.Get(hash)?.State;

    public static long GetMinimumDeploymentFee(IStoreView snapshot) =>
        snapshot.TryGet(StorageKeys.Create(-1, PrefixMinimumDeploymentFee, [])) is { } value ? (long)new BigInteger(value) : DefaultMinimumDeploymentFee;

    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        new("getMinimumDeploymentFee", [], T.Integer, 1 << 15, CallFlags.ReadStates,
            (e, _) => GetMinimumDeploymentFee(e.Snapshot)),
        new("hasMethod", NativeMethod.Params(("hash", T.Hash160), ("method", T.String), ("pcount", T.Integer)), T.Boolean, 1 << 15, CallFlags.ReadStates,
            (e, a) => GetContract(e.Snapshot, ApplicationEngine.ToHash160(a[0]))?.Manifest.Abi.GetMethod(a[1].GetString()!, (int)a[2].GetInteger()) is not null),
        new("isContract", NativeMethod.Params(("hash", T.Hash160)), T.Boolean, 1 << 14, CallFlags.ReadStates,
            (e, a) => GetContract(e.Snapshot, ApplicationEngine.ToHash160(a[0])) is not null),
    ];
}
