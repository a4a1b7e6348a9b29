namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>Classes (Arrays by reference), structs and tuples (Structs by value), constructors and initialisers against .NET.</summary>
public class ObjectTests
{
    private static readonly Differential Code = new("""
        public struct Point { public int X; public int Y; public Point(int x, int y) { X = x; Y = y; } public int Sum() => X + Y; public void Move(int d) { X += d; Y += d; } }
        public struct Line { public Point From; public Point To; }
        public class Counter { public int Value = 10; public string Name { get; set; } = "c"; public Counter() { } public Counter(int start) { Value = start; } public void Add(int n) => Value += n; }
        public class Named : Counter { public int Extra; public Named(int start, int extra) : base(start) { Extra = extra; } }
        public record struct Pair(int Left, int Right);
        public static class Registry { public static int Count = 5; public static readonly int Limit = 42; }
        public static class Table { public static int[] Squares = new int[4]; public static int Filled; static Table() { for (int i = 0; i < 4; i++) Squares[i] = i * i; Filled = Squares.Length; } }
        public static int StaticConstructor(int i) => Table.Squares[i] + Table.Filled;

        public static int StructCopy() { var a = new Point(1, 2); var b = a; b.X = 100; return a.X * 1000 + b.X; }
        public static int StructArgumentIsCopied() { var a = new Point(1, 2); Bump(a); return a.X; }
        private static void Bump(Point p) { p.X = 99; }
        public static int StructMethodMutatesVariable() { var a = new Point(1, 2); a.Move(5); return a.Sum(); }
        public static int NestedStructCopy() { var l = new Line(); l.From.X = 3; var m = l; m.From.X = 7; return l.From.X * 10 + m.From.X; }
        public static int StructInArrayIsCopied() { var ps = new Point[] { new Point(1, 1) }; var p = ps[0]; p.X = 50; return ps[0].X; }
        public static int DefaultStruct() { Point p = default; var q = new Point(); return p.X + q.Y; }
        public static int ClassReference() { var a = new Counter(); var b = a; b.Add(5); return a.Value; }
        public static int Constructors() { var a = new Counter(3); var n = new Named(4, 6); return a.Value * 100 + n.Value * 10 + n.Extra; }
        public static string AutoProperty() { var c = new Counter { Name = "x" }; c.Name += "y"; return c.Name; }
        public static int ObjectInitializer() { var c = new Counter(1) { Value = 7 }; return c.Value; }
        public static int Tuples() { var t = (3, 4); var u = t; u.Item1 = 10; return t.Item1 * 100 + u.Item1 + t.Item2; }
        public static int NamedTuple() { (int a, int b) t = (a: 2, b: 5); return t.a * t.b; }
        public static int Deconstruct() { var (x, y) = Divide(17, 5); return x * 10 + y; }
        private static (int, int) Divide(int a, int b) => (a / b, a % b);
        public static int Swap() { int a = 1, b = 2; (a, b) = (b, a); return a * 10 + b; }
        public static int Records() { var p = new Pair(1, 2); var q = p with { Right = 9 }; return p.Right * 10 + q.Right; }
        public static int OtherStatics() { Registry.Count += 2; return Registry.Count + Registry.Limit; }
        public static int NullableInt(int x) { int? v = x > 0 ? x : null; return v ?? -1; }
        public static bool HasValue(int x) { int? v = x > 0 ? x : null; return v.HasValue; }
        public static int CoalesceAssign(int x) { string? s = x > 0 ? "set" : null; s ??= "default"; return s.Length; }
        public static int ConditionalAccess(int x) { Counter? c = x > 0 ? new Counter(x) : null; return c?.Value ?? -1; }
        public static int ArrayOfObjects() { var cs = new Counter[] { new Counter(1), new Counter(2) }; cs[1].Add(3); int sum = 0; foreach (var c in cs) sum += c.Value; return sum; }
        public static int CompoundOnField() { var c = new Counter(1); c.Value *= 6; c.Value++; return c.Value; }
        """);

    [Theory]
    [InlineData("StructCopy")]
    [InlineData("StructArgumentIsCopied")]
    [InlineData("StructMethodMutatesVariable")]
    [InlineData("NestedStructCopy")]
    [InlineData("StructInArrayIsCopied")]
    [InlineData("DefaultStruct")]
    [InlineData("Tuples")]
    [InlineData("NamedTuple")]
    [InlineData("Deconstruct")]
    [InlineData("Swap")]
    [InlineData("Records")]
    public void Value_semantics(string method) => Code.Same(method);

    [Theory]
    [InlineData("ClassReference")]
    [InlineData("Constructors")]
    [InlineData("AutoProperty")]
    [InlineData("ObjectInitializer")]
    [InlineData("ArrayOfObjects")]
    [InlineData("CompoundOnField")]
    public void Reference_semantics(string method) => Code.Same(method);

    [Fact]
    public void Static_fields_of_other_classes_initialise_once() => Code.Same("OtherStatics");

    [Fact]
    public void Static_constructors_run_after_the_field_initialisers() => Code.Same("StaticConstructor", 3);

    [Theory]
    [InlineData(5)]
    [InlineData(-5)]
    public void Nullables_and_null_operators(int x)
    {
        Code.Same("NullableInt", x);
        Code.Same("HasValue", x);
        Code.Same("CoalesceAssign", x);
        Code.Same("ConditionalAccess", x);
    }

    /// <summary>
    /// C# 14's <c>field</c>: the property's own backing storage, read and written only through its accessors (never
    /// bypassed as if it were an auto-property), on static and instance properties, with one accessor auto-written.
    /// </summary>
    private static readonly Differential Fields = new("""
        public class Meter
        {
            public int Total { get => field; set => field = value >= 0 ? field + value : field; }
            public bool Seen { get; set => field = field || value; }
            public int Twice { get => field * 2; set; }
        }
        private static int Floor { get => field; set => field = value < 0 ? 0 : value; }
        private static int Latest { get => field; set => field = value == 0 ? field : value; }
        public static int Clamp(int v) { Floor = v; return Floor; }
        public static int KeepNonZero(int a, int b) { Latest = a; Latest = b; return Latest; }
        public static int Accumulate(int a, int b) { var m = new Meter(); m.Total = a; m.Total += b; return m.Total; }
        public static bool Latch(bool a, bool b) { var m = new Meter(); m.Seen = a; m.Seen = b; return m.Seen; }
        public static int Doubled(int a) { var m = new Meter { Twice = a }; return m.Twice; }
        """);

    [Theory]
    [InlineData(10, 4)]
    [InlineData(-5, 3)]
    [InlineData(7, -3)]
    [InlineData(0, 0)]
    public void Field_keyword_properties_run_their_accessors(int a, int b)
    {
        Fields.Same("Clamp", a);
        Fields.Same("Accumulate", a, b);
        Fields.Same("Doubled", a);
        if (b != 0) Fields.Same("KeepNonZero", a, b); // b = 0 keeps a value from an earlier .NET call
        if (a != 0) Fields.Same("KeepNonZero", a, 0);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void Field_keyword_latches_a_boolean(bool a, bool b) => Fields.Same("Latch", a, b);
}
