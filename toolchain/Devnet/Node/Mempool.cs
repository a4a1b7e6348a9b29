using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Devnet.Node;

/// <summary>
/// Verified transactions waiting for a block (neo Ledger/MemoryPool.cs): admission runs the full verification with the
/// sender's already-pooled fees counted against its GAS; Conflicts attributes replace pooled transactions only when the
/// newcomer pays a higher network fee; at capacity the lowest-priority transaction is evicted (or the newcomer refused with
/// OutOfMemory). Priority: HighPriority first, then network fee per byte, then network fee. Not thread-safe: the node
/// serialises access.
/// </summary>
public sealed class Mempool(int capacity)
{
    private readonly Dictionary<UInt256, Transaction> _transactions = [];

    public int Count => _transactions.Count;

    public int Capacity { get; } = capacity;

    public bool Contains(UInt256 hash) => _transactions.ContainsKey(hash);

    public Transaction? Get(UInt256 hash) => _transactions.GetValueOrDefault(hash);

    public IEnumerable<Transaction> Transactions => _transactions.Values;

    public BigInteger PendingFees(UInt160 sender, IEnumerable<Transaction>? excluding = null)
    {
        var skip = excluding?.Select(t => t.Hash).ToHashSet() ?? [];
        return _transactions.Values.Where(t => t.Sender == sender && !skip.Contains(t.Hash))
            .Aggregate(BigInteger.Zero, (sum, t) => sum + t.SystemFee + t.NetworkFee);
    }

    public Verification TryAdd(Transaction tx, ProtocolSettings settings, DataCache snapshot)
    {
        if (_transactions.ContainsKey(tx.Hash)) return new(VerifyResult.AlreadyInPool, $"transaction {tx.Hash} is already in the memory pool");
        var conflicting = Conflicting(tx);
        if (conflicting.Count > 0 && tx.NetworkFee <= conflicting.Sum(c => c.NetworkFee))
            return new(VerifyResult.HasConflicts, $"transaction {tx.Hash} conflicts with pooled transactions paying at least as much network fee");
        var result = TransactionVerifier.VerifyStateIndependent(tx, settings);
        if (!result.Succeeded) return result;
        result = TransactionVerifier.VerifyStateDependent(tx, settings, snapshot, PendingFees(tx.Sender, conflicting));
        if (!result.Succeeded) return result;
        if (_transactions.Count >= Capacity)
        {
            var lowest = Ordered().Last();
            if (Compare(tx, lowest) <= 0)
                return new(VerifyResult.OutOfMemory, $"the memory pool is full ({Capacity} transactions) and this one pays too little to enter it");
            _transactions.Remove(lowest.Hash);
        }
        foreach (var c in conflicting) _transactions.Remove(c.Hash);
        _transactions[tx.Hash] = tx;
        return Verification.Succeed;
    }

    /// <summary>Pooled transactions in block order (highest priority first).</summary>
    public IReadOnlyList<Transaction> Ordered() =>
        _transactions.Values.OrderByDescending(t => t, Comparer<Transaction>.Create(Compare)).ToList();

    public void Remove(UInt256 hash) => _transactions.Remove(hash);

    /// <summary>Drops every pooled transaction that no longer verifies against <paramref name="snapshot"/> (after a block).</summary>
    public int Revalidate(ProtocolSettings settings, DataCache snapshot)
    {
        var kept = new Dictionary<UInt256, Transaction>();
        var removed = 0;
        foreach (var tx in Ordered())
        {
            var pending = kept.Values.Where(t => t.Sender == tx.Sender).Aggregate(BigInteger.Zero, (s, t) => s + t.SystemFee + t.NetworkFee);
            if (Runtime.Native.LedgerContract.GetTransactionState(snapshot, tx.Hash) is null
                && TransactionVerifier.VerifyStateDependent(tx, settings, snapshot, pending).Succeeded)
                kept[tx.Hash] = tx;
            else removed++;
        }
        _transactions.Clear();
        foreach (var (hash, tx) in kept) _transactions[hash] = tx;
        return removed;
    }

    private List<Transaction> Conflicting(Transaction tx)
    {
        var named = tx.Attributes.OfType<ConflictsAttribute>().Select(a => a.Hash).ToHashSet();
        var signers = tx.Signers.Select(s => s.Account).ToHashSet();
        return _transactions.Values.Where(p =>
            (named.Contains(p.Hash) && signers.Contains(p.Sender))
            || (p.Attributes.OfType<ConflictsAttribute>().Any(a => a.Hash == tx.Hash) && p.Signers.Any(s => s.Account == tx.Sender))).ToList();
    }

    /// <summary>neo PoolItem.CompareTo: HighPriority, then fee per byte, then network fee.</summary>
    private static int Compare(Transaction a, Transaction b)
    {
        bool ha = a.Attributes.Any(x => x is HighPriorityAttribute), hb = b.Attributes.Any(x => x is HighPriorityAttribute);
        if (ha != hb) return ha ? 1 : -1;
        var perByte = (a.NetworkFee / a.Size).CompareTo(b.NetworkFee / b.Size);
        if (perByte != 0) return perByte;
        var fee = a.NetworkFee.CompareTo(b.NetworkFee);
        return fee != 0 ? fee : b.Hash.CompareTo(a.Hash);
    }
}
