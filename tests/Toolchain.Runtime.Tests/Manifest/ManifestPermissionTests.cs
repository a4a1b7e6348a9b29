using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using static Protocol.Toolchain.Runtime.Tests.Manifest.ManifestParseTests;

namespace Protocol.Toolchain.Runtime.Tests.Manifest;

/// <summary>CanCall / ContractPermission.IsAllowed semantics (neo ContractPermission.IsAllowed, UT_ContractPermission).</summary>
public class ManifestPermissionTests
{
    private static readonly UInt160 Target = UInt160.Parse("0xfe924b7cfe89ddd271abaf7210a80a7e11178758");
    private static readonly UInt160 Other = UInt160.Parse("0x0000000000000000000000000000000000000001");
    private static readonly ECPoint GroupKey = ECPoint.Parse("03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c");

    private static ContractManifest WithPermissions(string permissions) => ContractManifest.Parse(ManifestJson(permissions: permissions));

    [Fact]
    public void Wildcard_permission_allows_everything()
    {
        var caller = WithPermissions("[{\"contract\":\"*\",\"methods\":\"*\"}]");
        Assert.True(caller.CanCall(Target, [], "anything"));
        Assert.True(ContractPermission.Default.IsAllowed(Other, [], "x"));
    }

    [Fact]
    public void Hash_permission_matches_only_that_contract_and_listed_methods()
    {
        var caller = WithPermissions("[{\"contract\":\"0xfe924b7cfe89ddd271abaf7210a80a7e11178758\",\"methods\":[\"request\"]}]");
        Assert.True(caller.CanCall(Target, [], "request"));
        Assert.False(caller.CanCall(Target, [], "finish"));
        Assert.False(caller.CanCall(Other, [], "request"));
    }

    [Fact]
    public void Group_permission_matches_contracts_carrying_the_group()
    {
        var caller = WithPermissions($"[{{\"contract\":\"{GroupKey}\",\"methods\":\"*\"}}]");
        Assert.True(caller.Permissions[0].Contract.IsGroup);
        Assert.True(caller.CanCall(Other, [GroupKey], "m"));
        Assert.False(caller.CanCall(Other, [], "m"));
        var target = ContractManifest.Parse(ManifestJson(groups: $"[{{\"pubkey\":\"{GroupKey}\",\"signature\":\"{new string('A', 86)}==\"}}]"));
        Assert.True(caller.CanCall(Other, target, "m"));
    }

    [Fact]
    public void No_permissions_allow_nothing()
    {
        var caller = WithPermissions("[]");
        Assert.False(caller.CanCall(Target, [GroupKey], "request"));
    }

    [Fact]
    public void Any_matching_permission_suffices()
    {
        var caller = WithPermissions("[{\"contract\":\"0x0000000000000000000000000000000000000001\",\"methods\":[\"a\"]},{\"contract\":\"*\",\"methods\":[\"onNEP17Payment\"]}]");
        Assert.True(caller.CanCall(Other, [], "a"));
        Assert.True(caller.CanCall(Target, [], "onNEP17Payment"));
        Assert.False(caller.CanCall(Target, [], "a"));
    }

    [Fact]
    public void Descriptor_parsing_by_length()
    {
        Assert.True(ContractPermissionDescriptor.Parse("*").IsWildcard);
        Assert.Equal(Target, ContractPermissionDescriptor.Parse(Target.ToString()).Hash);
        Assert.Equal(GroupKey, ContractPermissionDescriptor.Parse(GroupKey.ToString()).Group);
        Assert.Throws<FormatException>(() => ContractPermissionDescriptor.Parse("**"));
        Assert.Equal(ContractPermissionDescriptor.Create(Target), ContractPermissionDescriptor.Parse(Target.ToString()));
        Assert.NotEqual(ContractPermissionDescriptor.Wildcard, ContractPermissionDescriptor.Create(Target));
    }
}
