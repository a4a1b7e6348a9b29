using System.Numerics;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Devnet.Storage;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Devnet.Node;

/// <summary>
/// NEP-17 balances and transfers the way neo-node's TokensTracker plugin keeps them (Nep17Tracker.cs): after each block, every
/// Transfer(from, to, amount) notification of a contract whose manifest lists "NEP-17", from executions that did not FAULT,
/// marks (from, asset) and (to, asset); each marked balance is read with balanceOf on the block's final state (0.17 GAS
/// limit) and stored with the block index, or forgotten when zero. Transfers of transactions are kept for getnep17transfers.
/// </summary>
public sealed class TokenTracker
{
    private readonly Dictionary<(UInt160 Account, UInt160 Asset), TrackedBalance> _balances = [];
    private readonly List<TrackedTransfer> _transfers = [];

    public IEnumerable<TrackedBalance> BalancesOf(UInt160 account) =>
        _balances.Values.Where(b => b.Account == account).OrderBy(b => b.Asset);

    public IEnumerable<TrackedTransfer> TransfersOf(UInt160 account) => _transfers.Where(t => t.From == account || t.To == account);

    /// <summary>What <paramref name="block"/> changes, computed on its final state <paramref name="snapshot"/>.</summary>
    public (List<TrackedBalance> Balances, List<TrackedTransfer> Transfers) Track(Block block, IReadOnlyList<ApplicationExecuted> executions,
        DataCache snapshot, ProtocolSettings settings)
    {
        var touched = new HashSet<(UInt160, UInt160)>();
        var transfers = new List<TrackedTransfer>();
        uint notifyIndex = 0;
        foreach (var execution in executions.Where(e => e.VMState != VMState.FAULT))
        {
            foreach (var n in execution.Notifications)
            {
                if (n.EventName != "Transfer" || n.State.Count != 3) continue;
                var contract = ContractManagement.GetContract(snapshot, n.ScriptHash);
                if (contract?.Manifest.SupportedStandards.Contains("NEP-17") != true) continue;
                if (Party(n.State[0]) is not { } from || Party(n.State[1]) is not { } to || n.State[2] is not Integer amount) continue;
                if (from != UInt160.Zero) touched.Add((from, n.ScriptHash));
                if (to != UInt160.Zero) touched.Add((to, n.ScriptHash));
                if (execution.Transaction is { } tx)
                    transfers.Add(new TrackedTransfer(n.ScriptHash, from, to, amount.GetInteger(), tx.Hash, block.Index, block.Timestamp, notifyIndex++));
            }
        }
        var balances = touched.Select(t => Balance(t.Item1, t.Item2, block.Index, snapshot, settings)).OfType<TrackedBalance>().ToList();
        return (balances, transfers);
    }

    /// <summary>The holders genesis funds (it writes state directly, without Transfer notifications).</summary>
    public static List<TrackedBalance> GenesisBalances(DataCache snapshot, ProtocolSettings settings)
    {
        var holders = new[] { Genesis.ValidatorsAddress(settings), KeyRing.StandardAccount(settings.StandbyCommittee[0]) };
        return holders.SelectMany(h => new[] { NativeContracts.Neo.Hash, NativeContracts.Gas.Hash }.Select(a => Balance(h, a, 0, snapshot, settings)))
            .OfType<TrackedBalance>().Where(b => b.Balance > 0).ToList();
    }

    /// <summary>Applies a block's (or a replayed record's) updates.</summary>
    public void Apply(IEnumerable<TrackedBalance> balances, IEnumerable<TrackedTransfer> transfers)
    {
        foreach (var b in balances)
        {
            if (b.Balance.IsZero) _balances.Remove((b.Account, b.Asset));
            else _balances[(b.Account, b.Asset)] = b;
        }
        _transfers.AddRange(transfers);
    }

    private static UInt160? Party(StackItem item) => item switch
    {
        Null => UInt160.Zero,
        ByteString or Vm.Types.Buffer when item.GetSpan().Length == UInt160.Length => new UInt160(item.GetSpan()),
        _ => null,
    };

    private static TrackedBalance? Balance(UInt160 account, UInt160 asset, uint index, DataCache snapshot, ProtocolSettings settings)
    {
        var script = ScriptFactory.DynamicCall(asset, "balanceOf", ContractParameter.Hash160(account));
        var engine = new ApplicationEngine(TriggerType.Application, null, snapshot.CloneCache(), settings, gas: 1700_0000,
            persistingBlock: new BlockInfo(index + 1, 0));
        engine.LoadScript(new Script(script));
        if (engine.Execute() != VMState.HALT || engine.ResultStack.Count == 0 || engine.ResultStack[0] is not Integer balance) return null;
        return new TrackedBalance(account, asset, balance.GetInteger(), index);
    }
}
