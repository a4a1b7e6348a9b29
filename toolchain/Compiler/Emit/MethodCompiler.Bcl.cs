using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// .NET base-library members with a NeoVM form (BigInteger, Math, string, char, Nullable, integer Parse/ToString, …).
/// Strings are UTF-8 ByteStrings: Length and indexing count bytes, and char helpers follow ASCII.
/// </summary>
public sealed partial class MethodCompiler
{
    private static readonly Runtime.Models.UInt160 StdLibHash = Runtime.Models.UInt160.Parse("0xacce6fd80d44e1796aa0c2c625e9e4e0ce39efc0");

    /// <summary>Compiles a BCL member call; false when <paramref name="target"/> is not a BCL member this compiler knows.</summary>
    private bool Bcl(IMethodSymbol target, IOperation? instance, IReadOnlyList<IOperation> arguments, SyntaxNode at)
    {
        if (!target.DeclaringSyntaxReferences.IsEmpty || target.IsExtern) return false;
        var type = target.ContainingType;
        var owner = type.OriginalDefinition.SpecialType switch
        {
            SpecialType.System_Nullable_T => "Nullable",
            SpecialType.System_String => "string",
            SpecialType.System_Char => "char",
            SpecialType.System_Object => "object",
            SpecialType.System_Boolean => "bool",
            _ when IntegerType.IsBigInteger(type) => "BigInteger",
            _ when IntegerType.Of(type) is not null => "integer",
            _ when type.ToDisplayString() == "System.Math" => "Math",
            _ when type.ToDisplayString() == "System.Array" => "Array",
            _ when IsException(type) => "Exception",
            _ => null,
        };
        if (owner is null) return false;
        var name = target.Name;
        var all = new List<IOperation>();
        if (instance is not null && !target.IsStatic) all.Add(instance);
        all.AddRange(arguments);
        void Args() => PushArguments(all.Select((a, i) => new Argument(a, ByReference: i == 0 && instance is not null)).ToList(), leftToRight: true);
        // A native pops its first parameter first: arguments go last-first.
        void NativeArgs() => PushArguments(all, leftToRight: false);
        switch (owner, name, all.Count)
        {
            case ("BigInteger", "get_One", 0): Code.Push(1); return true;
            case ("BigInteger", "get_Zero", 0): Code.Push(0); return true;
            case ("BigInteger", "get_MinusOne", 0): Code.Push(-1); return true;
            case ("BigInteger", "get_IsZero", 1): Args(); Code.Push(0); Code.Emit(OpCode.NUMEQUAL); return true;
            case ("BigInteger", "get_IsOne", 1): Args(); Code.Push(1); Code.Emit(OpCode.NUMEQUAL); return true;
            case ("BigInteger", "get_Sign", 1): Args(); Code.Emit(OpCode.SIGN); return true;
            case ("BigInteger", "get_IsEven", 1): Args(); Code.Push(1); Code.Emit(OpCode.AND); Code.Push(0); Code.Emit(OpCode.NUMEQUAL); return true;
            case ("BigInteger" or "Math", "Pow", 2): Args(); Code.Emit(OpCode.POW); CheckedResult(target); return true;
            case ("BigInteger" or "Math", "Abs", 1): Args(); Code.Emit(OpCode.ABS); CheckedResult(target); return true;
            case ("BigInteger" or "Math", "Min", 2): Args(); Code.Emit(OpCode.MIN); return true;
            case ("BigInteger" or "Math", "Max", 2): Args(); Code.Emit(OpCode.MAX); return true;
            case ("Math", "Sign", 1): Args(); Code.Emit(OpCode.SIGN); return true;
            case ("Math", "Clamp", 3): Clamp(all, target); return true;
            case ("BigInteger", "ModPow", 3): Args(); Code.Emit(OpCode.MODPOW); return true;
            case ("BigInteger", "Negate", 1): Args(); Code.Emit(OpCode.NEGATE); return true;
            case ("BigInteger", "Add", 2): Args(); Code.Emit(OpCode.ADD); return true;
            case ("BigInteger", "Subtract", 2): Args(); Code.Emit(OpCode.SUB); return true;
            case ("BigInteger", "Multiply", 2): Args(); Code.Emit(OpCode.MUL); return true;
            case ("BigInteger", "Divide", 2): Args(); Code.Emit(OpCode.DIV); return true;
            case ("BigInteger", "Remainder", 2): Args(); Code.Emit(OpCode.MOD); return true;
            case ("BigInteger" or "integer", "Compare" or "CompareTo", 2) when IsNumeric(all[1].Type):
                Args(); Code.Emit(OpCode.SUB); Code.Emit(OpCode.SIGN); return true;
            case ("BigInteger" or "integer", "Equals", 2) when IsNumeric(all[1].Type):
                Args(); Code.Emit(OpCode.NUMEQUAL); return true;
            case ("BigInteger" or "integer", "Parse", 1):
                Args(); StdLib("atoi", 1); CheckedResult(target); return true;
            case (_, "ToString", 1) when owner is "BigInteger" or "integer" or "bool" or "string" or "char":
                Value(all[0]);
                ToText(all[0].Type!, at);
                return true;
            case ("string", "get_Length", 1): Args(); Code.Emit(OpCode.SIZE); return true;
            case ("string", "get_Chars", 2): Args(); Code.Emit(OpCode.PICKITEM); return true;
            case ("string", "Substring", 2):
                Args();
                Code.Emit(OpCode.OVER); Code.Emit(OpCode.SIZE); Code.Emit(OpCode.OVER); Code.Emit(OpCode.SUB);
                Code.Emit(OpCode.SUBSTR); Code.Emit(OpCode.CONVERT, 0x28); return true;
            case ("string", "Substring", 3): Args(); Code.Emit(OpCode.SUBSTR); Code.Emit(OpCode.CONVERT, 0x28); return true;
            case ("string", "Contains", 2) when all[1].Type?.SpecialType == SpecialType.System_String:
                NativeArgs(); StdLib("memorySearch", 2); Code.Push(0); Code.Emit(OpCode.GE); return true;
            case ("string", "IndexOf", 2) when all[1].Type?.SpecialType == SpecialType.System_String:
                NativeArgs(); StdLib("memorySearch", 2); return true;
            case ("string", "StartsWith", 2) when all[1].Type?.SpecialType == SpecialType.System_String:
                NativeArgs(); StdLib("memorySearch", 2); Code.Push(0); Code.Emit(OpCode.NUMEQUAL); return true;
            case ("string", "EndsWith", 2) when all[1].Type?.SpecialType == SpecialType.System_String:
                EndsWith(all); return true;
            case ("string", "Equals", 2) when all[1].Type?.SpecialType == SpecialType.System_String:
                Args(); Code.Emit(OpCode.EQUAL); return true;
            case ("string", "IsNullOrEmpty", 1): IsNullOrEmpty(all[0]); return true;
            case ("string", "Concat", >= 2) when all.All(a => a.Type?.SpecialType == SpecialType.System_String):
                Value(all[0]);
                foreach (var next in all.Skip(1)) { Value(next); Code.Emit(OpCode.CAT); }
                Code.Emit(OpCode.CONVERT, 0x28);
                return true;
            case ("string", "Split", 2) when all[1].Type?.SpecialType is SpecialType.System_String or SpecialType.System_Char:
                if (all[1].Type?.SpecialType == SpecialType.System_Char) { Value(all[1]); ToText(all[1].Type!, at); } else Value(all[1]);
                Value(all[0]);
                StdLib("stringSplit", 2);
                return true;
            case ("char", "IsDigit", 1): Args(); Code.Push('0'); Code.Push('9' + 1); Code.Emit(OpCode.WITHIN); return true;
            case ("char", "IsUpper", 1): Args(); Code.Push('A'); Code.Push('Z' + 1); Code.Emit(OpCode.WITHIN); return true;
            case ("char", "IsLower", 1): Args(); Code.Push('a'); Code.Push('z' + 1); Code.Emit(OpCode.WITHIN); return true;
            case ("char", "IsLetter", 1): IsLetter(all[0]); return true;
            case ("char", "IsWhiteSpace", 1): IsWhiteSpace(all[0]); return true;
            case ("char", "ToUpper", 1): ShiftCase(all[0], 'a', 'z', -32); return true;
            case ("char", "ToLower", 1): ShiftCase(all[0], 'A', 'Z', 32); return true;
            case ("Nullable", "get_HasValue", 1): Args(); Code.Emit(OpCode.ISNULL); Code.Emit(OpCode.NOT); return true;
            case ("Nullable", "get_Value", 1):
                Args();
                ThrowIfNull("Nullable object must have a value.");
                return true;
            case ("Nullable", "GetValueOrDefault", 1):
                Args();
                var has = new Label("has-value");
                Code.Emit(OpCode.DUP); Code.Emit(OpCode.ISNULL); Code.Branch(OpCode.JMPIFNOT, has);
                Code.Emit(OpCode.DROP); DefaultValue(((INamedTypeSymbol)type).TypeArguments[0], null);
                Code.Mark(has);
                return true;
            case ("Exception", "get_Message", 1): Args(); return true; // the thrown item is the message
            case ("object", "Equals", 2) or ("object", "ReferenceEquals", 2): Args(); Code.Emit(OpCode.EQUAL); return true;
            case ("Array", "Reverse", 1): Args(); Code.Emit(OpCode.REVERSEITEMS); return true;
            case ("Array", "get_Length", 1): Args(); Code.Emit(OpCode.SIZE); return true;
        }
        return false;
    }

    /// <summary>After Pow/Abs on a fixed-width type (.NET's Math.Abs(int.MinValue) throws) or Parse: range-check the result.</summary>
    private void CheckedResult(IMethodSymbol target)
    {
        if (IntegerType.Of(target.ReturnType) is { } type) RangeCheck(type);
    }

    /// <summary>A CALLT to a StdLib method (reference §2.10) with the given parameter count.</summary>
    private void StdLib(string method, int parameters, bool returns = true)
    {
        var token = contract.Token(new CallTokenBinding(StdLibHash, method, parameters, returns), null);
        Code.Emit(OpCode.CALLT, BitConverter.GetBytes(token));
    }

    private void Clamp(List<IOperation> all, IMethodSymbol target)
    {
        // .NET throws when min > max; otherwise min(max(v, min), max).
        var ok = new Label("clamp-ok");
        PushArguments(all, leftToRight: true);
        Code.Emit(OpCode.OVER); Code.Emit(OpCode.OVER);
        Code.Branch(OpCode.JMPLE, ok);
        Code.Push(Encoding.UTF8.GetBytes($"'{target.Parameters[1].Name}' cannot be greater than {target.Parameters[2].Name}."));
        Code.Emit(OpCode.THROW);
        Code.Mark(ok);
        Code.Emit(OpCode.REVERSE3); // [max, min, v]
        Code.Emit(OpCode.MAX);      // [max, max(v, min)]
        Code.Emit(OpCode.MIN);
    }

    private void EndsWith(List<IOperation> all)
    {
        var no = new Label("ends-no");
        var end = new Label("ends-end");
        PushArguments(all, leftToRight: true);             // [s, x]
        Code.Emit(OpCode.OVER); Code.Emit(OpCode.SIZE);     // [s, x, |s|]
        Code.Emit(OpCode.OVER); Code.Emit(OpCode.SIZE);     // [s, x, |s|, |x|]
        Code.Branch(OpCode.JMPLT, no);
        Code.Emit(OpCode.TUCK); Code.Emit(OpCode.SIZE);     // [x, s, |x|]
        Code.Emit(OpCode.RIGHT);                            // [x, tail]
        Code.Emit(OpCode.CONVERT, 0x28);
        Code.Emit(OpCode.EQUAL);
        Code.Branch(OpCode.JMP, end);
        Code.Mark(no);
        Code.Emit(OpCode.DROP); Code.Emit(OpCode.DROP); Code.Push(false);
        Code.Mark(end);
    }

    private void IsNullOrEmpty(IOperation value)
    {
        var yes = new Label("empty-yes");
        var end = new Label("empty-end");
        Value(value);
        Code.Emit(OpCode.DUP); Code.Emit(OpCode.ISNULL); Code.Branch(OpCode.JMPIF, yes);
        Code.Emit(OpCode.SIZE); Code.Push(0); Code.Emit(OpCode.NUMEQUAL);
        Code.Branch(OpCode.JMP, end);
        Code.Mark(yes);
        Code.Emit(OpCode.DROP); Code.Push(true);
        Code.Mark(end);
    }

    private void IsLetter(IOperation value)
    {
        // ASCII: (c | 0x20) in 'a'..'z'
        Value(value);
        Code.Push(0x20); Code.Emit(OpCode.OR);
        Code.Push('a'); Code.Push('z' + 1); Code.Emit(OpCode.WITHIN);
    }

    private void IsWhiteSpace(IOperation value)
    {
        // ASCII: ' ' or '\t'..'\r'
        var yes = new Label("ws-yes");
        var end = new Label("ws-end");
        Value(value);
        Code.Emit(OpCode.DUP); Code.Push(' '); Code.Branch(OpCode.JMPEQ, yes);
        Code.Push('\t'); Code.Push('\r' + 1); Code.Emit(OpCode.WITHIN);
        Code.Branch(OpCode.JMP, end);
        Code.Mark(yes);
        Code.Emit(OpCode.DROP); Code.Push(true);
        Code.Mark(end);
    }

    private void ShiftCase(IOperation value, char from, char to, int delta)
    {
        var end = new Label("case-end");
        Value(value);
        Code.Emit(OpCode.DUP); Code.Push(from); Code.Push(to + 1); Code.Emit(OpCode.WITHIN);
        Code.Branch(OpCode.JMPIFNOT, end);
        Code.Push(delta); Code.Emit(OpCode.ADD);
        Code.Mark(end);
    }

    private void ThrowIfNull(string message)
    {
        var ok = new Label("not-null");
        Code.Emit(OpCode.DUP); Code.Emit(OpCode.ISNULL); Code.Branch(OpCode.JMPIFNOT, ok);
        Code.Push(Encoding.UTF8.GetBytes(message));
        Code.Emit(OpCode.THROW);
        Code.Mark(ok);
    }
}
