namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>Delegates from static methods and non-capturing lambdas, generic methods and extension methods, against .NET.</summary>
public class LambdaTests
{
    private static readonly Differential Code = new("""
        private static int Square(int x) => x * x;
        private static int Apply(System.Func<int, int> f, int x) => f(x);
        private static T First<T>(T[] items) => items[0];
        private static int Count<T>(T[] items, System.Func<T, bool> keep) { int n = 0; foreach (var item in items) if (keep(item)) n++; return n; }

        public static int MethodGroup(int x) => Apply(Square, x);
        public static int Lambda(int x) => Apply(v => v + 10, x);
        public static int StoredDelegate(int x) { System.Func<int, int, int> add = (a, b) => a + b; return add(x, 2) * add(1, 1); }
        public static int Generic(int x) => First(new[] { x, 2 }) + First(new[] { "ab" }).Length;
        public static int GenericWithLambda(int limit) => Count(new[] { 1, 5, 10, 20 }, v => v > 4);
        public static int Extension(int x) => x.Doubled().Doubled();
        """ + "\n}\npublic static class Extensions { public static int Doubled(this int x) => x * 2; ");

    [Theory]
    [InlineData(3)]
    [InlineData(-4)]
    public void Delegates(int x)
    {
        Code.Same("MethodGroup", x);
        Code.Same("Lambda", x);
        Code.Same("StoredDelegate", x);
    }

    [Fact]
    public void Generics_and_extensions()
    {
        Code.Same("Generic", 7);
        Code.Same("GenericWithLambda", 4);
        Code.Same("Extension", 5);
    }
}
