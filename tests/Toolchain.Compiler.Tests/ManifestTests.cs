namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>What the manifest says: names, ABI types and offsets, safe flags, events, standards, permissions, trusts, extra.</summary>
public class ManifestTests
{
    private static CompiledContract Compile(string source)
    {
        var result = ContractCompiler.Compile([("M.cs", "using System;\nusing System.ComponentModel;\nusing System.Numerics;\nusing Neo.SmartContract.Framework;\nusing Neo.SmartContract.Framework.Attributes;\nusing Neo.SmartContract.Framework.Native;\nusing Neo.SmartContract.Framework.Services;\n" + source)],
            options: new CompileOptions { Version = "1.2.3" });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Contracts);
    }

    [Fact]
    public void Attributes_become_manifest_fields()
    {
        var contract = Compile("""
            [DisplayName("Described")]
            [ContractAuthor("Ada", "ada@example.org")]
            [ContractDescription("Manifest fields")]
            [ContractSourceCode("https://example.org/src")]
            [ManifestExtra("Website", "https://example.org")]
            [SupportedStandards(NepStandard.Nep24, NepStandard.Nep26)]
            [SupportedStandards("NEP-29")]
            [ContractTrust("0x0102030405060708090a0b0c0d0e0f1011121314")]
            [ContractPermission("0xacce6fd80d44e1796aa0c2c625e9e4e0ce39efc0", "itoa")]
            [ContractPermission(Permission.Any, "onNEP17Payment")]
            public class Described : SmartContract
            {
                [DisplayName("Paid")]
                public static event Action<UInt160?, BigInteger, string> OnPaid = null!;
                [Safe] public static string Name() => "x";
                [DisplayName("renamed")] public static int Something(int a, ByteString b, UInt256 c, ECPoint d, object e, int[] f, Map<string, int> g) => a;
                public static int Something(int a) => a;
                public static string Owner { [Safe] get => "o"; set { } }
                public static void Pay(UInt160 to) { OnPaid(null, 1, "x"); GAS.Transfer(Runtime.ExecutingScriptHash, to, 1); }
                public static Iterator Items() => Storage.Find((ByteString)"a");
            }
            """);
        var manifest = contract.Manifest;
        Assert.Equal("Described", manifest.Name);
        Assert.Equal(["NEP-24", "NEP-26", "NEP-29"], manifest.SupportedStandards);
        var extra = manifest.Extra!;
        Assert.Equal("Ada", (string?)extra["Author"]);
        Assert.Equal("ada@example.org", (string?)extra["E-mail"]);
        Assert.Equal("Manifest fields", (string?)extra["Description"]);
        Assert.Equal("https://example.org/src", (string?)extra["Sourcecode"]);
        Assert.Equal("https://example.org", (string?)extra["Website"]);
        Assert.Equal("1.2.3", (string?)extra["Version"]);
        Assert.Equal("https://example.org/src", contract.Nef.Source);
        Assert.Equal("0x0102030405060708090a0b0c0d0e0f1011121314", Assert.Single(manifest.Trusts).ToString());

        var methods = manifest.Abi.Methods.ToDictionary(m => m.Name + "/" + m.Parameters.Count);
        Assert.True(methods["name/0"].Safe);
        Assert.Equal("Integer,ByteArray,Hash256,PublicKey,Any,Array,Map",
            string.Join(",", methods["renamed/7"].Parameters.Select(p => p.Type)));
        Assert.Equal(Runtime.Manifest.ContractParameterType.Integer, methods["something/1"].ReturnType);
        Assert.True(methods["owner/0"].Safe);
        Assert.False(methods["setOwner/1"].Safe);
        Assert.Equal(Runtime.Manifest.ContractParameterType.InteropInterface, methods["items/0"].ReturnType);
        var paid = Assert.Single(manifest.Abi.Events);
        Assert.Equal("Paid", paid.Name);
        Assert.Equal("Hash160,Integer,String", string.Join(",", paid.Parameters.Select(p => p.Type)));
        Assert.Equal("arg1", paid.Parameters[0].Name); // Action<…> has no parameter names

        // Declared permissions plus the generated one for GAS.transfer; the declared StdLib one stays as declared.
        Assert.Equal(["0xacce6fd80d44e1796aa0c2c625e9e4e0ce39efc0:itoa", "0xd2a4cff31913016155e38e474a2c06d08be276cf:transfer", "*:onNEP17Payment"],
            manifest.Permissions.Select(p => p.Contract + ":" + string.Join(",", p.Methods)).ToArray());
        Assert.Equal("transfer", Assert.Single(contract.Nef.Tokens).Method);
    }

    [Fact]
    public void No_calls_no_permissions_and_no_wildcards()
    {
        var manifest = Compile("public class Plain : SmartContract { public static int F() => 1; }").Manifest;
        Assert.Empty(manifest.Permissions);
        Assert.Empty(manifest.Trusts);
        Assert.False(manifest.Trusts.IsWildcard);
    }
}
