using System.Globalization;
using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Front;

/// <summary>One instruction of an extern member's inline binding: an opcode with its raw operand, or a SYSCALL.</summary>
public readonly record struct BoundOp(OpCode OpCode, byte[] Operand);

/// <summary>How a call to an extern framework member compiles (reference §1b "Binding").</summary>
public abstract record Binding;

/// <summary>
/// [OpCode]/[Syscall] attributes, applied in order after the arguments. <see cref="LeftToRight"/> arguments (and the
/// instance first) are pushed in source order, as [OpCode] bindings expect (CAT's first operand lies below its second);
/// otherwise the first argument (the instance) ends on top, as SYSCALL pops it and as [CallingConvention(Cdecl)]
/// asks of an [OpCode] binding (StorageMap's members unpack the map on top).
/// </summary>
public sealed record InlineBinding(IReadOnlyList<BoundOp> Ops, bool LeftToRight) : Binding;

/// <summary>A static extern member of a [Contract("0x…")] class: CALLT through a method token with CallFlags.All.</summary>
public sealed record CallTokenBinding(UInt160 Hash, string Method, int ParameterCount, bool HasReturnValue) : Binding;

/// <summary>A [ContractHash] property: pushes the contract's hash.</summary>
public sealed record ContractHashBinding(UInt160 Hash) : Binding;

/// <summary>Reads the binding attributes of framework members.</summary>
public static class Bindings
{
    private const string AttributeNamespace = "Neo.SmartContract.Framework.Attributes";

    /// <summary>The binding of an extern member, or null when it has none (then it is compiled or handled elsewhere).</summary>
    public static Binding? Of(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (!method.IsExtern) return null;
        var ops = new List<BoundOp>();
        bool hasOpCode = false, cdecl = false;
        foreach (var attribute in AttributesOf(method))
        {
            switch (attribute.AttributeClass?.Name)
            {
                case "SyscallAttribute" when IsFramework(attribute):
                    var name = (string)attribute.ConstructorArguments[0].Value!;
                    ops.Add(new BoundOp(OpCode.SYSCALL, BitConverter.GetBytes(InteropIds.Of(name))));
                    break;
                case "OpCodeAttribute" when IsFramework(attribute):
                    hasOpCode = true;
                    var op = (OpCode)Convert.ToByte(attribute.ConstructorArguments[0].Value, CultureInfo.InvariantCulture);
                    var data = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as string : null;
                    ops.Add(new BoundOp(op, ParseHex(data)));
                    break;
                case "CallingConventionAttribute" when IsFramework(attribute):
                    cdecl = Convert.ToInt32(attribute.ConstructorArguments[0].Value, CultureInfo.InvariantCulture) == (int)System.Runtime.InteropServices.CallingConvention.Cdecl;
                    break;
                case "ContractHashAttribute" when IsFramework(attribute) && ContractHashOf(method.ContainingType) is { } owner:
                    return new ContractHashBinding(owner);
            }
        }
        if (ops.Count > 0) return new InlineBinding(ops, hasOpCode && !cdecl);
        if (method.IsStatic && ContractHashOf(method.ContainingType) is { } hash)
        {
            var member = (ISymbol?)method.AssociatedSymbol ?? method;
            var abiName = ContractModel.AttributeText(member, "DisplayNameAttribute") ?? LowerFirst(member.Name);
            return new CallTokenBinding(hash, abiName, method.Parameters.Length, !method.ReturnsVoid);
        }
        return null;
    }

    /// <summary>The hash of a [Contract("0x…")] class, or null.</summary>
    public static UInt160? ContractHashOf(INamedTypeSymbol? type)
    {
        var attribute = type?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "ContractAttribute" && IsFramework(a));
        return attribute?.ConstructorArguments[0].Value is string text ? UInt160.Parse(text) : null;
    }

    public static string LowerFirst(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>Accessor attributes live on the accessor; property-level [OpCode]s (rare) apply to its getter.</summary>
    private static IEnumerable<AttributeData> AttributesOf(IMethodSymbol method)
    {
        var own = method.GetAttributes();
        if (own.Length == 0 && method.AssociatedSymbol is IPropertySymbol property && SymbolEqualityComparer.Default.Equals(property.GetMethod, method))
            return property.GetAttributes();
        return own;
    }

    private static bool IsFramework(AttributeData attribute) => attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() == AttributeNamespace;

    private static byte[] ParseHex(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) text = text[2..];
        return Convert.FromHexString(text);
    }
}
