using System.Numerics;
using System.Reflection;
using System.Text;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing.Proxies;

namespace Protocol.Toolchain.Testing.Tests.Proxies;

/// <summary>
/// The proxy the source generator made from Showcase.manifest.json (built into this assembly), called on the chain:
/// every ABI type round-trips through the VM, and the generated names, properties, overloads and events are as the
/// generator's rules say.
/// </summary>
public class ProxyShowcaseTests
{
    private static readonly ECPoint Key = ECPoint.Decode(Convert.FromHexString("03b209fd4f53a7170ea4444e0cb0a6bb6a53c2bd016926989cf85f9b0fba17a70c"), ECCurve.Secp256r1);
    private readonly ProxyShowcase _showcase;

    public ProxyShowcaseTests()
    {
        var (nef, _) = ShowcaseContract.Build();
        _showcase = ProxyShowcase.Deploy(new TestEngine(), nef.ToArray(), Encoding.UTF8.GetBytes(ProxyShowcase.ManifestJson));
    }

    [Fact]
    public void The_checked_in_manifest_offsets_are_the_assembled_scripts()
    {
        var (_, offsets) = ShowcaseContract.Build();
        var manifest = ContractManifest.Parse(ProxyShowcase.ManifestJson);
        Assert.Equal(offsets["echo2"], manifest.Abi.GetMethod("echo", 2)!.Offset);
        Assert.Equal(offsets["notify"], manifest.Abi.GetMethod("notify", 1)!.Offset);
        Assert.Equal(offsets["_deploy"], manifest.Abi.GetMethod("_deploy", 2)!.Offset);
        Assert.Equal("Proxy Showcase", ProxyShowcase.ContractName);
    }

    [Fact]
    public void Every_ABI_type_round_trips_through_the_VM_as_its_CSharp_type()
    {
        var hash160 = UInt160.Parse("0x0a0b0c0d0e0f101112131415161718191a1b1c1d");
        var hash256 = new UInt256(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        Assert.True(_showcase.EchoBoolean(true));
        Assert.Equal(BigInteger.Pow(-2, 200), _showcase.EchoInteger(BigInteger.Pow(-2, 200)));
        Assert.Equal(new byte[] { 0, 1, 255 }, _showcase.EchoByteArray([0, 1, 255]));
        Assert.Equal("naïve — ✓", _showcase.EchoString("naïve — ✓"));
        Assert.Equal(hash160, _showcase.EchoHash160(hash160));
        Assert.Equal(hash256, _showcase.EchoHash256(hash256));
        Assert.Equal(Key, _showcase.EchoPublicKey(Key));
        Assert.Equal(new byte[64], _showcase.EchoSignature(new byte[64]));
        Assert.Null(_showcase.EchoHash160(null));
        Assert.Null(_showcase.EchoAny(null));
        Assert.Equal(BigInteger.One, _showcase.EchoAny(1));
    }

    [Fact]
    public void Arrays_and_maps_come_back_in_natural_form_with_content_equality()
    {
        var array = _showcase.EchoArray([1, "two", new byte[] { 3 }, true, null, new object?[] { 5 }]);
        Assert.True(ProxyValues.Same(new List<object?> { new BigInteger(1), "two"u8.ToArray(), new byte[] { 3 }, true, null,
            new List<object?> { new BigInteger(5) } }, array), ProxyValues.Format(array));

        var map = _showcase.EchoMap(new Dictionary<object, object?> { ["name"] = "Loot #1", [7] = new byte[] { 9 } })!;
        Assert.Equal(2, map.Count);
        Assert.Equal("Loot #1"u8.ToArray(), map["name"u8.ToArray()]);
        Assert.Equal(new byte[] { 9 }, map[new BigInteger(7)]);
    }

    [Fact]
    public void Overloads_keyword_parameters_and_sanitised_names_are_generated_as_the_rules_say()
    {
        Assert.Equal(BigInteger.One, _showcase.Echo(1));
        Assert.Equal(new BigInteger(2), _showcase.Echo(1, 2));
        Assert.Equal(new BigInteger(5), _showcase.Keywords(@class: 2, @event: 3));
        Assert.Equal(new BigInteger(9), _showcase.TokenUri(9));
        Assert.Equal(new BigInteger(4), _showcase.DeployMethod(4));

        var type = typeof(ProxyShowcase);
        Assert.Equal(["class", "event"], type.GetMethod("Keywords")!.GetParameters().Select(p => p.Name));
        Assert.DoesNotContain(type.GetMethods(), m => m.Name.Contains("_deploy", StringComparison.OrdinalIgnoreCase));
        Assert.All(type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "Deploy"),
            m => Assert.Equal(typeof(ProxyShowcase), m.ReturnType));
    }

    [Fact]
    public void Safe_parameterless_getters_are_properties_but_verify_and_iterators_stay_methods()
    {
        Assert.Equal(new BigInteger(42), _showcase.Answer);
        Assert.Equal("SHOW", _showcase.Symbol);
        Assert.True(_showcase.Verify());
        var type = typeof(ProxyShowcase);
        Assert.NotNull(type.GetProperty("Answer"));
        Assert.Null(type.GetProperty("Verify"));
        Assert.NotNull(type.GetMethod("Entries"));
    }

    [Fact]
    public void An_iterator_result_is_read_to_its_end()
    {
        Assert.Empty(_showcase.Entries());
        _showcase.Put([2], [20]);
        _showcase.Put([1], [10]);
        var keys = _showcase.Entries();
        Assert.Equal([new byte[] { 1 }, new byte[] { 2 }], keys.Cast<byte[]>());
    }

    [Fact]
    public void Events_are_typed_records_raised_on_commit_and_listed_for_the_last_call()
    {
        var raised = new List<ProxyShowcase.PingEvent>();
        _showcase.OnPing += raised.Add;
        _showcase.Notify(7);
        Assert.Equal([new ProxyShowcase.PingEvent(7, "pong")], raised);
        Assert.Equal([new ProxyShowcase.PingEvent(7, "pong")], _showcase.LastPingEvents);
        var data = Assert.Single(_showcase.LastDataEvents);
        Assert.Equal(new ProxyShowcase.DataEvent([1, 2], new List<object?> { new BigInteger(7) }), data);
        Assert.Equal("Data(bytes: 0x0102, items: [7])", data.ToString());
        Assert.Equal("Ping(value: 7, note: \"pong\")", raised[0].ToString());

        Assert.Throws<TestFaultException>(() => _showcase.Fail());
        Assert.Single(raised);
    }

    [Fact]
    public void A_FAULT_surfaces_as_TestFaultException_with_the_engines_reason()
    {
        var fault = Assert.Throws<TestFaultException>(() => _showcase.Fail());
        Assert.Contains("boom", fault.Message);
    }

    [Fact]
    public void Deploy_refuses_a_contract_whose_ABI_differs_from_the_proxys()
    {
        var (nef, _) = ShowcaseContract.Build();
        var changed = ProxyShowcase.ManifestJson.Replace("\"getAnswer\"", "\"getQuestion\"");
        var error = Assert.Throws<InvalidOperationException>(() =>
            ProxyShowcase.Deploy(new TestEngine(), nef.ToArray(), Encoding.UTF8.GetBytes(changed)));
        Assert.Contains("method getAnswer():Integer safe is not deployed", error.Message);
        Assert.Contains("method getQuestion():Integer safe is not in the proxy", error.Message);
    }
}
