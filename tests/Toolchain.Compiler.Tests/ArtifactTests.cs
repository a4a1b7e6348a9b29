using System.IO.Compression;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Testing;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>What the compiler emits for every sample: identical bytes for identical input, manifests the engine accepts, NEP-19 debug info.</summary>
public class ArtifactTests
{
    public static TheoryData<string> Samples => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.cs").Select(Path.GetFileName).Order()!);

    private static IReadOnlyList<CompiledContract> Compile(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Samples", file);
        var result = ContractCompiler.Compile([(path, File.ReadAllText(path))]);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Contracts;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Building_twice_gives_identical_bytes(string file)
    {
        var first = Compile(file);
        var second = Compile(file);
        Assert.Equal(first.Count, second.Count);
        for (int i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i].Nef.ToArray(), second[i].Nef.ToArray());
            Assert.Equal(first[i].Manifest.ToJson(), second[i].Manifest.ToJson());
            Assert.Equal(first[i].DebugInfo.ToZip(first[i].Name), second[i].DebugInfo.ToZip(second[i].Name));
            Assert.Equal(first[i].Listing, second[i].Listing);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_manifest_passes_the_engines_validation_and_deploys(string file)
    {
        foreach (var contract in Compile(file))
        {
            var json = contract.Manifest.ToJson();
            var parsed = ContractManifest.Parse(json); // Neo's JSON rules
            Assert.Equal(json, parsed.ToJson());
            var nef = NefFile.Parse(contract.Nef.ToArray()); // checksum, sizes, tokens
            var hash = ContractHash.Compute(UInt160.Zero, nef.CheckSum, parsed.Name);
            Assert.True(parsed.IsValid(hash, VmManifestChecks.Default));
            parsed.CheckAgainstScript(nef.Script, VmManifestChecks.Default);
            Assert.DoesNotContain(parsed.Permissions, p => p.Contract.IsWildcard && p.Methods.IsWildcard);
            var engine = new TestEngine();
            var deployed = engine.Deploy(contract.Nef.ToArray(), contract.Manifest.ToJsonUtf8());
            Assert.Equal(ContractHash.Compute(TestEngine.DefaultSender, nef.CheckSum, parsed.Name), deployed);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Debug_info_follows_nep19(string file)
    {
        foreach (var contract in Compile(file))
        {
            using var zip = new ZipArchive(new MemoryStream(contract.DebugInfo.ToZip(contract.Name)));
            var entry = Assert.Single(zip.Entries);
            Assert.Equal(contract.Name + ".debug.json", entry.Name);
            using var json = JsonDocument.Parse(entry.Open());
            var root = json.RootElement;
            Assert.Equal(UInt160.FromScript(contract.Nef.Script.Span).ToString(), root.GetProperty("hash").GetString());
            var documents = root.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).ToList();
            Assert.Contains(documents, d => d.EndsWith(file, StringComparison.Ordinal));
            var ranges = new List<(int Start, int End)>();
            foreach (var method in root.GetProperty("methods").EnumerateArray())
            {
                var range = method.GetProperty("range").GetString()!.Split('-').Select(int.Parse).ToArray();
                Assert.InRange(range[0], 0, range[1]);
                Assert.InRange(range[1], 0, contract.Nef.Script.Length - 1);
                ranges.Add((range[0], range[1]));
                Assert.Contains(",", method.GetProperty("name").GetString());
                foreach (var point in method.GetProperty("sequence-points").EnumerateArray().Select(p => p.GetString()!))
                {
                    var match = System.Text.RegularExpressions.Regex.Match(point, @"^(\d+)\[(\d+)\](\d+):(\d+)-(\d+):(\d+)$");
                    Assert.True(match.Success, point);
                    Assert.InRange(int.Parse(match.Groups[1].Value), range[0], range[1]);
                    Assert.InRange(int.Parse(match.Groups[2].Value), 0, documents.Count - 1);
                }
            }
            // Method ranges do not overlap, and every ABI method starts one.
            Assert.True(ranges.OrderBy(r => r.Start).Zip(ranges.OrderBy(r => r.Start).Skip(1)).All(p => p.First.End < p.Second.Start));
            foreach (var abi in contract.Manifest.Abi.Methods) Assert.Contains(ranges, r => r.Start == abi.Offset);
            Assert.Equal(contract.Manifest.Abi.Events.Count, root.GetProperty("events").GetArrayLength());
        }
    }
}
