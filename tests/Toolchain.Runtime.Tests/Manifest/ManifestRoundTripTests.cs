using System.Text;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Tests.Support;

namespace Protocol.Toolchain.Runtime.Tests.Manifest;

/// <summary>Parse → serialize reproduces Neo's manifest JSON exactly.</summary>
public class ManifestRoundTripTests
{
    public static TheoryData<string> DevpackManifests()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestData.Path("neo-devpack", "artifacts"), "*.manifest.json").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    public static TheoryData<string> NeoSampleManifests()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestData.Path("manifests"), "*.manifest.json").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>
    /// neo-devpack artefacts hold the manifest exactly as Neo's serialiser wrote it (compact, \uXXXX escaping),
    /// so the comparison is byte-for-byte.
    /// </summary>
    [Theory]
    [MemberData(nameof(DevpackManifests))]
    public void Devpack_manifest_round_trips_byte_for_byte(string file)
    {
        var bytes = File.ReadAllBytes(TestData.Path("neo-devpack", "artifacts", file));
        var manifest = ContractManifest.Parse(bytes);
        Assert.Equal(Encoding.UTF8.GetString(bytes), manifest.ToJson());
        Assert.Equal(bytes, manifest.ToJsonUtf8());
    }

    /// <summary>
    /// neo's TestFile samples are pretty-printed (indented) copies of mainnet manifests, so they differ from Neo's
    /// compact output only by whitespace: the expected text is the file with the insignificant whitespace removed.
    /// </summary>
    [Theory]
    [MemberData(nameof(NeoSampleManifests))]
    public void Neo_sample_manifest_round_trips_modulo_whitespace(string file)
    {
        var text = File.ReadAllText(TestData.Path("manifests", file));
        var manifest = ContractManifest.Parse(text);
        Assert.Equal(RemoveWhitespace(text), manifest.ToJson());
    }

    [Fact]
    public void Every_conformance_manifest_was_found()
    {
        Assert.Equal(149, DevpackManifests().Count);
        Assert.Equal(7, NeoSampleManifests().Count);
    }

    /// <summary>Drops whitespace outside JSON strings.</summary>
    private static string RemoveWhitespace(string json)
    {
        var sb = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                sb.Append(c);
                if (c == '\\') sb.Append(json[++i]);
                else if (c == '"') inString = false;
            }
            else if (c == '"')
            {
                inString = true;
                sb.Append(c);
            }
            else if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    [Fact]
    public void Reparsing_the_output_is_stable()
    {
        var text = File.ReadAllText(TestData.Path("manifests", "SampleNep17Token.manifest.json"));
        var once = ContractManifest.Parse(text).ToJson();
        Assert.Equal(once, ContractManifest.Parse(once).ToJson());
        using var doc = JsonDocument.Parse(once);
        Assert.Equal(["name", "groups", "features", "supportedstandards", "abi", "permissions", "trusts", "extra"],
            doc.RootElement.EnumerateObject().Select(p => p.Name));
    }
}
