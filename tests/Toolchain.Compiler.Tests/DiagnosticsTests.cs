namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>Unsupported code is a located compile error, never a crash or code that FAULTs later.</summary>
public class DiagnosticsTests
{
    private static Diagnostics.CompilerDiagnostic SingleError(string members)
    {
        var source = "public class C : Neo.SmartContract.Framework.SmartContract\n{\n" + members + "\n}\n";
        var result = ContractCompiler.Compile([("C.cs", source)]);
        Assert.False(result.Success);
        return Assert.Single(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Unsupported_statements_are_reported_at_their_location()
    {
        var error = SingleError("    public static int F(int x)\n    {\n        int s = 0;\n        lock (new object()) s += x;\n        return s;\n    }");
        Assert.Equal(("C.cs", 6, 9), (error.File, error.Line, error.Column));
        Assert.StartsWith("NC2", error.Id);
        Assert.Contains("not supported", error.Message);
    }

    [Fact]
    public void Csharp_errors_pass_through_located()
    {
        var error = SingleError("    public static int F() => undefinedName;");
        Assert.Equal("CS0103", error.Id);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void No_contract_class_is_an_error()
    {
        var result = ContractCompiler.Compile([("X.cs", "public class NotAContract { }")]);
        Assert.Equal("NC1000", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Identical_input_gives_identical_bytes()
    {
        var source = "public class D : Neo.SmartContract.Framework.SmartContract { public static int F(int a) => a * 2 + 1; }";
        var first = Assert.Single(ContractCompiler.Compile([("D.cs", source)]).Contracts);
        var second = Assert.Single(ContractCompiler.Compile([("D.cs", source)]).Contracts);
        Assert.Equal(first.Nef.ToArray(), second.Nef.ToArray());
        Assert.Equal(first.Manifest.ToJson(), second.Manifest.ToJson());
    }
}
