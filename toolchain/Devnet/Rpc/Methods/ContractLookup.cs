using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Devnet.Rpc.Methods;

/// <summary>
/// neo-node's ContractNameOrHashOrId: an integer is an id, 40 hex digits a hash, anything else a native contract's name
/// (case-insensitive) — or, failing that, parsed as a hash, whose FormatException is answered as neo-node does.
/// </summary>
public static class ContractLookup
{
    public static ContractState? Find(IStoreView s, string key)
    {
        if (key.Length == 0) throw new RpcServerException(RpcError.InvalidParams.WithData($"Invalid contract hash or id format: \"\""));
        if (int.TryParse(key, out var id)) return ContractManagement.GetContractById(s, id) ?? NativeById(id);
        return ContractManagement.GetContract(s, Hash(key));
    }

    public static int Id(IStoreView s, string key)
    {
        if (int.TryParse(key, out var id)) return id;
        return (ContractManagement.GetContract(s, Hash(key)) ?? throw new RpcServerException(RpcError.UnknownContract)).Id;
    }

    private static ContractState? NativeById(int id) => NativeContracts.All.FirstOrDefault(n => n.Id == id)?.State;

    private static UInt160 Hash(string key)
    {
        if (UInt160.TryParse(key, out var hash)) return hash!;
        var native = NativeContracts.All.FirstOrDefault(n => string.Equals(n.Name, key, StringComparison.OrdinalIgnoreCase));
        return native?.Hash ?? throw new RpcServerException(RpcError.InvalidParams.WithData($"'{key}' is neither a contract hash, an id nor a native contract name"));
    }
}
