using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Testing.Tests.NativeTestSupport;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>RoleManagement (reference §2.10; neo Native/RoleManagement.cs): role and index checks, NodeList storage, Designation.</summary>
public class RoleManagementTests
{
    private static readonly UInt160 Roles = NativeContracts.RoleManagement.Hash;
    private static readonly ECPoint[] Keys = ProtocolSettings.Default.StandbyCommittee.Take(4).ToArray();

    private static byte[][] Encoded(IEnumerable<ECPoint> keys) => keys.Select(k => k.ToArray()).ToArray();

    private static byte[][] Items(StackItem item) => ((Vm.Types.Array)item).Select(k => k.GetSpan().ToArray()).ToArray();

    [Fact]
    public void Id_hash_methods_and_event_are_neos()
    {
        Assert.Equal(-8, NativeContracts.RoleManagement.Id);
        Assert.Equal("0x49cf4e5378ffcd4dec034fd98a174c5491e395e2", Roles.ToString());
        var abi = NativeContracts.RoleManagement.State.Manifest.Abi;
        Assert.Equal(["designateAsRole", "getDesignatedByRole"], abi.Methods.Select(m => m.Name));
        Assert.False(abi.Methods[0].Safe);
        Assert.True(abi.Methods[1].Safe);
        var designation = Assert.Single(abi.Events);
        Assert.Equal("Designation", designation.Name);
        Assert.Equal(["Role", "BlockIndex", "Old", "New"], designation.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Nothing_is_designated_at_genesis()
    {
        var engine = new TestEngine();
        Assert.Empty(engine.Call<Vm.Types.Array>(Roles, "getDesignatedByRole", (int)Role.Oracle, 0));
        // PUSH0 1, PUSH8 1, PUSH2 1, PACK 2048, PUSH15 1, PUSHDATA1 ×2 16, SYSCALL 32768, PUSH0 1, CpuFee 32768: 67605 × 30.
        Assert.Equal(2_028_150, engine.LastFeeConsumed);
        Assert.Empty(engine.Call<Vm.Types.Array>(Roles, "getDesignatedByRole", (int)Role.P2PNotary, 1));
    }

    [Fact]
    public void GetDesignatedByRole_checks_role_and_index_like_neo()
    {
        var engine = new TestEngine();
        TestEngine.AssertFault(() => engine.Invoke(Roles, "getDesignatedByRole", 5, 0), "Role 5 is not valid (Parameter 'role')");
        TestEngine.AssertFault(() => engine.Invoke(Roles, "getDesignatedByRole", 256, 0), "overflow"); // (byte)BigInteger
        TestEngine.AssertFault(() => engine.Invoke(Roles, "getDesignatedByRole", 8, 2), "Index 2 exceeds current index + 1 (1) (Parameter 'index')");
        TestEngine.AssertFault(() => engine.Invoke(Roles, "getDesignatedByRole", 8, -1), "overflow");
    }

    [Fact]
    public void DesignateAsRole_needs_the_committee()
    {
        var engine = EngineSignedBy(Alice);
        TestEngine.AssertFault(() => engine.Invoke(Roles, "designateAsRole", 8, Keys[..1]), "Invalid committee signature.");
        // Argument checks come first (neo order: count, role, committee).
        TestEngine.AssertFault(() => engine.Invoke(Roles, "designateAsRole", 8, System.Array.Empty<ECPoint>()),
            "Nodes count 0 must be between 1 and 32 (Parameter 'nodes')");
        TestEngine.AssertFault(() => engine.Invoke(Roles, "designateAsRole", 3, Keys[..1]), "Role 3 is not valid");
    }

    [Fact]
    public void Designation_is_stored_sorted_for_the_next_block_and_notified_in_the_given_order()
    {
        var engine = EngineSignedBy(Committee);
        var given = new[] { Keys[2], Keys[0], Keys[1] };
        engine.Invoke(Roles, "designateAsRole", (int)Role.Oracle, given);
        var notification = Assert.Single(engine.LastNotifications);
        Assert.Equal(Roles, notification.ScriptHash);
        Assert.Equal("Designation", notification.EventName);
        Assert.Equal(4, notification.State.Count);
        Assert.Equal(8, (int)notification.State[0].GetInteger());
        Assert.Equal(1, (int)notification.State[1].GetInteger()); // the persisting block
        Assert.Empty(Items(notification.State[2]));
        Assert.Equal(Encoded(given), Items(notification.State[3]));

        // Storage: id -8 (LE) ‖ role ‖ index 2 (u32 BE) → serialized NodeList Array, sorted by key.
        var key = Hex.Decode("f8ffffff" + "08" + "00000002");
        var stored = BinarySerializer.Deserialize(engine.State.TryGet(key)!, ExecutionEngineLimits.Default);
        Assert.Equal(Encoded(given.Order()), Items(stored));

        Assert.Empty(engine.Call<Vm.Types.Array>(Roles, "getDesignatedByRole", 8, 1)); // takes effect at block 2
        PersistBlock(engine, 1);
        Assert.Equal(Encoded(given.Order()), Items(engine.Call<Vm.Types.Array>(Roles, "getDesignatedByRole", 8, 2)));
        Assert.Equal(Encoded(given.Order()), Encoded(RoleManagement.GetDesignatedByRole(engine.State, Role.Oracle, 2)));
        Assert.Empty(engine.Call<Vm.Types.Array>(Roles, "getDesignatedByRole", (int)Role.StateValidator, 2));
    }

    [Fact]
    public void A_role_is_designated_once_per_block_without_duplicates()
    {
        var engine = EngineSignedBy(Committee);
        TestEngine.AssertFault(() => engine.Invoke(Roles, "designateAsRole", 8, new[] { Keys[0], Keys[0] }), "Duplicate publickeys are not allowed");
        TestEngine.AssertFault(() => engine.Invoke(Roles, "designateAsRole", 8, Enumerable.Repeat(Keys[0], 33).ToArray()),
            "Nodes count 33 must be between 1 and 32");
        engine.Invoke(Roles, "designateAsRole", 8, Keys[..1]);
        TestEngine.AssertFault(() => engine.Invoke(Roles, "designateAsRole", 8, Keys[1..2]), "Role already designated");
        engine.Invoke(Roles, "designateAsRole", (int)Role.P2PNotary, Keys[1..2]); // another role is free
    }

    [Fact]
    public void A_later_designation_reports_the_old_list()
    {
        var engine = EngineSignedBy(Committee);
        engine.Invoke(Roles, "designateAsRole", 16, Keys[..2]);
        PersistBlock(engine, 1);
        engine.AdvanceBlocks(1); // persisting block 2
        engine.Invoke(Roles, "designateAsRole", 16, Keys[3..4]);
        var state = Assert.Single(engine.LastNotifications).State;
        Assert.Equal(2, (int)state[1].GetInteger());
        Assert.Equal(Encoded(Keys[..2].Order()), Items(state[2]));
        Assert.Equal(Encoded(Keys[3..4]), Items(state[3]));
        PersistBlock(engine, 2);
        Assert.Equal(Encoded(Keys[..2].Order()), Items(engine.Call<Vm.Types.Array>(Roles, "getDesignatedByRole", 16, 2)));
        Assert.Equal(Encoded(Keys[3..4]), Items(engine.Call<Vm.Types.Array>(Roles, "getDesignatedByRole", 16, 3)));
    }
}
