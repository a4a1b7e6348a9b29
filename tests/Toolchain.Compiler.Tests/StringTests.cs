namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>Strings: concatenation and interpolation of every printable type, and the string and char members, against .NET.</summary>
public class StringTests
{
    private static readonly Differential Code = new("""
        public enum Color { Red, Green = 5, Blue }

        public static string Interpolate(int n, bool flag, string name) => $"n={n}, flag={flag}, name={name}!";
        public static string Concat(long n, char c) => "value " + n + c + true + 'z';
        public static string Enums(int i) => $"{(Color)i} and {Color.Blue}";
        public static string BigNumber() => "x" + System.Numerics.BigInteger.Pow(10, 30);
        public static string NonAscii(char c) => "[" + c + "]";
        public static int Length(string s) => s.Length;
        public static string Sub(string s, int start) => s.Substring(start);
        public static string Sub2(string s, int start, int count) => s.Substring(start, count);
        public static bool Has(string s, string part) => s.Contains(part);
        public static int Index(string s, string part) => s.IndexOf(part);
        public static bool Starts(string s, string part) => s.StartsWith(part);
        public static bool Ends(string s, string part) => s.EndsWith(part);
        public static bool Empty(string? s) => string.IsNullOrEmpty(s);
        public static string Number(int n) => n.ToString();
        public static int CharAt(string s, int i) => s[i];
        public static bool Digit(char c) => char.IsDigit(c);
        public static bool Letter(char c) => char.IsLetter(c);
        public static char Upper(char c) => char.ToUpper(c);
        public static int SwitchOnString(string s) => s switch { "a" => 1, "bb" => 2, _ => 0 };
        public static string Nullable(string? s) => "<" + s + ">";
        public static int ParseInt(string s) => int.Parse(s);
        """);

    [Theory]
    [InlineData(0, true, "neo")]
    [InlineData(-42, false, "")]
    public void Interpolation(int n, bool flag, string name) => Code.Same("Interpolate", n, flag, name);

    [Fact]
    public void Concatenation_prints_like_dotnet()
    {
        Code.Same("Concat", long.MinValue, 'A');
        Code.Same("BigNumber");
        Code.Same("Nullable", "x");
        Code.Same("Nullable", new object?[] { null });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(9)]
    public void Enum_names(int i) => Code.Same("Enums", i);

    [Theory]
    [InlineData('é')]
    [InlineData('€')]
    [InlineData('\0')]
    public void Chars_print_as_utf8(char c) => Code.Same("NonAscii", c);

    [Theory]
    [InlineData("hello world", "wor")]
    [InlineData("hello", "")]
    [InlineData("abc", "abcd")]
    [InlineData("abcabc", "bc")]
    public void Searching(string s, string part)
    {
        Code.Same("Has", s, part);
        Code.Same("Index", s, part);
        Code.Same("Starts", s, part);
        Code.Same("Ends", s, part);
    }

    [Fact]
    public void Members()
    {
        Code.Same("Length", "neo");
        Code.Same("Sub", "contract", 3);
        Code.Same("Sub2", "contract", 1, 4);
        Code.Same("Sub2", "contract", 6, 5); // out of range on both sides
        Code.Same("Empty", "");
        Code.Same("Empty", "x");
        Code.Same("Empty", new object?[] { null });
        Code.Same("Number", int.MinValue);
        Code.Same("CharAt", "abc", 1);
        Code.Same("SwitchOnString", "bb");
        Code.Same("SwitchOnString", "zz");
        Code.Same("ParseInt", "-2147483648");
        Code.Same("ParseInt", "2147483648"); // overflow on both sides
    }

    [Theory]
    [InlineData('7')]
    [InlineData('q')]
    [InlineData('Q')]
    [InlineData(' ')]
    public void Char_helpers(char c)
    {
        Code.Same("Digit", c);
        Code.Same("Letter", c);
        Code.Same("Upper", c);
    }

    /// <summary>ByteString converts to and from string implicitly, so C# binds its + and += to string concatenation.</summary>
    private static readonly Differential Bytes = new("""
        public static Neo.SmartContract.Framework.ByteString Joined(Neo.SmartContract.Framework.ByteString head, Neo.SmartContract.Framework.ByteString middle, string tail)
        {
            Neo.SmartContract.Framework.ByteString text = "";
            text += head;
            text += middle;
            text += tail;
            return text;
        }
        public static Neo.SmartContract.Framework.ByteString Plus(Neo.SmartContract.Framework.ByteString x, Neo.SmartContract.Framework.ByteString y) => x + y;
        """);

    [Fact]
    public void ByteString_plus_and_plus_assign_concatenate()
    {
        var joined = Bytes.Neo("Joined", "a"u8.ToArray(), "b"u8.ToArray(), "c");
        Assert.Equal(Vm.Types.StackItemType.ByteString, joined.Type);
        Assert.Equal("abc", joined.GetString());
        var plus = Bytes.Neo("Plus", "1"u8.ToArray(), "2"u8.ToArray());
        Assert.Equal(Vm.Types.StackItemType.ByteString, plus.Type);
        Assert.Equal("12", plus.GetString());
    }
}
