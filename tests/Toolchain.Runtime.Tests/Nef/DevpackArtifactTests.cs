using System.Text.Json;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Runtime.Tests.Support;

namespace Protocol.Toolchain.Runtime.Tests.Nef;

/// <summary>
/// The 149 NEF files compiled by neo-devpack-dotnet (shared/conformance/neo-devpack/artifacts, with index.json):
/// each parses, re-serializes to the same bytes, and yields the published checksum, sizes and contract hashes.
/// </summary>
public class DevpackArtifactTests
{
    // Senders fixed by the conformance data set (README §Signers): Alice, and the TestEngine's default sender
    // (the validators multisig of neo's unit-test committee).
    private static readonly UInt160 Alice = UInt160.Parse("0x0102030405060708090a0102030405060708090a");
    private static readonly UInt160 TestEngineSender = UInt160.Parse("0x9f8f056a53e39585c7bb52886418c7bed83d126b");

    public static TheoryData<string> ArtifactIds()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Index().EnumerateArray()) data.Add(entry.GetProperty("id").GetString()!);
        return data;
    }

    private static JsonElement Index()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(TestData.Path("neo-devpack", "artifacts", "index.json")));
        return doc.RootElement.Clone();
    }

    private static JsonElement Entry(string id) => Index().EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    [Theory]
    [MemberData(nameof(ArtifactIds))]
    public void Nef_parses_round_trips_and_matches_index(string id)
    {
        var entry = Entry(id);
        var bytes = File.ReadAllBytes(TestData.Path("neo-devpack", "artifacts", id + ".nef"));
        var nef = NefFile.Parse(bytes);
        Assert.Equal(bytes, nef.ToArray());
        Assert.Equal(entry.GetProperty("nefChecksum").GetUInt32(), nef.CheckSum);
        Assert.Equal(NefFile.ComputeChecksum(nef), nef.CheckSum);
        Assert.Equal(entry.GetProperty("nefCompiler").GetString(), nef.Compiler);
        Assert.Equal(entry.GetProperty("nefSize").GetInt32(), nef.Size);
        Assert.Equal(entry.GetProperty("scriptSize").GetInt32(), nef.Script.Length);
        var tokens = entry.GetProperty("methodTokens").EnumerateArray().ToArray();
        Assert.Equal(tokens.Length, nef.Tokens.Count);
        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.Equal(tokens[i].GetProperty("hash").GetString(), nef.Tokens[i].Hash.ToString());
            Assert.Equal(tokens[i].GetProperty("method").GetString(), nef.Tokens[i].Method);
            Assert.Equal(tokens[i].GetProperty("paramcount").GetInt32(), nef.Tokens[i].ParametersCount);
            Assert.Equal(tokens[i].GetProperty("hasreturnvalue").GetBoolean(), nef.Tokens[i].HasReturnValue);
            Assert.Equal(tokens[i].GetProperty("callflags").GetInt32(), (int)nef.Tokens[i].CallFlags);
        }

        var name = entry.GetProperty("manifestName").GetString()!;
        Assert.Equal(entry.GetProperty("hashWithDefaultAlice").GetString(), ContractHash.Compute(Alice, nef.CheckSum, name).ToString());
        Assert.Equal(entry.GetProperty("hashWithTestEngineDefaultSender").GetString(), ContractHash.Compute(TestEngineSender, nef.CheckSum, name).ToString());
    }

    [Fact]
    public void Index_covers_checksums_needing_every_push_width()
    {
        // The set includes checksums that need PUSHINT64 (>= 2^31) as well as smaller ones.
        var checksums = Index().EnumerateArray().Select(e => e.GetProperty("nefChecksum").GetUInt32()).ToArray();
        Assert.Contains(checksums, c => c >= 0x80000000u);
        Assert.Contains(checksums, c => c < 0x80000000u);
    }
}
