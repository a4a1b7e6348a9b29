namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>Arrays, foreach, switch and try/catch/finally against .NET.</summary>
public class StatementTests
{
    private static readonly Differential Code = new("""
        public static int SumArray(int n)
        {
            var xs = new int[n];
            for (int i = 0; i < xs.Length; i++) xs[i] = i * i;
            int sum = 0;
            foreach (var x in xs) sum += x;
            return sum;
        }
        public static int Literal(int i) { int[] xs = { 3, 1, 4, 1, 5 }; return xs[i]; }
        public static bool Defaults() { var b = new bool[2]; var s = new string[1]; var n = new long[1]; return !b[1] && s[0] == null && n[0] == 0; }
        public static int Chained(int v) { var xs = new int[2]; int y = xs[1] = v; return y + xs[1]; }
        public static int SkipOdd(int n)
        {
            int count = 0;
            foreach (var x in new[] { 1, 2, 3, 4, 5, 6 }) { if (x % 2 == 1) continue; if (x > n) break; count += x; }
            return count;
        }
        public static string Name(int day)
        {
            switch (day)
            {
                case 0: return "sun";
                case 1: case 2: return "early";
                case 6: break;
                default: return "mid";
            }
            return "sat";
        }
        public static int Guarded(int x)
        {
            try { if (x == 0) throw new System.Exception("zero"); return 100 / x; }
            catch (System.Exception e) { return e.Message == "zero" ? -1 : -2; }
        }
        public static int WithFinally(int x)
        {
            int log = 0;
            try { log += 1; if (x > 0) throw new System.Exception("boom"); log += 10; }
            catch { log += 100; }
            finally { log += 1000; }
            return log;
        }
        public static int LoopWithTry(int n)
        {
            int total = 0;
            for (int i = 0; i < n; i++)
            {
                try { if (i == 3) break; if (i == 1) continue; total += i; }
                finally { total += 10; }
            }
            return total;
        }
        public static int Uncaught(int x) { try { x++; } finally { x++; } if (x > 5) throw new System.Exception("over " + "limit"); return x; }
        """);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(100)]
    public void Arrays_and_foreach(int n)
    {
        Code.Same("SumArray", n);
        Code.Same("SkipOdd", n);
    }

    [Fact]
    public void Array_literals_defaults_bounds_and_chained_assignment()
    {
        Assert.Equal(4, Code.Same("Literal", 2));
        Assert.Equal(true, Code.Same("Defaults"));
        Assert.Equal(14, Code.Same("Chained", 7));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void Switch_sections_and_defaults(int day) => Code.Same("Name", day);

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Try_catch_returns_and_messages(int x) => Code.Same("Guarded", x);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Finally_always_runs(int x) => Code.Same("WithFinally", x);

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public void Break_and_continue_leave_try_blocks_through_their_finally(int n) => Code.Same("LoopWithTry", n);

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    public void Uncaught_exceptions_fault_after_finally(int x) => Code.Same("Uncaught", x);
}
