using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>BCL members with a direct NeoVM form (BigInteger's well-known values and tests).</summary>
public sealed partial class MethodCompiler
{
    private void PropertyReference(IPropertyReferenceOperation property)
    {
        var owner = property.Property.ContainingType;
        if (IntegerType.IsBigInteger(owner))
        {
            if (property.Instance is not null) Expression(property.Instance);
            switch (property.Property.Name)
            {
                case "One" when property.Instance is null: Code.Push(1); return;
                case "Zero" when property.Instance is null: Code.Push(0); return;
                case "MinusOne" when property.Instance is null: Code.Push(-1); return;
                case "IsZero": Code.Emit(OpCode.NZ); Code.Emit(OpCode.NOT); return;
                case "IsOne": Code.Push(1); Code.Emit(OpCode.NUMEQUAL); return;
                case "Sign": Code.Emit(OpCode.SIGN); return;
                case "IsEven": Code.Push(1); Code.Emit(OpCode.AND); Code.Emit(OpCode.NOT); return;
            }
        }
        if (property.Property.Name == "Message" && property.Property.ContainingType.ToDisplayString() == "System.Exception")
        {
            Expression(property.Instance!); // a caught NeoVM exception is the thrown item, i.e. its message
            return;
        }
        if (property.Property.Name == "Length" && property.Instance?.Type is IArrayTypeSymbol)
        {
            Expression(property.Instance);
            Code.Emit(OpCode.SIZE);
            return;
        }
        throw Unsupported("NC2204", $"The property {property.Property.ToDisplayString()} is not supported yet.", property.Syntax.GetLocation());
    }
}
