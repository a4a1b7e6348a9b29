using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using static Protocol.Toolchain.Runtime.Tests.Manifest.ManifestParseTests;

namespace Protocol.Toolchain.Runtime.Tests.Manifest;

public class ManifestGroupAndVmCheckTests
{
    private static readonly UInt160 ContractHashValue = UInt160.Parse("0xb6ae1662a8228ed73e372b0d0ea11716445a4281");

    private sealed class FakeVm(Func<int, bool> boundary, bool fits) : IManifestVmChecks
    {
        public bool IsInstructionBoundary(ReadOnlyMemory<byte> script, int offset) => boundary(offset);

        public bool FitsStackItemLimits(ContractManifest manifest) => fits;
    }

    private static ContractManifest SignedManifest(KeyPair key, UInt160 hash)
    {
        var signature = Convert.ToBase64String(key.Sign(hash.AsSpan()));
        return ContractManifest.Parse(ManifestJson(groups: $"[{{\"pubkey\":\"{key.PublicKey}\",\"signature\":\"{signature}\"}}]"));
    }

    [Fact]
    public void Group_signature_verifies_over_the_contract_hash()
    {
        var key = new KeyPair(Convert.FromHexString("6e63fda41e9e3aba9bb5696d58a75731f044a9bdc48fe546da571543b2fa460e"));
        var manifest = SignedManifest(key, ContractHashValue);
        Assert.True(manifest.GroupsAreValid(ContractHashValue));
        Assert.False(manifest.GroupsAreValid(UInt160.Zero));
        Assert.True(manifest.IsValid(ContractHashValue, new FakeVm(_ => true, fits: true)));
        Assert.False(manifest.IsValid(ContractHashValue, new FakeVm(_ => true, fits: false)));
    }

    [Fact]
    public void Offsets_are_checked_through_the_vm_extension_point()
    {
        var methods = "[{\"name\":\"a\",\"parameters\":[],\"returntype\":\"Void\",\"offset\":0,\"safe\":false},{\"name\":\"b\",\"parameters\":[],\"returntype\":\"Void\",\"offset\":3,\"safe\":false}]";
        var manifest = ContractManifest.Parse(ManifestJson(methods: methods));
        manifest.CheckAgainstScript(new byte[4], new FakeVm(_ => true, fits: true));
        var ex = Assert.Throws<FormatException>(() => manifest.CheckAgainstScript(new byte[4], new FakeVm(o => o != 3, fits: true)));
        Assert.Contains("'b'", ex.Message);
    }
}
