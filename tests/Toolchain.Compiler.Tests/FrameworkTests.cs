using System.Numerics;
using System.Security.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>A contract calling across the framework (storage, maps, events, natives, runtime, contract calls), compiled and run.</summary>
public class FrameworkTests
{
    private readonly TestEngine _engine = new();
    private readonly UInt160 _probe;

    public FrameworkTests() => _probe = SampleContracts.Deploy(_engine, SampleContracts.Get("FrameworkProbe.cs"));

    private T Call<T>(string method, params object?[] args) => _engine.Call<T>(_probe, method, args);

    [Fact]
    public void Stored_properties_persist_under_their_keys()
    {
        Assert.Equal(3, Call<BigInteger>("increment", 3));
        Assert.Equal(10, Call<BigInteger>("increment", 7));
        Assert.Equal(new BigInteger(10), new BigInteger(_engine.GetStorage(_probe, [0x10])!));
        Assert.Null(Call<string?>("label"));
        _engine.Invoke(_probe, "setLabel", "hello");
        Assert.Equal("hello", Call<string>("label"));
        _engine.Invoke(_probe, "setLabel", [null]);
        Assert.Null(_engine.GetStorage(_probe, "Label"u8.ToArray()));
    }

    [Fact]
    public void Storage_maps_events_and_iterators()
    {
        _engine.Invoke(_probe, "put", "a"u8.ToArray(), 5);
        var stored = Assert.Single(_engine.LastNotifications);
        Assert.Equal("Stored", stored.EventName);
        Assert.Equal(5, stored.State[1].GetInteger());
        _engine.Invoke(_probe, "put", "b"u8.ToArray(), 7);
        Assert.Equal(5, Call<BigInteger>("get", "a"u8.ToArray()));
        Assert.Equal(0, Call<BigInteger>("get", "zz"u8.ToArray()));
        Assert.Equal(12, Call<BigInteger>("total"));
        _engine.Invoke(_probe, "remove", "a"u8.ToArray());
        Assert.Equal(7, Call<BigInteger>("total"));
        Assert.Equal(new byte[] { 7 }, _engine.GetStorage(_probe, [0x20, (byte)'b']));
        Assert.Equal(42, Call<BigInteger>("local", "k"u8.ToArray()));
    }

    [Fact]
    public void Natives_and_stdlib()
    {
        var data = "neo"u8.ToArray();
        var expected = SHA256.HashData(data).Concat(Runtime.Cryptography.Hashes.Ripemd160(data)).ToArray();
        Assert.Equal(expected, Call<byte[]>("hashes", data));
        // Neo prints base 16 in two's complement (a leading 0 keeps 255 positive) and serialises Integer 255 as 21 02 ff 00.
        Assert.Equal("0ff/IQL/AA==/[255,\"x\",true]", Call<string>("text", 255));
        Assert.Equal(new BigInteger(15), Call<BigInteger>("roundTrip", 12, "abc"));
        Assert.Equal(new BigInteger(0), Call<BigInteger>("gasOf", UInt160.Parse("0x0102030405060708090a0b0c0d0e0f1011121314")));
        Assert.True(Call<BigInteger>("gasOf", Runtime.Native.Genesis.ValidatorsAddress(_engine.Settings)) > 0); // genesis funds the validators
    }

    [Fact]
    public void Runtime_and_witnesses()
    {
        var environment = Call<StackItem>("environment");
        var items = ((Vm.Types.Array)environment).ToList();
        Assert.Equal("NEO", items[1].GetString());
        Assert.True(items[2].GetBoolean());
        Assert.Equal(_probe, new UInt160(items[4].GetSpan()));
        Assert.Equal(0x35, (int)items[5].GetInteger());
        Assert.True(Call<bool>("witness", TestEngine.DefaultSender));
        Assert.False(Call<bool>("witness", UInt160.Parse("0x0102030405060708090a0b0c0d0e0f1011121314")));
        Assert.True(Call<bool>("valid", TestEngine.DefaultSender));
        Assert.False(Call<bool>("valid", UInt160.Zero));
        Assert.False(_engine.Call<bool>(_probe, "valid", new byte[] { 1, 2 }));
        // IsValid's own jump lands where the condition's compare-and-jump would be fused: null must still give false.
        Assert.False(_engine.Call<bool>(_probe, "valid", [null]));
    }

    [Fact]
    public void Lists_maps_and_bytes()
    {
        var result = ((Vm.Types.Array)Call<StackItem>("lists", 4)).Select(i => i.GetInteger()).ToList();
        Assert.Equal(new BigInteger[] { 3, 4, 9, 0, 2 }, result);
        Assert.Equal(new byte[] { 1, 2, 5 }, Call<byte[]>("bytes", new byte[] { 1, 2, 3, 4, 5 }));
    }

    [Fact]
    public void Contract_calls_and_generated_permissions()
    {
        var other = SampleContracts.Deploy(new TestEngine(), SampleContracts.Get("FrameworkProbe.cs")); // the same hash on any chain
        Assert.Equal(_probe, other);
        Assert.Equal(new BigInteger(11), Call<BigInteger>("call", _probe, 10));
        var manifest = SampleContracts.Get("FrameworkProbe.cs").Manifest;
        var permissions = manifest.Permissions.Select(p => p.Contract + ":" + string.Join(",", p.Methods)).ToList();
        Assert.Contains("0xacce6fd80d44e1796aa0c2c625e9e4e0ce39efc0:base64Encode,deserialize,itoa,jsonSerialize,serialize", permissions);
        Assert.Contains("*:echo,guarded", permissions);
        Assert.DoesNotContain(manifest.Permissions, p => p.Contract.IsWildcard && p.Methods.IsWildcard);
    }

    [Fact]
    public void NoReentrant_blocks_reentry_and_always_releases_its_lock()
    {
        Assert.Equal(new BigInteger(2), Call<BigInteger>("guarded", 0)); // the flag is set while the body runs
        var fault = Assert.Throws<TestFaultException>(() => Call<BigInteger>("guarded", 1));
        Assert.Contains("Already entered", fault.Message);
        Assert.Null(_engine.GetStorage(_probe, [0xFF, .. "noReentrant"u8]));
        Assert.True(Call<bool>("lockLeftAfter", 5));
        Assert.True(Call<bool>("lockLeftAfter", -5));
    }
}
