using System.Numerics;
using Microsoft.CodeAnalysis;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>The C# fixed-width integer types (and char) with their ranges; BigInteger has none.</summary>
public readonly record struct IntegerType(int Bits, bool Signed)
{
    public BigInteger Min => Signed ? -(BigInteger.One << (Bits - 1)) : BigInteger.Zero;

    public BigInteger Max => Signed ? (BigInteger.One << (Bits - 1)) - 1 : (BigInteger.One << Bits) - 1;

    public static IntegerType? Of(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_SByte => new(8, true),
        SpecialType.System_Byte => new(8, false),
        SpecialType.System_Int16 => new(16, true),
        SpecialType.System_UInt16 or SpecialType.System_Char => new(16, false),
        SpecialType.System_Int32 => new(32, true),
        SpecialType.System_UInt32 => new(32, false),
        SpecialType.System_Int64 => new(64, true),
        SpecialType.System_UInt64 => new(64, false),
        _ => type is INamedTypeSymbol { EnumUnderlyingType: { } underlying } ? Of(underlying) : null,
    };

    public static bool IsBigInteger(ITypeSymbol? type) => type?.ToDisplayString() == "System.Numerics.BigInteger";
}
