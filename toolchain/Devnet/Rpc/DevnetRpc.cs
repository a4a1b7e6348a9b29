using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc.Methods;

namespace Protocol.Toolchain.Devnet.Rpc;

/// <summary>The devnet's method table: every method the Chain client uses plus the other read methods Neo tools expect.</summary>
public static class DevnetRpc
{
    public static RpcDispatcher Create(DevnetNode node)
    {
        var rpc = new RpcDispatcher(node.Settings.AddressVersion);
        NodeMethods.Register(rpc, node);
        BlockchainMethods.Register(rpc, node);
        ContractMethods.Register(rpc, node);
        LogMethods.Register(rpc, node);
        TokenMethods.Register(rpc, node);
        return rpc;
    }
}
