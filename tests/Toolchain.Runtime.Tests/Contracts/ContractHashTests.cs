using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Tests.Nef;
using static Protocol.Toolchain.Runtime.Tests.Support.Bytes;

namespace Protocol.Toolchain.Runtime.Tests.Contracts;

public class ContractHashTests
{
    [Fact]
    public void Neo_UT_Helper_vectors()
    {
        // neo tests/Neo.UnitTests/SmartContract/UT_Helper.cs TestGetContractHash (NEF: compiler "test", script 010203).
        var checksum = NefFileTests.Reference().CheckSum;
        Assert.Equal("0x9b9628e4f1611af90e761eea8cc21372380c74b6", ContractHash.Compute(UInt160.Zero, checksum, "").ToString());
        Assert.Equal("0x66eec404d86b918d084e62a29ac9990e3b6f4286",
            ContractHash.Compute(UInt160.Parse("0xa400ff00ff00ff00ff00ff00ff00ff00ff00ff01"), checksum, "").ToString());
    }

    [Fact]
    public void Script_layout()
    {
        var script = ContractHash.BuildScript(UInt160.Zero, 0x73FB47A7, "ab");
        // ABORT, PUSHDATA1 20 zero bytes, PUSHINT32 a747fb73, PUSHDATA1 "ab".
        Assert.Equal("38" + "0c14" + new string('0', 40) + "02a747fb73" + "0c026162", ToHex(script));
        // A checksum with the top bit set needs PUSHINT64 (sign padding).
        var wide = ContractHash.BuildScript(UInt160.Zero, 0xFBE2D0D6, "");
        Assert.Equal("03d6d0e2fb00000000", ToHex(wide.AsSpan(23, 9)));
        // Checksum 0 is PUSH0 (natives).
        Assert.Equal(0x10, ContractHash.BuildScript(UInt160.Zero, 0, "x")[23]);
    }

    [Fact]
    public void Contract1_hash_pinned_by_devpack_UnitTest_ContractCall()
    {
        // Deployed by Alice in neo-devpack-dotnet tests/…/UnitTest_ContractCall.cs.
        var nef = Runtime.Nef.NefFile.Parse(File.ReadAllBytes(Support.TestData.Path("neo-devpack", "artifacts", "Contract1.nef")));
        var alice = UInt160.Parse("0x0102030405060708090a0102030405060708090a");
        Assert.Equal("0xb6ae1662a8228ed73e372b0d0ea11716445a4281", ContractHash.Compute(alice, nef.CheckSum, "Contract1").ToString());
    }

    // Reference §2.10: all 11 native contract hashes (sender Zero, checksum 0, class name).
    [Theory]
    [InlineData("ContractManagement", "0xfffdc93764dbaddd97c48f252a53ea4643faa3fd")]
    [InlineData("StdLib", "0xacce6fd80d44e1796aa0c2c625e9e4e0ce39efc0")]
    [InlineData("CryptoLib", "0x726cb6e0cd8628a1350a611384688911ab75f51b")]
    [InlineData("LedgerContract", "0xda65b600f7124ce6c79950c1772a36403104f2be")]
    [InlineData("NeoToken", "0xef4073a0f2b305a38ec4050e4d3d28bc40ea63f5")]
    [InlineData("GasToken", "0xd2a4cff31913016155e38e474a2c06d08be276cf")]
    [InlineData("PolicyContract", "0xcc5e4edd9f5f8dba8bb65734541df7a1c081c67b")]
    [InlineData("RoleManagement", "0x49cf4e5378ffcd4dec034fd98a174c5491e395e2")]
    [InlineData("OracleContract", "0xfe924b7cfe89ddd271abaf7210a80a7e11178758")]
    [InlineData("Notary", "0xc1e14f19c3e60d0b9244d06dd7ba9b113135ec3b")]
    [InlineData("Treasury", "0x156326f25b1b5d839a4d326aeaa75383c9563ac1")]
    public void Native_contract_hashes(string name, string hash)
    {
        Assert.Equal(hash, NativeContractHashes.Of(name).ToString());
        Assert.Contains(NativeContractHashes.All, n => n.Name == name);
    }

    [Fact]
    public void Native_hash_fields_and_ids()
    {
        Assert.Equal(11, NativeContractHashes.All.Count);
        Assert.Equal(Enumerable.Range(1, 11).Select(i => -i), NativeContractHashes.All.Select(n => n.Id));
        Assert.Equal("0xd2a4cff31913016155e38e474a2c06d08be276cf", NativeContractHashes.Gas.ToString());
        Assert.Equal("0xef4073a0f2b305a38ec4050e4d3d28bc40ea63f5", NativeContractHashes.Neo.ToString());
        Assert.Equal("0x156326f25b1b5d839a4d326aeaa75383c9563ac1", NativeContractHashes.Treasury.ToString());
    }
}
