using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>The Oracle's block hook (neo OracleContract.PostPersistAsync).</summary>
public sealed partial class OracleContract
{
    /// <summary>
    /// For every oracle response transaction of the block whose request is still stored: deletes the request, removes its
    /// id from its URL's id list (deleting an emptied list; an id missing from the list faults), and credits the oracle
    /// price to the designated oracle node at index id mod node count (nodes designated as of this block). Then each node
    /// with a positive sum is minted that much GAS, in designation order.
    /// </summary>
    internal override void PostPersist(ApplicationEngine engine, Block block)
    {
        (UInt160 Account, BigInteger Gas)[]? nodes = null;
        foreach (var tx in block.Transactions)
        {
            if (tx.Attributes.OfType<OracleResponseAttribute>().FirstOrDefault() is not { } response) continue;
            if (GetRequest(engine.Snapshot, response.Id) is not { } request) continue;
            engine.Snapshot.Delete(RequestKey(response.Id));

            var listKey = IdListKey(request.Url);
            var ids = GetRequestIdsByUrl(engine.Snapshot, request.Url).ToList();
            if (!ids.Remove(response.Id)) throw new InvalidOperationException();
            if (ids.Count == 0) engine.Snapshot.Delete(listKey);
            else
                engine.Snapshot.Put(listKey,
                    BinarySerializer.Serialize(new Vm.Types.Array(ids.Select(i => (StackItem)new Integer(i))), ExecutionEngineLimits.Default));

            nodes ??= RoleManagement.GetDesignatedByRole(engine.Snapshot, Role.Oracle, block.Index)
                .Select(key => (NeoToken.SignatureAccount(key), BigInteger.Zero))
                .ToArray();
            if (nodes.Length > 0)
            {
                int index = (int)(response.Id % (ulong)nodes.Length);
                nodes[index].Gas += GetPrice(engine.Snapshot);
            }
        }
        if (nodes is null) return;
        foreach (var (account, gas) in nodes)
        {
            if (gas.Sign > 0) NativeContracts.Gas.Mint(engine, account, gas, false);
        }
    }
}
