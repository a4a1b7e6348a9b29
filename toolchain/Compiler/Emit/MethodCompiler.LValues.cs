using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Assignment targets. A target is prepared once (its receiver and index pushed: k items), then loaded and/or stored,
/// so compound assignments evaluate `a[i()] += v` with one call of i(). Slots need no preparation (k = 0); fields and
/// elements take a receiver and an index (k = 2); accessors take their receiver and indexer arguments.
/// </summary>
public sealed partial class MethodCompiler
{
    private void Assign(IOperation target, IOperation value, bool keepResult)
    {
        int k = PrepareTarget(target);
        Value(value);
        if (keepResult) KeepBelow(k);
        StoreTarget(target);
    }

    private void CompoundAssignment(ICompoundAssignmentOperation compound, bool keepResult)
    {
        if (compound.OperatorMethod is { } method && !IntegerType.IsBigInteger(method.ContainingType))
            throw Unsupported("NC2303", "Compound assignment with a user-defined operator is not supported: write x = x op y.", compound.Syntax.GetLocation());
        var target = compound.Target;
        int k = PrepareTarget(target);
        DuplicatePrepared(k);
        LoadTarget(target);
        if (IsConcatenation(compound))
        {
            StringOperand(compound.Value);
            Code.Emit(OpCode.CAT);
            Code.Emit(OpCode.CONVERT, 0x28);
        }
        else
        {
            Expression(compound.Value);
            var type = IntegerType.Of(target.Type);
            switch (compound.OperatorKind)
            {
                case BinaryOperatorKind.Add: Code.Emit(OpCode.ADD); break;
                case BinaryOperatorKind.Subtract: Code.Emit(OpCode.SUB); break;
                case BinaryOperatorKind.Multiply: Code.Emit(OpCode.MUL); break;
                case BinaryOperatorKind.Divide: Code.Emit(OpCode.DIV); break;
                case BinaryOperatorKind.Remainder:
                    if (IsCheckedContext(compound.Syntax) && type is { Signed: true } signed) GuardMinusOne(signed);
                    Code.Emit(OpCode.MOD);
                    break;
                case BinaryOperatorKind.And: Code.Emit(target.Type?.SpecialType == SpecialType.System_Boolean ? OpCode.BOOLAND : OpCode.AND); break;
                case BinaryOperatorKind.Or: Code.Emit(target.Type?.SpecialType == SpecialType.System_Boolean ? OpCode.BOOLOR : OpCode.OR); break;
                case BinaryOperatorKind.ExclusiveOr: Code.Emit(target.Type?.SpecialType == SpecialType.System_Boolean ? OpCode.NOTEQUAL : OpCode.XOR); break;
                case BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift:
                    if (type is { } shifted) { Code.Push(shifted.Bits == 64 ? 63 : 31); Code.Emit(OpCode.AND); }
                    Code.Emit(compound.OperatorKind == BinaryOperatorKind.LeftShift ? OpCode.SHL : OpCode.SHR);
                    break;
                default:
                    throw Unsupported("NC2303", $"The compound operator {compound.OperatorKind}= is not supported.", compound.Syntax.GetLocation());
            }
            if (type is { } fixedWidth)
            {
                // Left shifts always wrap, like .NET; a right shift of the target's value stays in its range. A signed
                // target's quotient leaves the range only as MinValue / -1 (see Binary); an unsigned one is normalised
                // in full (its divisor converts implicitly to the target's type, so it should stay in range anyway).
                if (compound.OperatorKind == BinaryOperatorKind.LeftShift) Wrap(fixedWidth);
                else if (compound.OperatorKind == BinaryOperatorKind.RightShift) { }
                else if (compound.OperatorKind == BinaryOperatorKind.Divide && fixedWidth.Signed) MaxPlusOneOverflow(fixedWidth, IsCheckedContext(compound.Syntax));
                else if (compound.OperatorKind == BinaryOperatorKind.Divide) Normalize(fixedWidth, IsCheckedContext(compound.Syntax));
                else if (compound.OperatorKind is not (BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr or BinaryOperatorKind.Remainder))
                    Normalize(fixedWidth, compound.IsChecked);
            }
        }
        if (keepResult) KeepBelow(k);
        StoreTarget(target);
    }

    /// <summary>
    /// x += y on strings, or on a type that converts to string implicitly (ByteString: C# binds string + string
    /// through its implicit conversions, so the target's type alone does not tell): CAT, never ADD.
    /// </summary>
    private static bool IsConcatenation(ICompoundAssignmentOperation compound) =>
        compound.OperatorKind == BinaryOperatorKind.Add && compound.OperatorMethod is null
        && (compound.Target.Type?.SpecialType == SpecialType.System_String
            || compound.InConversion.MethodSymbol?.ReturnType.SpecialType == SpecialType.System_String
            || compound.Value.Type?.SpecialType == SpecialType.System_String);

    private void IncrementOrDecrement(IIncrementOrDecrementOperation step, bool keepResult)
    {
        if (step.OperatorMethod is { } method && !IntegerType.IsBigInteger(method.ContainingType))
            throw Unsupported("NC2303", "++/-- with a user-defined operator is not supported.", step.Syntax.GetLocation());
        var target = step.Target;
        int k = PrepareTarget(target);
        DuplicatePrepared(k);
        LoadTarget(target);
        if (keepResult && step.IsPostfix) KeepBelow(k);
        Code.Emit(step.Kind == OperationKind.Increment ? OpCode.INC : OpCode.DEC);
        if (IntegerType.Of(target.Type) is { } type) Normalize(type, step.IsChecked);
        if (keepResult && !step.IsPostfix) KeepBelow(k);
        StoreTarget(target);
    }

    /// <summary>x ??= v: stores v only when x is null; the result is x's value afterwards.</summary>
    private void CoalesceAssignment(ICoalesceAssignmentOperation coalesce, bool keepResult)
    {
        var target = coalesce.Target;
        var end = new Label("coalesce-assign-end");
        var assign = new Label("coalesce-assign");
        int k = PrepareTarget(target);
        DuplicatePrepared(k);
        LoadTarget(target);
        Code.Emit(OpCode.DUP);
        Code.Emit(OpCode.ISNULL);
        Code.Branch(OpCode.JMPIF, assign);
        // Not null: drop the prepared receiver, keep (or drop) the value.
        if (keepResult) { for (int i = 0; i < k; i++) Code.Emit(OpCode.NIP); }
        else { for (int i = 0; i <= k; i++) Code.Emit(OpCode.DROP); }
        Code.Branch(OpCode.JMP, end);
        Code.Mark(assign);
        Code.Emit(OpCode.DROP);
        Value(coalesce.Value);
        if (keepResult) KeepBelow(k);
        StoreTarget(target);
        Code.Mark(end);
    }

    /// <summary>(a, b) = tuple / var (a, b) = tuple: unpack, then store the items first to last.</summary>
    private void Deconstruct(IDeconstructionAssignmentOperation deconstruction, bool keepResult)
    {
        if (keepResult)
            throw Unsupported("NC2215", "A deconstruction is only supported as a statement.", deconstruction.Syntax.GetLocation());
        var targets = deconstruction.Target switch
        {
            ITupleOperation tuple => tuple.Elements,
            IDeclarationExpressionOperation { Expression: ITupleOperation tuple } => tuple.Elements,
            _ => throw Unsupported("NC2215", "Only deconstruction into a tuple of variables is supported.", deconstruction.Syntax.GetLocation()),
        };
        if (deconstruction.Value is ITupleOperation literal && literal.Elements.Length == targets.Length)
        {
            // (a, b) = (b, a): evaluate every value first, then store last to first.
            foreach (var element in literal.Elements) Value(element);
            for (int i = targets.Length - 1; i >= 0; i--) StoreDeconstructed(targets[i]);
            return;
        }
        Value(deconstruction.Value);
        Code.Emit(OpCode.UNPACK);
        Code.Emit(OpCode.DROP);
        foreach (var target in targets) StoreDeconstructed(target);
    }

    private void StoreDeconstructed(IOperation target)
    {
        switch (target)
        {
            case IDiscardOperation:
                Code.Emit(OpCode.DROP);
                return;
            case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local }:
                StoreLocal(local.Local, target.Syntax.GetLocation());
                return;
            case ILocalReferenceOperation or IParameterReferenceOperation:
                StoreTarget(target);
                return;
            case IFieldReferenceOperation { Field.IsStatic: true }:
                StoreTarget(target);
                return;
            default:
                throw Unsupported("NC2215", "Deconstruct into locals, parameters or static fields.", target.Syntax.GetLocation());
        }
    }

    /// <summary>With [p1..pk, v] on the stack, leaves [v, p1..pk, v] so v survives the store.</summary>
    private void KeepBelow(int k)
    {
        switch (k)
        {
            case 0:
                Code.Emit(OpCode.DUP);
                return;
            case 1:
                Code.Emit(OpCode.TUCK);
                return;
            case 2:
                Code.Emit(OpCode.DUP);
                Code.Emit(OpCode.REVERSE4);
                Code.Emit(OpCode.SWAP);
                Code.Emit(OpCode.ROT);
                return;
            default:
                throw new InvalidOperationException("Targets with more than two prepared items are not supported.");
        }
    }

    /// <summary>Duplicates the k prepared items (for a load that consumes them before the store).</summary>
    private void DuplicatePrepared(int k)
    {
        switch (k)
        {
            case 0: return;
            case 1: Code.Emit(OpCode.DUP); return;
            case 2: Code.Emit(OpCode.OVER); Code.Emit(OpCode.OVER); return;
            default:
                for (int i = 0; i < k; i++) { Code.Push(k - 1); Code.Emit(OpCode.PICK); }
                return;
        }
    }

    /// <summary>Pushes what a store to <paramref name="target"/> needs before the value; returns how many items.</summary>
    private int PrepareTarget(IOperation target)
    {
        switch (target)
        {
            case ILocalReferenceOperation or IParameterReferenceOperation:
                return 0;
            case IFieldReferenceOperation { Field.IsStatic: true } field:
                if (ConstantField(field.Field) is not null)
                    throw Unsupported("NC2201", $"The static readonly field {field.Field.Name} is compiled as a constant and cannot be assigned.", target.Syntax.GetLocation());
                return 0;
            case IFieldReferenceOperation field:
                Receiver(field.Instance!, field);
                Code.Push(FieldIndex(field.Field, field));
                return 2;
            case IArrayElementReferenceOperation element:
                if (element.Indices.Length != 1) throw Unsupported("NC2402", "Only one-dimensional arrays are supported.", element.Syntax.GetLocation());
                Expression(element.ArrayReference);
                Expression(element.Indices[0]);
                return 2;
            case IPropertyReferenceOperation property when DirectField(property.Property) is { } backing:
                if (backing.IsStatic) return 0;
                Receiver(property.Instance!, property);
                Code.Push(FieldIndex(backing, property));
                return 2;
            case IPropertyReferenceOperation property when StoredKey(property.Property) is not null:
                return 0;
            case IPropertyReferenceOperation property:
                int k = 0;
                if (ReceiverPrepared(property))
                {
                    Receiver(property.Instance!, property);
                    k++;
                }
                foreach (var argument in property.Arguments.OrderBy(a => a.Parameter!.Ordinal))
                {
                    Value(argument.Value);
                    k++;
                }
                if (k > 2) throw Unsupported("NC2201", "Indexers with more than one argument cannot be assigned.", target.Syntax.GetLocation());
                return k;
            default:
                throw Unsupported("NC2201", $"Assigning to this target ({target.Kind}) is not supported.", target.Syntax.GetLocation());
        }
    }

    /// <summary>Replaces the k prepared items with the target's value.</summary>
    private void LoadTarget(IOperation target)
    {
        switch (target)
        {
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation { Field.IsStatic: true }:
                Expression(target);
                return;
            case IFieldReferenceOperation or IArrayElementReferenceOperation:
                Code.Emit(OpCode.PICKITEM);
                return;
            case IPropertyReferenceOperation property when DirectField(property.Property) is { } backing:
                if (backing.IsStatic) Slot(OpCode.LDSFLD0, StaticSlotOf(backing));
                else Code.Emit(OpCode.PICKITEM);
                return;
            case IPropertyReferenceOperation property when StoredKey(property.Property) is { } key:
                StoredLoad(property.Property, key);
                return;
            case IPropertyReferenceOperation property:
                CallPrepared(property.Property.GetMethod ?? throw Unsupported("NC2201", $"{property.Property.Name} has no getter.", target.Syntax.GetLocation()),
                    PreparedCount(property), target.Syntax, property.Instance);
                return;
        }
    }

    /// <summary>Stores the value on top into the target, consuming the prepared items.</summary>
    private void StoreTarget(IOperation target)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                StoreLocal(local.Local, target.Syntax.GetLocation());
                return;
            case IParameterReferenceOperation parameter:
                Slot(OpCode.STARG0, ArgumentSlot(parameter.Parameter, target));
                return;
            case IFieldReferenceOperation { Field.IsStatic: true } field:
                Slot(OpCode.STSFLD0, StaticSlotOf(field.Field));
                return;
            case IFieldReferenceOperation or IArrayElementReferenceOperation:
                Code.Emit(OpCode.SETITEM);
                return;
            case IPropertyReferenceOperation property when DirectField(property.Property) is { } backing:
                if (backing.IsStatic) Slot(OpCode.STSFLD0, StaticSlotOf(backing));
                else Code.Emit(OpCode.SETITEM);
                return;
            case IPropertyReferenceOperation property when StoredKey(property.Property) is { } key:
                StoredStore(key, property.Property.Type);
                return;
            case IPropertyReferenceOperation property:
                var setter = property.Property.SetMethod ?? FindSetter(property.Property)
                    ?? throw Unsupported("NC2201", $"{property.Property.Name} has no setter.", target.Syntax.GetLocation());
                CallPrepared(setter, PreparedCount(property) + 1, target.Syntax, property.Instance);
                return;
            default:
                throw Unsupported("NC2201", $"Assigning to this target ({target.Kind}) is not supported.", target.Syntax.GetLocation());
        }
    }

    private int PreparedCount(IPropertyReferenceOperation property) => (ReceiverPrepared(property) ? 1 : 0) + property.Arguments.Length;

    /// <summary>Whether an accessor's receiver is pushed: not for static members, contract members or a known storage map.</summary>
    private bool ReceiverPrepared(IPropertyReferenceOperation property) =>
        property.Instance is not null && !property.Property.IsStatic && TakesThisOrBinding(property.Property) && KnownStorageMap(property.Instance) is null;

    /// <summary>Whether an instance accessor needs its receiver: bound framework members and methods that take `this`.</summary>
    private bool TakesThisOrBinding(IPropertySymbol property)
    {
        var accessor = property.GetMethod ?? property.SetMethod;
        return accessor is not null && (Bindings.Of(accessor) is InlineBinding || TakesThis(accessor));
    }

    private static IMethodSymbol? FindSetter(IPropertySymbol property)
    {
        for (var p = property.OverriddenProperty; p is not null; p = p.OverriddenProperty)
            if (p.SetMethod is not null) return p.SetMethod;
        return null;
    }
}
