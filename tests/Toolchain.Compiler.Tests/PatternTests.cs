namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>is, switch statements and switch expressions with constant, relational, logical, type and property patterns, against .NET.</summary>
public class PatternTests
{
    private static readonly Differential Code = new("""
        public struct Box { public int Size; public string Label; }

        public static string Classify(int n) => n switch
        {
            < 0 => "negative",
            0 => "zero",
            >= 1 and <= 9 => "digit",
            10 or 100 or 1000 => "power",
            _ when n % 2 == 0 => "even",
            _ => "odd",
        };
        public static bool NotSmall(int n) => n is not (> -5 and < 5);
        public static int TypeOf(object? o) => o switch { int i => i + 1, string s => s.Length * 100, bool b => b ? -1 : -2, null => -100, _ => -3 };
        public static int BoxPattern(int size, string label)
        {
            var box = new Box { Size = size, Label = label };
            return box switch { { Size: > 10, Label: "big" } => 1, { Size: 0 } => 2, { Label: var l } when l.Length > 3 => 3, _ => 4 };
        }
        public static int IsWithDeclaration(object o) { if (o is int n && n > 5) return n * 2; return 0; }
        public static string Statement(int n)
        {
            switch (n)
            {
                case < 0: return "neg";
                case int x when x > 50: return "big";
                case 7: return "seven";
                default: return "other";
            }
        }
        public static int TuplePattern(int a, int b) => (a, b) switch { (0, 0) => 0, (0, _) => 1, (_, 0) => 2, _ => 3 };
        public static int NoMatch(int n) => n switch { 1 => 10, 2 => 20 };
        """);

    [Theory]
    [InlineData(-7)]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(100)]
    [InlineData(42)]
    [InlineData(43)]
    public void Switch_expressions(int n)
    {
        Code.Same("Classify", n);
        Code.Same("NotSmall", n);
        Code.Same("Statement", n);
    }

    [Fact]
    public void Type_patterns_on_run_time_types()
    {
        Code.Same("TypeOf", 41);
        Code.Same("TypeOf", "abc");
        Code.Same("TypeOf", true);
        Code.Same("TypeOf", new object?[] { null });
        Code.Same("IsWithDeclaration", 9);
        Code.Same("IsWithDeclaration", "nine");
    }

    [Theory]
    [InlineData(11, "big")]
    [InlineData(0, "x")]
    [InlineData(3, "long label")]
    [InlineData(3, "s")]
    public void Property_patterns(int size, string label) => Code.Same("BoxPattern", size, label);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(2, 0)]
    [InlineData(2, 2)]
    public void Tuple_patterns(int a, int b) => Code.Same("TuplePattern", a, b);

    [Fact]
    public void An_unmatched_switch_expression_throws()
    {
        Code.Same("NoMatch", 2);
        var fault = Assert.Throws<Testing.TestFaultException>(() => Code.Neo("NoMatch", 3));
        Assert.Contains("switch expression", fault.Message);
    }

    /// <summary>
    /// Every subpattern of a property pattern tests the matched value itself, also on framework types whose properties
    /// are inline opcodes: UInt160.Zero is valid and zero. (Neo's compiler at 28404b33 answers true for the second
    /// pattern: it runs IsZero on the result of the IsValid test; we keep C#'s meaning.)
    /// </summary>
    private static readonly Differential Hashes = new("""
        public static bool ZeroIsValidAndZero() { Neo.SmartContract.Framework.UInt160? h = Neo.SmartContract.Framework.UInt160.Zero; return h is { IsValid: true, IsZero: true }; }
        public static bool ZeroIsValidAndNotZero() { Neo.SmartContract.Framework.UInt160? h = Neo.SmartContract.Framework.UInt160.Zero; return h switch { { IsValid: true, IsZero: false } => true, _ => false }; }
        """);

    [Fact]
    public void Property_patterns_on_framework_types_test_the_value_each_time()
    {
        Assert.True(Hashes.Neo("ZeroIsValidAndZero").GetBoolean());
        Assert.False(Hashes.Neo("ZeroIsValidAndNotZero").GetBoolean());
    }
}
