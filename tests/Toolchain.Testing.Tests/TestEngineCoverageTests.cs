using Protocol.Toolchain.Conformance;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing.Coverage;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>Instruction coverage per contract and method, and storage seeding/reading.</summary>
public class TestEngineCoverageTests
{
    private static string Artifact(string name, string ext) => Path.Combine(ConformancePaths.Root, "neo-devpack", "artifacts", $"{name}.{ext}");

    private static (TestEngine Engine, UInt160 Hash) Deployed(string name)
    {
        var engine = new TestEngine { Signers = [new Signer(UInt160.Parse("0x0102030405060708090a0102030405060708090a"), WitnessScope.CalledByEntry)] };
        return (engine, engine.Deploy(Artifact(name, "nef"), Artifact(name, "manifest.json")));
    }

    [Fact]
    public void Coverage_counts_the_instructions_each_call_executed_per_abi_method()
    {
        var (engine, hash) = Deployed("Contract1");
        var before = engine.Coverage(hash);
        Assert.Equal(0, before.Covered);
        Assert.Equal(6, before.Methods.Count);
        engine.Call<byte[]>(hash, "unitTest_001");
        var after = engine.Coverage(hash);
        var first = after.Methods.Single(m => m.Name == "unitTest_001");
        Assert.Equal(first.Total, first.Covered); // a straight-line method is fully covered by one call
        Assert.All(after.Methods.Where(m => m.Name != "unitTest_001"), m => Assert.Equal(0, m.Covered));
        Assert.Equal(first.Covered, after.Covered);
        Assert.True(after.Ratio is > 0 and < 1);
    }

    [Fact]
    public void Debug_info_ranges_replace_the_abi_derived_ones()
    {
        var (engine, hash) = Deployed("Contract1");
        var path = Path.Combine(Path.GetTempPath(), $"contract1-{Guid.NewGuid():N}.debug.json");
        File.WriteAllText(path, """{"methods":[{"id":"1","name":"Contract1,unitTest_001","range":"0-13"},{"id":"2","name":"Contract1,rest","range":"14-200"}]}""");
        engine.AddDebugInfo(hash, path);
        engine.Call<byte[]>(hash, "unitTest_001");
        var report = engine.Coverage(hash);
        Assert.Equal(["Contract1,unitTest_001", "Contract1,rest"], report.Methods.Select(m => m.Name));
        Assert.Equal(report.Methods[0].Total, report.Methods[0].Covered);
        File.Delete(path);
    }

    [Fact]
    public void Storage_can_be_seeded_read_and_searched()
    {
        var (engine, hash) = Deployed("Contract1");
        engine.SetStorage(hash, [0x01, 0x02], [0xAA]);
        engine.SetStorage(hash, [0x01, 0x03], [0xBB]);
        engine.SetStorage(hash, [0x02], [0xCC]);
        Assert.Equal(new byte[] { 0xAA }, engine.GetStorage(hash, [0x01, 0x02]));
        var found = engine.FindStorage(hash, [0x01]);
        Assert.Equal([[0x01, 0x02], [0x01, 0x03]], found.Select(e => e.Key));
        engine.SetStorage(hash, [0x02], null);
        Assert.Null(engine.GetStorage(hash, [0x02]));
        Assert.Throws<ArgumentException>(() => engine.GetStorage(UInt160.Zero, [0x01]));
    }
}
