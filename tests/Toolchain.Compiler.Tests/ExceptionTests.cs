namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>Exceptions thrown, caught, rethrown and passing through finally blocks across calls, against .NET.</summary>
public class ExceptionTests
{
    private static readonly Differential Code = new("""
        public class InsufficientFunds : System.Exception { public InsufficientFunds(string message) : base(message) { } }

        private static int Withdraw(int balance, int amount)
        {
            if (amount < 0) throw new System.ArgumentOutOfRangeException(nameof(amount));
            if (amount > balance) throw new InsufficientFunds("need " + amount + ", have " + balance);
            return balance - amount;
        }
        public static string Caught(int amount)
        {
            try { return "left " + Withdraw(10, amount); }
            catch (System.Exception e) { return "error: " + e.Message; }
        }
        private static int Rethrows(int amount)
        {
            try { return Withdraw(10, amount); }
            catch { throw; }
        }
        public static string RethrownAcrossCalls(int amount)
        {
            try { return "ok " + Rethrows(amount); }
            catch (System.Exception e) { return e.Message; }
        }
        public static int Uncaught(int amount) => Withdraw(10, amount);
        public static string FinallyOrder(int x)
        {
            string log = "";
            try
            {
                try { log += "a"; if (x == 1) throw new System.Exception("inner"); log += "b"; }
                finally { log += "f"; }
                log += "c";
            }
            catch (System.Exception e) { log += "[" + e.Message + "]"; }
            finally { log += "F"; }
            return log;
        }
        public static int ReturnFromNestedTry(int x)
        {
            int result = 0;
            try
            {
                try { if (x > 0) return x * 2; result = 1; }
                finally { result += 100; }
            }
            finally { result += 1000; }
            return result;
        }
        public static int BreakOutOfNestedTry(int n)
        {
            int total = 0;
            for (int i = 0; i < n; i++)
            {
                try { try { if (i == 2) break; total += i; } finally { total += 10; } }
                finally { total += 100; }
            }
            return total;
        }
        public static int ThrowExpression(string? s) => (s ?? throw new System.ArgumentNullException(nameof(s))).Length;
        public static string Validate(int x) { try { if (x > 3) throw new System.InvalidOperationException(); return "fine"; } catch (System.Exception e) { return e.Message; } }
        """);

    [Theory]
    [InlineData(4)]
    [InlineData(40)]
    [InlineData(-1)]
    public void Caught_and_rethrown_across_calls(int amount)
    {
        Code.Same("Caught", amount);
        Code.Same("RethrownAcrossCalls", amount);
        Code.Same("Uncaught", amount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Finally_blocks_run_in_order(int x) => Code.Same("FinallyOrder", x);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Returns_and_breaks_leave_nested_tries_through_their_finally(int x)
    {
        Code.Same("ReturnFromNestedTry", x);
        Code.Same("BreakOutOfNestedTry", x);
    }

    [Fact]
    public void Throw_expressions_and_default_messages()
    {
        Code.Same("ThrowExpression", "abc");
        Code.Same("ThrowExpression", new object?[] { null });
        // Without a message NeoVM has only the type name to throw (.NET would word a default message).
        Assert.Equal("InvalidOperationException", Code.Neo("Validate", 5).GetString());
    }
}
