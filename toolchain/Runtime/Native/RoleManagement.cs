using System.Buffers.Binary;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>The node roles RoleManagement designates (neo Native/Role.cs).</summary>
public enum Role : byte
{
    StateValidator = 4,
    Oracle = 8,
    NeoFSAlphabetNode = 16,
    P2PNotary = 32,
}

/// <summary>
/// RoleManagement (id -8): node lists by role. Storage: role byte + index (u32 big-endian) → serialized NodeList, an Array of
/// 33-byte compressed keys sorted ascending; the list in force at block i is the one with the greatest index ≤ i.
/// getDesignatedByRole(role, index) [2^15, ReadStates] → Array of public keys (empty if none); designateAsRole(role, nodes)
/// [2^15, States|AllowNotify] needs the committee's witness and designates for the block after the persisting one.
/// </summary>
public sealed class RoleManagement() : NativeContract(-8, "RoleManagement")
{
    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        new("getDesignatedByRole", NativeMethod.Params(("role", T.Integer), ("index", T.Integer)), T.Array, 1 << 15, CallFlags.ReadStates,
            (e, a) => new Vm.Types.Array(GetDesignatedByRole(e.Snapshot, ToRole(a[0]), NativeArguments.UInt32(a[1], "index"))
                .Select(k => (StackItem)k.ToArray()))),
        new("designateAsRole", NativeMethod.Params(("role", T.Integer), ("nodes", T.Array)), T.Void, 1 << 15,
            CallFlags.States | CallFlags.AllowNotify,
            (e, a) => DesignateAsRole(e, (Role)NativeArguments.Byte(a[0], "role"),
                NativeArguments.List(a[1], "nodes", k => ECPoint.Decode(k.GetSpan(), ECCurve.Secp256r1)))),
    ];

    /// <summary>Echidna's Designation(Role, BlockIndex, Old, New).</summary>
    protected override IEnumerable<Manifest.ContractEventDescriptor> DefineEvents() =>
    [
        new("Designation", NativeMethod.Params(("Role", T.Integer), ("BlockIndex", T.Integer), ("Old", T.Array), ("New", T.Array))),
    ];

    private static Role ToRole(StackItem item)
    {
        var role = (Role)NativeArguments.Byte(item, "role");
        return Enum.IsDefined(role) ? role : throw new ArgumentOutOfRangeException("role", $"Role {role} is not valid");
    }

    /// <summary>neo's order: 1..32 nodes, a defined role, the committee's witness, then <see cref="Designate"/>.</summary>
    private StackItem? DesignateAsRole(ApplicationEngine engine, Role role, List<ECPoint> nodes)
    {
        if (nodes.Count == 0 || nodes.Count > 32)
            throw new ArgumentException($"Nodes count {nodes.Count} must be between 1 and 32", "nodes");
        if (!Enum.IsDefined(role)) throw new ArgumentOutOfRangeException("role", $"Role {role} is not valid");
        NeoToken.AssertCommittee(engine);
        Designate(engine, role, nodes);
        return null;
    }

    private static byte[] Key(Role role, uint index)
    {
        Span<byte> be = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(be, index);
        return StorageKeys.Create(-8, (byte)role, be);
    }

    /// <summary>The nodes designated for <paramref name="role"/> as of block <paramref name="index"/> (≤ current + 1).</summary>
    public static ECPoint[] GetDesignatedByRole(IStoreView snapshot, Role role, uint index)
    {
        if (!Enum.IsDefined(role)) throw new ArgumentOutOfRangeException(nameof(role), $"Role {role} is not valid");
        var currentIndex = LedgerContract.CurrentIndex(snapshot);
        if (currentIndex + 1 < index)
            throw new ArgumentOutOfRangeException(nameof(index), $"Index {index} exceeds current index + 1 ({currentIndex + 1})");
        var start = Key(role, index);
        foreach (var (key, value) in snapshot.Seek(StorageKeys.Create(-8, (byte)role, []), backward: true))
        {
            if (ByteKeyComparer.Instance.Compare(key, start) > 0) continue;
            var list = (Vm.Types.Array)BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default);
            return list.Select(k => ECPoint.Decode(k.GetSpan(), ECCurve.Secp256r1)).ToArray();
        }
        return [];
    }

    /// <summary>
    /// Writes a designation as designateAsRole does after its checks (distinct keys, stored sorted for block
    /// persistingIndex + 1) and notifies Designation(role, persistingIndex, old keys, new keys in the given order).
    /// </summary>
    internal void Designate(ApplicationEngine engine, Role role, IReadOnlyList<ECPoint> nodes)
    {
        if (engine.PersistingBlock is null) throw new InvalidOperationException("Persisting block is null");
        var index = engine.PersistingBlock.Index + 1;
        var key = Key(role, index);
        if (engine.Snapshot.Contains(key)) throw new InvalidOperationException("Role already designated");
        if (nodes.Distinct().Count() != nodes.Count) throw new InvalidOperationException("Duplicate publickeys are not allowed");
        var sorted = nodes.Order().Select(k => (StackItem)k.ToArray());
        engine.Snapshot.Put(key, BinarySerializer.Serialize(new Vm.Types.Array(sorted), ExecutionEngineLimits.Default));
        var old = new Vm.Types.Array(GetDesignatedByRole(engine.Snapshot, role, index - 1).Select(k => (StackItem)k.ToArray()));
        var @new = new Vm.Types.Array(nodes.Select(k => (StackItem)k.ToArray()));
        engine.SendNotification(Hash, "Designation", new Vm.Types.Array([(long)(byte)role, (long)engine.PersistingBlock.Index, old, @new]));
    }
}
