using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

public sealed partial class MethodCompiler
{
    /// <summary>Pushes the value of <paramref name="operation"/>.</summary>
    private void Expression(IOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true } constant && operation.Type is not null)
        {
            Constant(constant.Value, operation);
            return;
        }
        switch (operation)
        {
            case IParameterReferenceOperation parameter:
                Slot(OpCode.LDARG0, parameter.Parameter.Ordinal);
                break;
            case ILocalReferenceOperation local:
                Slot(OpCode.LDLOC0, _locals[local.Local]);
                break;
            case IFieldReferenceOperation { Field.IsStatic: true } field when contract.StaticSlots.TryGetValue(field.Field.OriginalDefinition, out int slot):
                Slot(OpCode.LDSFLD0, slot);
                break;
            case IConversionOperation conversion:
                Conversion(conversion);
                break;
            case IParenthesizedOperation parenthesized:
                Expression(parenthesized.Operand);
                break;
            case IBinaryOperation binary:
                Binary(binary);
                break;
            case IUnaryOperation unary:
                Unary(unary);
                break;
            case ISimpleAssignmentOperation { Target: IArrayElementReferenceOperation element } assignment:
                StoreElement(element, assignment.Value, keepResult: true);
                break;
            case ISimpleAssignmentOperation assignment:
                Expression(assignment.Value);
                Code.Emit(OpCode.DUP);
                Store(assignment.Target);
                break;
            case ICompoundAssignmentOperation compound:
                CompoundAssignment(compound, keepResult: true);
                break;
            case IIncrementOrDecrementOperation step:
                IncrementOrDecrement(step, keepResult: true);
                break;
            case IConditionalOperation { IsRef: false } ternary when ternary.WhenFalse is not null:
                var otherwise = new Label("ternary-else");
                var end = new Label("ternary-end");
                Condition(ternary.Condition, otherwise, jumpIf: false);
                Expression(ternary.WhenTrue);
                Code.Branch(OpCode.JMP, end);
                Code.Mark(otherwise);
                Expression(ternary.WhenFalse);
                Code.Mark(end);
                break;
            case IInvocationOperation invocation:
                Invocation(invocation);
                break;
            case IPropertyReferenceOperation property:
                PropertyReference(property);
                break;
            case IArrayCreationOperation creation:
                ArrayCreation(creation);
                break;
            case IArrayElementReferenceOperation element:
                ElementReference(element);
                break;
            default:
                throw Unsupported("NC2200", $"This expression ({operation.Kind}) is not supported yet.", operation.Syntax.GetLocation());
        }
    }

    /// <summary>Evaluates for side effects only (statement context): assignments store without keeping a copy.</summary>
    private void Discarded(IOperation operation)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IArrayElementReferenceOperation element } assignment:
                StoreElement(element, assignment.Value, keepResult: false);
                return;
            case ISimpleAssignmentOperation assignment:
                Expression(assignment.Value);
                Store(assignment.Target);
                return;
            case ICompoundAssignmentOperation compound:
                CompoundAssignment(compound, keepResult: false);
                return;
            case IIncrementOrDecrementOperation step:
                IncrementOrDecrement(step, keepResult: false);
                return;
        }
        Expression(operation);
        if (operation.Type is { SpecialType: not SpecialType.System_Void }) Code.Emit(OpCode.DROP);
    }

    private void Store(IOperation target)
    {
        switch (target)
        {
            case ILocalReferenceOperation local: StoreLocal(local.Local); break;
            case IParameterReferenceOperation parameter: Slot(OpCode.STARG0, parameter.Parameter.Ordinal); break;
            case IFieldReferenceOperation { Field.IsStatic: true } field when contract.StaticSlots.TryGetValue(field.Field.OriginalDefinition, out int slot):
                Slot(OpCode.STSFLD0, slot);
                break;
            default:
                throw Unsupported("NC2201", $"Assigning to this target ({target.Kind}) is not supported yet.", target.Syntax.GetLocation());
        }
    }

    private void Constant(object? value, IOperation at)
    {
        switch (value)
        {
            case null: Code.Emit(OpCode.PUSHNULL); break;
            case bool b: Code.Push(b); break;
            case string s: Code.Push(Encoding.UTF8.GetBytes(s)); break;
            case char c: Code.Push(c); break;
            case sbyte or byte or short or ushort or int or uint or long: Code.Push(Convert.ToInt64(value)); break;
            case ulong u: Code.Push(u); break;
            default: throw Unsupported("NC2202", $"Constants of type {value.GetType().Name} are not supported.", at.Syntax.GetLocation());
        }
    }

    /// <summary>Calls another method of this contract: arguments pushed last first, so argument 0 is on top at INITSLOT.</summary>
    private void Invocation(IInvocationOperation invocation)
    {
        var target = invocation.TargetMethod;
        if (target.IsStatic && SymbolEqualityComparer.Default.Equals(target.ContainingType, contract.Contract.Type))
        {
            foreach (var argument in invocation.Arguments.OrderByDescending(a => a.Parameter!.Ordinal)) Expression(argument.Value);
            Code.Branch(OpCode.CALL, contract.MethodLabel(target));
            return;
        }
        throw Unsupported("NC2203", $"Calling {target.ToDisplayString()} is not supported yet.", invocation.Syntax.GetLocation());
    }

    /// <summary>Jumps to <paramref name="target"/> when the condition equals <paramref name="jumpIf"/>; short-circuits && and ||.</summary>
    private void Condition(IOperation condition, Label target, bool jumpIf)
    {
        switch (condition)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when jumpIf:
                var skip = new Label("and-skip");
                Condition(both.LeftOperand, skip, jumpIf: false);
                Condition(both.RightOperand, target, jumpIf: true);
                Code.Mark(skip);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both:
                Condition(both.LeftOperand, target, jumpIf: false);
                Condition(both.RightOperand, target, jumpIf: false);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when jumpIf:
                Condition(either.LeftOperand, target, jumpIf: true);
                Condition(either.RightOperand, target, jumpIf: true);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either:
                var taken = new Label("or-taken");
                Condition(either.LeftOperand, taken, jumpIf: true);
                Condition(either.RightOperand, target, jumpIf: false);
                Code.Mark(taken);
                return;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } negation:
                Condition(negation.Operand, target, !jumpIf);
                return;
        }
        Expression(condition);
        Code.Branch(jumpIf ? OpCode.JMPIF : OpCode.JMPIFNOT, target);
    }
}
