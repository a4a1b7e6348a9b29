using System.Numerics;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>Loops, branches, calls, recursion, static fields, strings and exceptions against .NET.</summary>
public class ControlFlowTests
{
    private static readonly Differential Code = new("""
        private static int counter = 40;
        private static string greeting = "hello";

        public static int SumTo(int n) { int sum = 0; for (int i = 1; i <= n; i++) sum += i; return sum; }
        public static int FirstMultiple(int n, int step)
        {
            int i = 0;
            while (true)
            {
                i++;
                if (i % step != 0) continue;
                if (i >= n) break;
            }
            return i;
        }
        public static int DoWhile(int n) { int i = 0; do { i += 3; } while (i < n); return i; }
        public static BigInteger Factorial(int n) => n <= 1 ? BigInteger.One : n * Factorial(n - 1);
        public static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        public static bool Between(int x, int lo, int hi) => x >= lo && x <= hi || x == -1;
        public static bool Logic(bool a, bool b) => (a ^ b) | !a & b;
        public static int Bump() { counter++; return counter; }
        public static string Greet(string name) => greeting + ", " + name;
        public static bool SameText(string a, string b) => a == b;
        public static int Fails(int x) { if (x > 10) throw new System.Exception("too big"); return x; }
        public static int Abs(int x) { if (x < 0) { return -x; } else { return x; } }
        """);

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(1000)]
    public void Loops(int n)
    {
        Code.Same("SumTo", n);
        Code.Same("FirstMultiple", n, 7);
        Code.Same("DoWhile", n);
    }

    [Fact]
    public void Recursion_and_big_integers()
    {
        Assert.Equal(BigInteger.Parse("30414093201713378043612608166064768844377641568960512000000000000"), Code.Same("Factorial", 50));
        Assert.Equal(55, Code.Same("Fib", 10));
    }

    [Theory]
    [InlineData(5, 1, 10)]
    [InlineData(0, 1, 10)]
    [InlineData(-1, 1, 10)]
    public void Short_circuit_conditions(int x, int lo, int hi) => Code.Same("Between", x, lo, hi);

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Boolean_operators(bool a, bool b) => Code.Same("Logic", a, b);

    [Fact]
    public void Static_fields_are_initialised_before_every_entry()
    {
        // The first call agrees with .NET. Unlike .NET, Neo does not keep static fields between invocations:
        // _initialize runs before every entry, so a second call starts from 40 again.
        Assert.Equal(41, Code.Same("Bump"));
        Assert.Equal(41, (int)Code.Neo("Bump").GetInteger());
        Assert.Contains(Code.Compiled.Manifest.Abi.Methods, m => m.Name == "_initialize");
    }

    [Fact]
    public void Strings_concatenate_and_compare_by_value()
    {
        Assert.Equal("hello, neo", Code.Same("Greet", "neo"));
        Assert.Equal(true, Code.Same("SameText", "ab", "ab"));
        Assert.Equal(false, Code.Same("SameText", "ab", "abc"));
    }

    [Fact]
    public void Thrown_exceptions_fault_with_their_message()
    {
        Assert.Equal(3, Code.Same("Fails", 3));
        Assert.IsType<Exception>(Code.Same("Fails", 11));
        Assert.Equal(5, Code.Same("Abs", -5));
    }

    [Fact]
    public void Abi_names_types_and_offsets_are_in_the_manifest()
    {
        var sumTo = Code.Compiled.Manifest.Abi.Methods.Single(m => m.Name == "sumTo");
        Assert.Equal("Integer", sumTo.ReturnType.ToString());
        Assert.Equal(("n", "Integer"), (sumTo.Parameters[0].Name, sumTo.Parameters[0].Type.ToString()));
        Assert.Equal("String", Code.Compiled.Manifest.Abi.Methods.Single(m => m.Name == "greet").ReturnType.ToString());
        Assert.Equal("Boolean", Code.Compiled.Manifest.Abi.Methods.Single(m => m.Name == "sameText").ReturnType.ToString());
    }

    /// <summary>`#if DEBUG` code is in only with CompileOptions.Debug (ncc --debug), as nccs defines DEBUG only for a debug build.</summary>
    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 1)]
    public void Debug_symbol_follows_the_debug_option(bool debug, int expected)
    {
        const string source = """
            public class Build : Neo.SmartContract.Framework.SmartContract
            {
                public static int Flavour()
                {
            #if DEBUG
                    Neo.SmartContract.Framework.Services.Runtime.Debug("debug build");
                    return 1;
            #else
                    return 2;
            #endif
                }
            }
            """;
        var result = ContractCompiler.Compile([("Build.cs", source)], options: new CompileOptions { Debug = debug });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var contract = Assert.Single(result.Contracts);
        var engine = new Testing.TestEngine();
        var hash = engine.Deploy(contract.Nef, contract.Manifest);
        Assert.Equal(expected, (int)engine.Call<Vm.Types.StackItem>(hash, "flavour").GetInteger());
        // Runtime.Debug's event is declared in the manifest exactly when the call is compiled in, so it can be notified.
        Assert.Equal(debug, contract.Manifest.Abi.Events.Any(e => e.Name == "Debug"));
        if (debug) Assert.Equal("debug build", Assert.Single(engine.LastNotifications).State[0].GetString());
    }
}
