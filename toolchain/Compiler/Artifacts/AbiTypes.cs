using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Compiler.Emit;
using Protocol.Toolchain.Runtime.Manifest;

namespace Protocol.Toolchain.Compiler.Artifacts;

/// <summary>C# types to manifest parameter types (reference §1a): bool→Boolean, integers/char/enum→Integer, string→String, …</summary>
public static class AbiTypes
{
    public static ContractParameterType Of(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_Void) return ContractParameterType.Void;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) return Of(nullable.TypeArguments[0]);
        type = type.WithNullableAnnotation(NullableAnnotation.None);
        if (type is ITypeParameterSymbol) return ContractParameterType.Any;
        if (type.AllInterfaces.Any(i => i.ToDisplayString() == "Neo.SmartContract.Framework.IApiInterface") || type.ToDisplayString() == "Neo.SmartContract.Framework.IApiInterface")
            return ContractParameterType.InteropInterface;
        if (type.SpecialType == SpecialType.System_Boolean) return ContractParameterType.Boolean;
        if (IntegerType.Of(type) is not null || IntegerType.IsBigInteger(type)) return ContractParameterType.Integer;
        if (type.SpecialType == SpecialType.System_String) return ContractParameterType.String;
        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }) return ContractParameterType.ByteArray;
        if (type is IArrayTypeSymbol) return ContractParameterType.Array;
        return type.ToDisplayString() switch
        {
            "Neo.SmartContract.Framework.ByteString" => ContractParameterType.ByteArray,
            "Neo.SmartContract.Framework.UInt160" => ContractParameterType.Hash160,
            "Neo.SmartContract.Framework.UInt256" => ContractParameterType.Hash256,
            "Neo.SmartContract.Framework.ECPoint" => ContractParameterType.PublicKey,
            "object" => ContractParameterType.Any,
            _ when type.Name is "List" or "Array" => ContractParameterType.Array,
            _ when type.Name == "Map" => ContractParameterType.Map,
            _ when type.TypeKind is TypeKind.Struct or TypeKind.Class => ContractParameterType.Array,
            _ => ContractParameterType.Any,
        };
    }
}
