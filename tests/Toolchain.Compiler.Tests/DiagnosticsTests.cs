namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>
/// Unsupported code is a located compile error saying what to write instead, never a crash or code that FAULTs later:
/// one small contract per unsupported feature of reference §1a, and malformed contracts.
/// </summary>
public class DiagnosticsTests
{
    private const string Usings = "using System;\nusing System.ComponentModel;\nusing System.Numerics;\nusing Neo.SmartContract.Framework;\nusing Neo.SmartContract.Framework.Services;\n";

    /// <summary>Compiles a contract whose body is <paramref name="members"/> (starting on line 8) and returns its only error.</summary>
    private static Diagnostics.CompilerDiagnostic SingleError(string members, string? outside = null)
    {
        var source = Usings + (outside ?? "") + "public class C : SmartContract\n{\n" + members + "\n}\n";
        var result = ContractCompiler.Compile([("C.cs", source)]);
        Assert.False(result.Success);
        return Assert.Single(result.Diagnostics, d => d.IsError);
    }

    public static TheoryData<string, string, int, string> Unsupported => new()
    {
        // members, expected id, expected line (members start on line 8), words the message must contain
        { "public static int F() { unsafe { int x = 1; int* p = &x; return *p; } }", "CS0227", 8, "unsafe" },
        { "public static int F() { var d = DateTime.Now; return 0; }", "NC4025", 8, "Runtime.Time" },
        { "public static long F() { return TimeSpan.FromSeconds(1).Ticks; }", "NC4025", 8, "milliseconds" },
        { "public static int F(string s) => Convert.ToInt32(s);", "NC4025", 8, "StdLib" },
        { "public static int F(uint x) => System.Numerics.BitOperations.PopCount(x);", "NC4025", 8, "shifts" },
        { "public static Func<int, int> F() => delegate (int x) { return x; };", "NC4005", 8, "lambda" },
        { "public static System.Collections.IEnumerable F() { yield return 1; }", "NC4002", 8, "List<T>" },
        { "public static int F(dynamic d) => 1;", "NC4025", 8, "dynamic" },
        { "public static async void F() { }", "NC4003", 8, "synchronously" },
        { "public static int F() { try { return 1; } catch (Exception e) when (e.Message == \"x\") { return 2; } }", "NC4007", 8, "inside the catch" },
        { "public static int F() { int G() => 1; return G(); }", "NC4006", 8, "private static method" },
        { "public static ref int F(int[] xs) => ref xs[0];", "NC4016", 8, "return the value" },
        { "public static int F(int[] xs) => xs[^1];", "NC4008", 8, "Length - n" },
        { "public static string F(string s) => s[1..3];", "NC4008", 8, "Substring" },
        { "public static int F(nint x) => 1;", "NC4025", 8, "Native-sized" },
        { "public static bool F(int[] xs) => xs is [1, 2];", "NC4009", 8, "Length" },
        { "public static int F() => \"abc\"u8.Length;", "NC4011", 8, "ByteString" },
        { "public static int F() => (int)1.5;", "NC4025", 8, "integers only" },
        { "public static int F(decimal d) => 1;", "NC4025", 8, "integers only" },
        { "public static int F(out int x) { x = 1; return 0; }", "NC4017", 8, "tuple" },
        { "public static int F() { using var x = new System.IO.MemoryStream(); return 0; }", "NC4014", 8, "IDisposable" },
        { "public static int F() { lock (new object()) { } return 0; }", "NC4015", 8, "one thread" },
        { "public static int F(int x) { var f = (int y = 2) => y; return f(); }", "NC4019", 8, "pass the value" },
        { "public static int F() { var l = new System.Collections.Generic.List<int>(); return l.Count; }", "NC4026", 8, "framework's List<T>" },
        { "public static object F() => typeof(int);", "NC2211", 8, "runtime types" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Unsupported_features_are_reported_at_their_location(string members, string id, int line, string advice)
    {
        var error = SingleError(members);
        Assert.Equal(id, error.Id);
        Assert.Equal(("C.cs", line), (error.File, error.Line));
        Assert.True(error.Column > 1);
        Assert.Contains(advice, error.Message);
    }

    [Fact]
    public void Query_expressions_are_reported()
    {
        var result = ContractCompiler.Compile([("Q.cs", "using System.Linq;\n" + Usings + "public class C : SmartContract\n{\npublic static int F(int[] xs) { var q = from x in xs where x > 1 select x; return 0; }\n}\n")]);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("NC4004", 9), (error.Id, error.Line));
        Assert.Contains("foreach", error.Message);
    }

    [Fact]
    public void Global_usings_and_file_local_types_are_reported()
    {
        var global = ContractCompiler.Compile([("G.cs", "global using System;\n" + Usings + "public class C : SmartContract { }")]);
        Assert.Equal("NC4013", Assert.Single(global.Diagnostics).Id);
        var file = ContractCompiler.Compile([("F.cs", Usings + "file class Helper { }\npublic class C : SmartContract { }")]);
        Assert.Equal(("NC4024", 6), (Assert.Single(file.Diagnostics).Id, file.Diagnostics[0].Line));
    }

    [Fact]
    public void Csharp_errors_pass_through_located()
    {
        var error = SingleError("public static int F() => undefinedName;");
        Assert.Equal(("CS0103", 8, 26), (error.Id, error.Line, error.Column));
    }

    public static TheoryData<string, string?, string, string> Malformed => new()
    {
        // members, code outside the class, id, words the message must contain
        { "public static event Action<BigInteger> Paid = null!;", null, "NC1010", "DisplayName" },
        { "[DisplayName(\"A\")] public static event Func<int> Paid = null!;", null, "NC1011", "returns void" },
        { "public static int Get(int a) => a; [DisplayName(\"get\")] public static int Other(int b) => b;", null, "NC1003", "parameter count" },
        { "public static void _deploy(object data) { }", null, "NC1004", "_deploy(object data, bool update)" },
        { "public static int verify() => 1;", null, "NC1004", "returning bool" },
        { "public static void _secret() { }", null, "NC1005", "reserved" },
        { "public class Inner : SmartContract { }", null, "NC1002", "one class is one contract" },
        { "public int Value; public int Get() => Value;", null, "NC2220", "never instantiated" },
        { "public static object F(UInt160 to) => Contract.Call(to, \"transfer\", CallFlags.All);", null, "NC3001", "ContractPermission" },
        { "public static UInt160 Owner() => \"NotAnAddress\";", null, "NC2307", "address" },
        { "[Neo.SmartContract.Framework.Attributes.Safe] public static void Save() => Helper2.Write();", "public static class Helper2 { public static void Write() => Storage.Put((ByteString)\"k\", 1); }\n", "NC1007", "System.Storage.Local.Put" },
        { "[DisplayName(\"Seen\")] public static event Action<int> Seen = null!; [Neo.SmartContract.Framework.Attributes.Safe] public static int Look() { Seen(1); return 1; }", null, "NC1007", "Notify" },
        { "[Neo.SmartContract.Framework.Attributes.Safe] public static bool Pay(UInt160 a) => Neo.SmartContract.Framework.Native.GAS.Transfer(a, a, 1);", null, "NC1007", "GasToken.transfer" },
        { "public static UInt160 Owner(string s) => s;", null, "NC2306", "UInt160.Parse" },
        { "[DisplayName(\"Gone\")] public static event Action<int> Gone = null!; public static void F() => Other.Raise();",
            "public static class Other { [DisplayName(\"X\")] public static event Action<int> E = null!; public static void Raise() => E(1); }\n", "NC2225", "not declared" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_contracts_are_reported(string members, string? outside, string id, string advice)
    {
        var error = SingleError(members, outside);
        Assert.Equal(id, error.Id);
        Assert.Equal("C.cs", error.File);
        Assert.True(error.Line >= 6, $"located at line {error.Line}");
        Assert.Contains(advice, error.Message);
    }

    [Fact]
    public void No_contract_class_is_an_error()
    {
        var result = ContractCompiler.Compile([("X.cs", "public class NotAContract { }")]);
        Assert.Equal("NC1000", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_private_contract_class_is_an_error()
    {
        var result = ContractCompiler.Compile([("X.cs", "class Hidden : Neo.SmartContract.Framework.SmartContract { }")]);
        Assert.Equal("NC1001", Assert.Single(result.Diagnostics).Id);
    }
}
