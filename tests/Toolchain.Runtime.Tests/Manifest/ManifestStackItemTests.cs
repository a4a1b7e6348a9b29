using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Tests.Support;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Tests.Manifest;

/// <summary>The manifest's stack-item form (as ContractManagement stores it) round-trips for every devpack manifest.</summary>
public class ManifestStackItemTests
{
    public static IEnumerable<object[]> Manifests() =>
        Directory.EnumerateFiles(TestData.Path("neo-devpack", "artifacts"), "*.manifest.json").Order().Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Stack_item_form_round_trips_through_binary_serialization(string file)
    {
        var json = File.ReadAllText(TestData.Path("neo-devpack", "artifacts", file));
        var manifest = ContractManifest.Parse(json);
        var bytes = BinarySerializer.Serialize(manifest.ToStackItem(), ExecutionEngineLimits.Default);
        var back = ManifestStackItems.FromStackItem(BinarySerializer.Deserialize(bytes, ExecutionEngineLimits.Default));
        Assert.Equal(manifest.ToJson(), back.ToJson());
        Assert.True(VmManifestChecks.Default.FitsStackItemLimits(manifest));
    }

    [Fact]
    public void Layout_is_neos_eight_field_struct()
    {
        var manifest = ContractManifest.Parse(File.ReadAllText(TestData.Path("neo-devpack", "artifacts", "Contract1.manifest.json")));
        var item = manifest.ToStackItem();
        Assert.Equal(8, item.Count);
        Assert.Equal(manifest.Name, item[0].GetString());
        Assert.Empty((Map)item[2]);
        var abi = (Struct)item[4];
        var firstMethod = (Struct)((Vm.Types.Array)abi[0])[0];
        Assert.Equal(5, firstMethod.Count); // name, parameters, return type, offset, safe
        Assert.StartsWith("{\"Version\":\"3.9.1\"", item[7].GetString()); // extra as compact JSON text
        var bare = ContractManifest.Parse(File.ReadAllText(TestData.Path("neo-devpack", "artifacts", "Contract1.manifest.json"))
            .Replace(manifest.ToJson()[manifest.ToJson().IndexOf("\"extra\":", StringComparison.Ordinal)..^1], "\"extra\":null"));
        Assert.Equal("null", bare.ToStackItem()[7].GetString()); // no extra → the JSON text "null"
    }
}
