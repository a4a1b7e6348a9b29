using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

public sealed partial class MethodCompiler
{
    /// <summary>Pushes the value of <paramref name="operation"/> (a struct location is pushed by reference).</summary>
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
                Slot(OpCode.LDARG0, ArgumentSlot(parameter.Parameter, operation));
                break;
            case ILocalReferenceOperation local when _knownMapLocals.TryGetValue(local.Local, out var map):
                ObjectCreation(map.Creation); // a known storage map is rebuilt where its value is needed
                break;
            case ILocalReferenceOperation local:
                Slot(OpCode.LDLOC0, LocalSlot(local.Local, operation.Syntax.GetLocation()));
                break;
            case IInstanceReferenceOperation instance:
                InstanceReference(instance);
                break;
            case IFieldReferenceOperation field:
                FieldLoad(field);
                break;
            case IPropertyReferenceOperation property:
                PropertyLoad(property);
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
            case ISimpleAssignmentOperation assignment:
                Assign(assignment.Target, assignment.Value, keepResult: true);
                break;
            case ICompoundAssignmentOperation compound:
                CompoundAssignment(compound, keepResult: true);
                break;
            case IIncrementOrDecrementOperation step:
                IncrementOrDecrement(step, keepResult: true);
                break;
            case ICoalesceAssignmentOperation coalesce:
                CoalesceAssignment(coalesce, keepResult: true);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                Deconstruct(deconstruction, keepResult: true);
                break;
            case IConditionalOperation { IsRef: false } ternary when ternary.WhenFalse is not null:
                var otherwise = new Label("ternary-else");
                var end = new Label("ternary-end");
                Condition(ternary.Condition, otherwise, jumpIf: false);
                Value(ternary.WhenTrue);
                Code.Branch(OpCode.JMP, end);
                Code.Mark(otherwise);
                Value(ternary.WhenFalse);
                Code.Mark(end);
                break;
            case ICoalesceOperation coalesce:
                Coalesce(coalesce);
                break;
            case IConditionalAccessOperation access:
                ConditionalAccess(access, discard: false);
                break;
            case IConditionalAccessInstanceOperation:
                Slot(OpCode.LDLOC0, _conditionalReceivers.Count > 0 ? _conditionalReceivers.Peek()
                    : throw Unsupported("NC2200", "A conditional access receiver outside its ?. expression.", operation.Syntax.GetLocation()));
                break;
            case IInvocationOperation invocation:
                Invocation(invocation);
                break;
            case IObjectCreationOperation creation:
                ObjectCreation(creation);
                break;
            case IAnonymousObjectCreationOperation anonymous:
                throw Unsupported("NC2209", "Anonymous types are not supported: declare a struct or class (or use a tuple).", anonymous.Syntax.GetLocation());
            case ITupleOperation tuple:
                Tuple(tuple);
                break;
            case IDefaultValueOperation defaultValue:
                DefaultValue(defaultValue.Type!, operation);
                break;
            case IArrayCreationOperation creation:
                ArrayCreation(creation);
                break;
            case IArrayElementReferenceOperation element:
                ElementReference(element);
                break;
            case ICollectionExpressionOperation collection:
                CollectionExpression(collection);
                break;
            case IInterpolatedStringOperation interpolated:
                InterpolatedString(interpolated);
                break;
            case IIsPatternOperation isPattern:
                IsPattern(isPattern);
                break;
            case IIsTypeOperation isType:
                IsType(isType);
                break;
            case ISwitchExpressionOperation switchExpression:
                SwitchExpression(switchExpression);
                break;
            case IDelegateCreationOperation delegateCreation:
                DelegateCreation(delegateCreation);
                break;
            case IThrowOperation thrown:
                Throw(thrown.Exception!, thrown);
                break;
            case IWithOperation with:
                With(with);
                break;
            case IEventReferenceOperation:
                throw Unsupported("NC2210", "An event can only be raised (invoked) in a contract.", operation.Syntax.GetLocation());
            case ITypeOfOperation:
                throw Unsupported("NC2211", "typeof is not supported: NeoVM has no runtime types.", operation.Syntax.GetLocation());
            case IDeclarationExpressionOperation:
                throw Unsupported("NC2212", "out variables are not supported: return a tuple instead.", operation.Syntax.GetLocation());
            case IRangeOperation:
                throw Unsupported("NC2213", "Ranges (a..b) are not supported: use Helper.Range/Take/Last or Substring.", operation.Syntax.GetLocation());
            default:
                throw Unsupported("NC2200", $"This expression ({operation.Kind}) is not supported.", operation.Syntax.GetLocation());
        }
    }

    /// <summary>Pushes a value that is about to be stored, passed or returned: a struct read from a location is copied.</summary>
    private void Value(IOperation operation)
    {
        Expression(operation);
        if (IsStructLocation(operation)) CopyStruct(operation.Type!);
    }

    /// <summary>Evaluates for side effects only (statement context): assignments store without keeping a copy.</summary>
    private void Discarded(IOperation operation)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation assignment:
                Assign(assignment.Target, assignment.Value, keepResult: false);
                return;
            case ICompoundAssignmentOperation compound:
                CompoundAssignment(compound, keepResult: false);
                return;
            case IIncrementOrDecrementOperation step:
                IncrementOrDecrement(step, keepResult: false);
                return;
            case ICoalesceAssignmentOperation coalesce:
                CoalesceAssignment(coalesce, keepResult: false);
                return;
            case IDeconstructionAssignmentOperation deconstruction:
                Deconstruct(deconstruction, keepResult: false);
                return;
            case IConditionalAccessOperation access:
                ConditionalAccess(access, discard: true);
                return;
            case IEventAssignmentOperation eventAssignment:
                throw Unsupported("NC2210", "Event handlers cannot be added in a contract: an event is only raised (invoked).", eventAssignment.Syntax.GetLocation());
        }
        Expression(operation);
        if (operation.Type is { SpecialType: not SpecialType.System_Void }) Code.Emit(OpCode.DROP);
    }

    private void InstanceReference(IInstanceReferenceOperation instance)
    {
        if (instance.ReferenceKind == InstanceReferenceKind.PatternInput)
        {
            Load(_patternInputs.Count > 0 ? _patternInputs.Peek()
                : throw Unsupported("NC2200", "A pattern input outside its pattern.", instance.Syntax.GetLocation()));
            return;
        }
        if (instance.ReferenceKind == InstanceReferenceKind.ImplicitReceiver)
        {
            Slot(OpCode.LDLOC0, _implicitReceivers.Count > 0 ? _implicitReceivers.Peek()
                : throw Unsupported("NC2200", "An initializer receiver outside its initializer.", instance.Syntax.GetLocation()));
            return;
        }
        if (!_hasThis)
            throw Unsupported("NC2214", "`this` of a contract class has no value: the contract is never instantiated; use its static members.", instance.Syntax.GetLocation());
        Code.Emit(OpCode.LDARG0);
    }

    private void Constant(object? value, IOperation at)
    {
        switch (value)
        {
            case null when at.Type is { } type && IsStruct(type): DefaultValue(type, at); break;
            case null: Code.Emit(OpCode.PUSHNULL); break;
            case bool b: Code.Push(b); break;
            case string s: Code.Push(Encoding.UTF8.GetBytes(s)); break;
            case char c: Code.Push(c); break;
            case sbyte or byte or short or ushort or int or uint or long: Code.Push(Convert.ToInt64(value)); break;
            case ulong u: Code.Push(u); break;
            case float or double or decimal:
                throw Unsupported("NC2202", "Floating-point and decimal values are not supported: NeoVM has integers only; use a scaled BigInteger.", at.Syntax.GetLocation());
            default: throw Unsupported("NC2202", $"Constants of type {value.GetType().Name} are not supported.", at.Syntax.GetLocation());
        }
    }

    /// <summary>a ?? b: a, or b when a is null.</summary>
    private void Coalesce(ICoalesceOperation coalesce)
    {
        var end = new Label("coalesce-end");
        Value(coalesce.Value);
        Code.Emit(OpCode.DUP);
        Code.Emit(OpCode.ISNULL);
        Code.Branch(OpCode.JMPIFNOT, end);
        Code.Emit(OpCode.DROP);
        Value(coalesce.WhenNull);
        Code.Mark(end);
    }

    private readonly Stack<int> _conditionalReceivers = new();

    /// <summary>a?.b: null when a is null, otherwise b evaluated with a as its receiver.</summary>
    private void ConditionalAccess(IConditionalAccessOperation access, bool discard)
    {
        var isNull = new Label("cond-null");
        var end = new Label("cond-end");
        int receiver = NewTemp();
        Expression(access.Operation);
        Code.Emit(OpCode.DUP);
        Code.Emit(OpCode.ISNULL);
        Code.Branch(OpCode.JMPIF, isNull);
        Slot(OpCode.STLOC0, receiver);
        _conditionalReceivers.Push(receiver);
        if (discard) Discarded(access.WhenNotNull);
        else Expression(access.WhenNotNull);
        _conditionalReceivers.Pop();
        if (!discard)
        {
            Code.Mark(isNull);
            return;
        }
        Code.Branch(OpCode.JMP, end);
        Code.Mark(isNull);
        Code.Emit(OpCode.DROP);
        Code.Mark(end);
    }

    /// <summary>Jumps to <paramref name="target"/> when the condition equals <paramref name="jumpIf"/>; short-circuits && and ||.</summary>
    private void Condition(IOperation condition, Label target, bool jumpIf)
    {
        switch (condition)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd, OperatorMethod: null } both when jumpIf:
                var skip = new Label("and-skip");
                Condition(both.LeftOperand, skip, jumpIf: false);
                Condition(both.RightOperand, target, jumpIf: true);
                Code.Mark(skip);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd, OperatorMethod: null } both:
                Condition(both.LeftOperand, target, jumpIf: false);
                Condition(both.RightOperand, target, jumpIf: false);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr, OperatorMethod: null } either when jumpIf:
                Condition(either.LeftOperand, target, jumpIf: true);
                Condition(either.RightOperand, target, jumpIf: true);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr, OperatorMethod: null } either:
                var taken = new Label("or-taken");
                Condition(either.LeftOperand, taken, jumpIf: true);
                Condition(either.RightOperand, target, jumpIf: false);
                Code.Mark(taken);
                return;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } negation:
                Condition(negation.Operand, target, !jumpIf);
                return;
            case IIsPatternOperation isPattern:
                PatternCondition(isPattern, target, jumpIf);
                return;
            case IBinaryOperation { OperatorMethod: null } comparison when IsNumeric(comparison.LeftOperand.Type) && IsNumeric(comparison.RightOperand.Type)
                && ComparisonJump(comparison.OperatorKind, jumpIf) is { } jump && !IsNullConstant(comparison.LeftOperand) && !IsNullConstant(comparison.RightOperand):
                Expression(comparison.LeftOperand);
                Expression(comparison.RightOperand);
                Code.Branch(jump, target);
                return;
        }
        Expression(condition);
        Code.Branch(jumpIf ? OpCode.JMPIF : OpCode.JMPIFNOT, target);
    }

    /// <summary>The fused compare-and-jump for a numeric comparison (JMPEQ … JMPLE), or null.</summary>
    private static OpCode? ComparisonJump(BinaryOperatorKind kind, bool jumpIf) => (kind, jumpIf) switch
    {
        (BinaryOperatorKind.Equals, true) or (BinaryOperatorKind.NotEquals, false) => OpCode.JMPEQ,
        (BinaryOperatorKind.NotEquals, true) or (BinaryOperatorKind.Equals, false) => OpCode.JMPNE,
        (BinaryOperatorKind.LessThan, true) or (BinaryOperatorKind.GreaterThanOrEqual, false) => OpCode.JMPLT,
        (BinaryOperatorKind.LessThanOrEqual, true) or (BinaryOperatorKind.GreaterThan, false) => OpCode.JMPLE,
        (BinaryOperatorKind.GreaterThan, true) or (BinaryOperatorKind.LessThanOrEqual, false) => OpCode.JMPGT,
        (BinaryOperatorKind.GreaterThanOrEqual, true) or (BinaryOperatorKind.LessThan, false) => OpCode.JMPGE,
        _ => null,
    };

    private static bool IsNumeric(ITypeSymbol? type) => IntegerType.Of(type) is not null || IntegerType.IsBigInteger(type);

    /// <summary>
    /// Whether evaluating the operation can neither change state nor observe a change made by a sibling argument, so
    /// arguments made only of such operations may be evaluated in any order.
    /// </summary>
    private static bool IsPure(IOperation operation) => operation switch
    {
        _ when operation.ConstantValue.HasValue => true,
        ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation or IDefaultValueOperation => true,
        IFieldReferenceOperation field => field.Instance is null || IsPure(field.Instance),
        IConversionOperation { OperatorMethod: null, IsChecked: false } conversion => IsPure(conversion.Operand),
        IParenthesizedOperation parenthesized => IsPure(parenthesized.Operand),
        IArrayCreationOperation array => array.DimensionSizes.All(IsPure) && (array.Initializer?.ElementValues.All(IsPure) ?? true),
        IUnaryOperation { IsChecked: false } unary when unary.OperatorMethod is null || IntegerType.IsBigInteger(unary.OperatorMethod.ContainingType) => IsPure(unary.Operand),
        IBinaryOperation { IsChecked: false, OperatorKind: not (BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder) } binary
            when binary.OperatorMethod is null || IntegerType.IsBigInteger(binary.OperatorMethod.ContainingType) => IsPure(binary.LeftOperand) && IsPure(binary.RightOperand),
        _ => false,
    };
}
