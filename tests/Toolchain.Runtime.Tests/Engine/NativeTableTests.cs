using System.Text.RegularExpressions;
using Protocol.Toolchain.Conformance;
using Protocol.Toolchain.Runtime.Native;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>The registered native contracts against the published table (reference/neo-n3.md §2.10): id, name, hash.</summary>
public sealed partial class NativeTableTests
{
    [Fact]
    public void All_eleven_natives_are_registered_with_the_published_ids_names_and_hashes()
    {
        var text = File.ReadAllText(Path.Combine(ConformancePaths.Root, "..", "reference", "neo-n3.md"));
        var published = Row().Matches(text).Select(m => (Id: int.Parse(m.Groups["id"].Value), Name: m.Groups["name"].Value, Hash: m.Groups["hash"].Value)).ToList();
        Assert.Equal(11, published.Count);
        Assert.Equal(published.Select(p => p.Id), NativeContracts.All.Select(c => c.Id));
        foreach (var (id, name, hash) in published)
        {
            var native = NativeContracts.All.Single(c => c.Id == id);
            Assert.Equal(name, native.Name);
            Assert.Equal(hash, native.Hash.ToString());
            Assert.Same(native, NativeContracts.Get(native.Hash));
        }
    }

    [GeneratedRegex(@"^\| (?<id>-\d+) \| (?<name>\w+)(?: \([^)]*\))? \| (?<hash>0x[0-9a-f]{40}) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
