namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>C# integer semantics at the overflow edges, compiled to NeoVM and compared with .NET.</summary>
public class IntegerSemanticsTests
{
    private static readonly Differential Ints = new("""
        public static int Add(int a, int b) => a + b;
        public static int CheckedAdd(int a, int b) => checked(a + b);
        public static long Mul(long a, long b) => a * b;
        public static long CheckedMul(long a, long b) => checked(a * b);
        public static uint Sub(uint a, uint b) => a - b;
        public static int Div(int a, int b) => a / b;
        public static int Rem(int a, int b) => a % b;
        public static int CheckedDiv(int a, int b) => checked(a / b);
        public static int CheckedRem(int a, int b) => checked(a % b);
        public static long LongDiv(long a, long b) => unchecked(a / b);
        public static long CheckedLongDiv(long a, long b) => checked(a / b);
        public static int DivAssign(int a, int b) { a /= b; return a; }
        public static int RemAssign(int a, int b) { a %= b; return a; }
        public static int CheckedDivAssign(int a, int b) { checked { a /= b; } return a; }
        public static int Shl(int a, int n) => a << n;
        public static long Shr(long a, int n) => a >> n;
        public static int Neg(int a) => -a;
        public static uint Not(uint a) => ~a;
        public static byte ToByte(int a) => (byte)a;
        public static sbyte ToSByte(long a) => (sbyte)a;
        public static int CheckedToInt(long a) => checked((int)a);
        public static char NextChar(char c) => (char)(c + 1);
        public static int PostIncrement(int a) { int b = a++; return a + b; }
        public static byte CompoundByte(byte b) { b += 200; return b; }
        public static ulong BigToUlong(System.Numerics.BigInteger x) => (ulong)x;
        """);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(int.MaxValue, 1)]
    [InlineData(int.MinValue, -1)]
    public void Int_addition_wraps_unchecked_and_throws_checked(int a, int b)
    {
        Ints.Same("Add", a, b);
        Ints.Same("CheckedAdd", a, b);
    }

    [Theory]
    [InlineData(3L, 4L)]
    [InlineData(long.MaxValue, 2L)]
    [InlineData(long.MinValue, -1L)]
    [InlineData(4294967296L, 4294967296L)]
    public void Long_multiplication_at_the_edges(long a, long b)
    {
        Ints.Same("Mul", a, b);
        Ints.Same("CheckedMul", a, b);
    }

    [Theory]
    [InlineData(0u, 1u)]
    [InlineData(5u, 3u)]
    [InlineData(0u, uint.MaxValue)]
    public void Unsigned_subtraction_wraps(uint a, uint b) => Ints.Same("Sub", a, b);

    [Theory]
    [InlineData(7, 2)]
    [InlineData(-7, 2)]
    [InlineData(int.MinValue, 1)]
    [InlineData(1, 0)]
    public void Division_and_remainder_match_dotnet_including_its_exceptions(int a, int b)
    {
        Ints.Same("Div", a, b);
        Ints.Same("Rem", a, b);
        Ints.Same("CheckedDiv", a, b);
        Ints.Same("CheckedRem", a, b);
        Ints.Same("DivAssign", a, b);
        Ints.Same("RemAssign", a, b);
    }

    /// <summary>
    /// MinValue / -1: the C# spec lets an unchecked context wrap (to MinValue) instead of throwing, and Neo's compiler
    /// does not throw there, so contracts compiled by either agree; .NET throws in both contexts. Checked, it throws.
    /// </summary>
    [Fact]
    public void MinValue_divided_by_minus_one_wraps_unchecked_and_throws_checked()
    {
        Assert.Equal(int.MinValue, (int)Ints.Neo("Div", int.MinValue, -1).GetInteger());
        Assert.Equal(0, (int)Ints.Neo("Rem", int.MinValue, -1).GetInteger());
        Assert.Equal(long.MinValue, (long)Ints.Neo("LongDiv", long.MinValue, -1L).GetInteger());
        Assert.Equal(int.MinValue, (int)Ints.Neo("DivAssign", int.MinValue, -1).GetInteger());
        Assert.Equal(0, (int)Ints.Neo("RemAssign", int.MinValue, -1).GetInteger());
        Ints.Same("CheckedDiv", int.MinValue, -1);
        Ints.Same("CheckedRem", int.MinValue, -1);
        Ints.Same("CheckedLongDiv", long.MinValue, -1L);
        Ints.Same("CheckedDivAssign", int.MinValue, -1);
    }

    [Theory]
    [InlineData(1, 33)]
    [InlineData(1, 31)]
    [InlineData(-1, 0)]
    [InlineData(0x40000000, 1)]
    public void Shift_counts_are_masked_and_results_wrap(int a, int n)
    {
        Ints.Same("Shl", a, n);
        Ints.Same("Shr", (long)a, n + 30);
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(5)]
    public void Negation_and_complement(int a)
    {
        Ints.Same("Neg", a);
        Ints.Same("Not", (uint)a);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-1)]
    [InlineData(255)]
    public void Narrowing_conversions(int a)
    {
        Ints.Same("ToByte", a);
        Ints.Same("ToSByte", (long)a * 1000);
        Ints.Same("CheckedToInt", (long)a << 24);
        Ints.Same("CompoundByte", (byte)(a & 0xFF));
    }

    [Fact]
    public void Chars_increments_and_big_integer_conversions()
    {
        Ints.Same("NextChar", 'a');
        Ints.Same("NextChar", '\uffff');
        Ints.Same("PostIncrement", 41);
        Ints.Same("BigToUlong", System.Numerics.BigInteger.Parse("18446744073709551615"));
        Ints.Same("BigToUlong", System.Numerics.BigInteger.Parse("18446744073709551616"));
        Ints.Same("BigToUlong", System.Numerics.BigInteger.MinusOne);
    }

    /// <summary>
    /// Every failed range check jumps to one shared throw of .NET's overflow message at the end of the script; a jump
    /// keeps the try stack, so each check is still caught by its own enclosing handler (or by none).
    /// </summary>
    [Fact]
    public void Overflow_checks_share_one_throw_and_keep_their_own_handlers()
    {
        var code = new Differential("""
            public static int Caught(int a)
            {
                try { return checked(a + 1); }
                catch (System.OverflowException e) { return e.Message.StartsWith("Arithmetic") ? -1 : -2; }
            }
            public static int Nested(int a, long b)
            {
                try
                {
                    try { a = checked(a * 2); }
                    catch (System.OverflowException) { a = -3; }
                    return checked((int)b) + a;
                }
                catch (System.OverflowException) { return -4; }
            }
            public static uint Uncaught(uint a, uint b) => checked(a - b);
            public static byte Parsed(string s) => byte.Parse(s);
            """);
        foreach (var a in new[] { 1, int.MaxValue }) code.Same("Caught", a);
        foreach (var (a, b) in new[] { (1, 2L), (int.MaxValue, 2L), (1, long.MaxValue), (int.MaxValue, long.MaxValue) }) code.Same("Nested", a, b);
        code.Same("Uncaught", 5u, 3u);
        code.Same("Uncaught", 3u, 5u);
        code.Same("Parsed", "255");
        code.Same("Parsed", "256");
        var script = code.Compiled.Nef.Script.ToArray();
        var message = System.Text.Encoding.UTF8.GetBytes("Arithmetic operation resulted in an overflow.");
        int count = 0;
        for (int i = script.AsSpan().IndexOf(message); i >= 0; i = script.AsSpan(i + 1).IndexOf(message) is var next and >= 0 ? i + 1 + next : -1) count++;
        Assert.Equal(1, count);
    }

    /// <summary>
    /// A signed quotient leaves its range only as MinValue / -1 (checked: throws; unchecked: MinValue, as Neo's compiler
    /// gives), an unsigned one never; a negation only as -MinValue; a right shift never leaves the range; a constant shift count is masked as C# masks it. Each is checked against .NET away from MinValue / -1.
    /// </summary>
    [Fact]
    public void Quotients_and_right_shifts_at_the_edges()
    {
        var code = new Differential("""
            public static int Div(int a, int b) => a / b;
            public static long CheckedDiv(long a, long b) => checked(a / b);
            public static uint UDiv(uint a, uint b) => a / b;
            public static ulong CheckedUDiv(ulong a, ulong b) => checked(a / b);
            public static sbyte SByteDivAssign(sbyte a, int b) { a /= (sbyte)b; return a; }
            public static short CheckedShortDivAssign(short a, int b) { checked { a /= (short)b; } return a; }
            public static byte ByteDivAssign(byte a, int b) { a /= (byte)b; return a; }
            public static byte CheckedByteDivAssign(byte a, int b) { checked { a /= (byte)b; } return a; }
            public static int Shr(int a, int n) => a >> n;
            public static ulong UShr(ulong a, int n) => a >> n;
            public static sbyte SByteShrAssign(sbyte a, int n) { a >>= n; return a; }
            public static ushort UShortShrAssign(ushort a, int n) { a >>= n; return a; }
            public static int Negate(int a) => -a;
            public static long CheckedNegate(long a) => checked(-a);
            public static int NegateShort(short a) => checked(-a);
            public static long NegateUInt(uint a) => -a;
            public static int[] ConstantCounts(int a, long b, byte c) => new[] { a << 33, a >> 33, (int)(b << 65), (int)(b >> 70), c << 36, (int)((ulong)b >> 68) };
            """);
        foreach (var (a, b) in new[] { (7, 2), (-7, 2), (int.MinValue, 1), (int.MaxValue, -1), (int.MinValue, 2), (1, 0) }) code.Same("Div", a, b);
        Assert.Equal(int.MinValue, (int)code.Neo("Div", int.MinValue, -1).GetInteger());
        foreach (var (a, b) in new[] { (long.MinValue, 1L), (long.MinValue, -1L), (long.MaxValue, -1L), (-9L, 4L) }) code.Same("CheckedDiv", a, b);
        foreach (var (a, b) in new[] { (uint.MaxValue, 1u), (uint.MaxValue, 2u), (0u, 3u) }) code.Same("UDiv", a, b);
        foreach (var (a, b) in new[] { (ulong.MaxValue, 1UL), (ulong.MaxValue, 7UL) }) code.Same("CheckedUDiv", a, b);
        foreach (var (a, b) in new[] { ((sbyte)-128, 1), ((sbyte)-128, 2), ((sbyte)127, -1), ((sbyte)-7, 2) }) code.Same("SByteDivAssign", a, b);
        Assert.Equal(-128, (int)code.Neo("SByteDivAssign", (sbyte)-128, -1).GetInteger());
        foreach (var (a, b) in new[] { ((short)-32768, -1), ((short)-32768, 3), ((short)100, -7) }) code.Same("CheckedShortDivAssign", a, b);
        foreach (var (a, b) in new[] { ((byte)200, 1), ((byte)200, 3), ((byte)255, 255) }) code.Same("ByteDivAssign", a, b);
        foreach (var (a, b) in new[] { ((byte)200, 1), ((byte)200, 300), ((byte)0, 3) }) code.Same("CheckedByteDivAssign", a, b);
        foreach (var (a, n) in new[] { (int.MinValue, 1), (int.MinValue, 31), (-1, 5), (int.MaxValue, 33), (-5, 64) }) code.Same("Shr", a, n);
        foreach (var (a, n) in new[] { (ulong.MaxValue, 1), (ulong.MaxValue, 63), (ulong.MaxValue, 65) }) code.Same("UShr", a, n);
        foreach (var (a, n) in new[] { ((sbyte)-128, 1), ((sbyte)-1, 7), ((sbyte)127, 40) }) code.Same("SByteShrAssign", a, n);
        foreach (var (a, n) in new[] { (ushort.MaxValue, 1), (ushort.MaxValue, 15), ((ushort)1, 35) }) code.Same("UShortShrAssign", a, n);
        foreach (var a in new[] { 0, 1, int.MaxValue, -int.MaxValue, int.MinValue }) code.Same("Negate", a);
        foreach (var a in new[] { 5L, long.MaxValue, -long.MaxValue, long.MinValue }) code.Same("CheckedNegate", a);
        foreach (var a in new[] { short.MinValue, short.MaxValue }) code.Same("NegateShort", a);
        foreach (var a in new[] { 0u, uint.MaxValue }) code.Same("NegateUInt", a);
        var counts = code.Neo("ConstantCounts", -3, -40L, (byte)200);
        Assert.Equal(unchecked(new[] { -3 << 33, -3 >> 33, (int)(-40L << 65), (int)(-40L >> 70), 200 << 36, (int)((ulong)-40L >> 68) }),
            ((Vm.Types.Array)counts).Select(i => (int)i.GetInteger()).ToArray());
    }
}
