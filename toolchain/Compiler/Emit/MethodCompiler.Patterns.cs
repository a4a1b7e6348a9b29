using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Pattern matching (is, switch statements and expressions): the input waits in a hidden slot and each pattern falls
/// through when it matches or jumps to its fail label. Run-time type tests use NeoVM's item types, so they can tell
/// integers, booleans, strings/byte strings (hashes by length), buffers, structs, arrays and maps apart, not classes.
/// </summary>
public sealed partial class MethodCompiler
{
    /// <summary>Where a pattern's input waits: a local slot, or the argument slot it already is in.</summary>
    private readonly record struct PatternInput(int Slot, bool IsArgument = false);

    private readonly Stack<PatternInput> _patternInputs = new();

    private void Load(PatternInput input) => Slot(input.IsArgument ? OpCode.LDARG0 : OpCode.LDLOC0, input.Slot);

    /// <summary>The value of <paramref name="value"/> where patterns can read it repeatedly (its own slot when it is a local or parameter).</summary>
    private PatternInput InputOf(IOperation value)
    {
        switch (value)
        {
            case ILocalReferenceOperation local:
                return new PatternInput(LocalSlot(local.Local, value.Syntax.GetLocation()));
            case IParameterReferenceOperation parameter:
                return new PatternInput(ArgumentSlot(parameter.Parameter, value), IsArgument: true);
        }
        var input = new PatternInput(NewTemp());
        Expression(value);
        Slot(OpCode.STLOC0, input.Slot);
        return input;
    }

    /// <summary>Whether a pattern is `null` (true) or `not null` (false); null for any other pattern.</summary>
    private static bool? NullTest(IPatternOperation pattern) => pattern switch
    {
        IConstantPatternOperation constant when IsNullConstant(constant.Value) => true,
        INegatedPatternOperation { Pattern: IConstantPatternOperation constant } when IsNullConstant(constant.Value) => false,
        _ => null,
    };

    /// <summary>`x is P` as a branch condition; `x is null` / `x is not null` are a plain ISNULL test.</summary>
    private void PatternCondition(IIsPatternOperation isPattern, Label target, bool jumpIf)
    {
        if (NullTest(isPattern.Pattern) is { } testsNull)
        {
            Expression(isPattern.Value);
            Code.Emit(OpCode.ISNULL);
            Code.Branch(jumpIf == testsNull ? OpCode.JMPIF : OpCode.JMPIFNOT, target);
            return;
        }
        var input = InputOf(isPattern.Value);
        if (!jumpIf)
        {
            Pattern(isPattern.Pattern, input, isPattern.Value.Type, target);
            return;
        }
        var skip = new Label("is-skip");
        Pattern(isPattern.Pattern, input, isPattern.Value.Type, skip);
        Code.Branch(OpCode.JMP, target);
        Code.Mark(skip);
    }

    private void IsPattern(IIsPatternOperation isPattern)
    {
        if (NullTest(isPattern.Pattern) is { } testsNull)
        {
            Expression(isPattern.Value);
            Code.Emit(OpCode.ISNULL);
            if (!testsNull) Code.Emit(OpCode.NOT);
            return;
        }
        var fail = new Label("is-fail");
        var end = new Label("is-end");
        var input = InputOf(isPattern.Value);
        Pattern(isPattern.Pattern, input, isPattern.Value.Type, fail);
        Code.Push(true);
        Code.Branch(OpCode.JMP, end);
        Code.Mark(fail);
        Code.Push(false);
        Code.Mark(end);
    }

    private void IsType(IIsTypeOperation isType)
    {
        Expression(isType.ValueOperand);
        TypeTest(isType.ValueOperand.Type, isType.TypeOperand, isType.Syntax);
        if (isType.IsNegated) Code.Emit(OpCode.NOT);
    }

    /// <summary>Falls through when the value in <paramref name="input"/> matches, else jumps to <paramref name="fail"/>.</summary>
    private void Pattern(IPatternOperation pattern, PatternInput input, ITypeSymbol? inputType, Label fail)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
                return;
            case IConstantPatternOperation constant:
                Load(input);
                if (IsNullConstant(constant.Value))
                {
                    Code.Emit(OpCode.ISNULL);
                    Code.Branch(OpCode.JMPIFNOT, fail);
                    return;
                }
                Expression(constant.Value);
                if (IsNumeric(inputType) && IsNumeric(constant.Value.Type)) Code.Branch(OpCode.JMPNE, fail);
                else
                {
                    Code.Emit(OpCode.EQUAL);
                    Code.Branch(OpCode.JMPIFNOT, fail);
                }
                return;
            case IRelationalPatternOperation relational:
                if (!IsNumeric(inputType))
                {
                    Load(input);
                    Code.Emit(OpCode.ISTYPE, 0x21);
                    Code.Branch(OpCode.JMPIFNOT, fail);
                }
                Load(input);
                Expression(relational.Value);
                Code.Branch(ComparisonJump(relational.OperatorKind, jumpIf: false)
                    ?? throw Unsupported("NC2601", $"The relational pattern {relational.OperatorKind} is not supported.", pattern.Syntax.GetLocation()), fail);
                return;
            case ITypePatternOperation typePattern:
                TypeCheck(input, inputType, typePattern.MatchedType, fail, pattern.Syntax);
                return;
            case IDeclarationPatternOperation declaration:
                if (!declaration.MatchesNull) TypeCheck(input, inputType, declaration.MatchedType ?? inputType, fail, pattern.Syntax);
                if (declaration.DeclaredSymbol is ILocalSymbol local)
                {
                    Load(input);
                    StoreLocal(local, pattern.Syntax.GetLocation());
                }
                return;
            case INegatedPatternOperation negated:
                var matched = new Label("not-matched");
                Pattern(negated.Pattern, input, inputType, matched);
                Code.Branch(OpCode.JMP, fail);
                Code.Mark(matched);
                return;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both:
                Pattern(both.LeftPattern, input, inputType, fail);
                Pattern(both.RightPattern, input, NarrowedType(both.LeftPattern) ?? inputType, fail);
                return;
            case IBinaryPatternOperation either:
                var tryRight = new Label("or-right");
                var ok = new Label("or-ok");
                Pattern(either.LeftPattern, input, inputType, tryRight);
                Code.Branch(OpCode.JMP, ok);
                Code.Mark(tryRight);
                Pattern(either.RightPattern, input, inputType, fail);
                Code.Mark(ok);
                return;
            case IRecursivePatternOperation recursive:
                RecursivePattern(recursive, input, inputType, fail);
                return;
            default:
                throw Unsupported("NC2600", $"This pattern ({pattern.Kind}) is not supported.", pattern.Syntax.GetLocation());
        }
    }

    private static ITypeSymbol? NarrowedType(IPatternOperation pattern) => pattern switch
    {
        ITypePatternOperation type => type.MatchedType,
        IDeclarationPatternOperation declaration => declaration.MatchedType,
        IRecursivePatternOperation recursive => recursive.MatchedType,
        _ => null,
    };

    /// <summary>{ P: pattern, … } and (pattern, …) over fields, properties and tuple elements.</summary>
    private void RecursivePattern(IRecursivePatternOperation recursive, PatternInput input, ITypeSymbol? inputType, Label fail)
    {
        TypeCheck(input, inputType, recursive.MatchedType, fail, recursive.Syntax);
        if (recursive.DeconstructSymbol is not null)
            throw Unsupported("NC2602", "Positional patterns need a Deconstruct method, which is not supported: use a property pattern { X: … }.", recursive.Syntax.GetLocation());
        _patternInputs.Push(input);
        for (int i = 0; i < recursive.DeconstructionSubpatterns.Length; i++)
        {
            var element = new PatternInput(NewTemp());
            Load(input);
            Code.Push(i);
            Code.Emit(OpCode.PICKITEM);
            Slot(OpCode.STLOC0, element.Slot);
            var elementType = (recursive.MatchedType as INamedTypeSymbol)?.TupleElements.ElementAtOrDefault(i)?.Type;
            Pattern(recursive.DeconstructionSubpatterns[i], element, elementType, fail);
        }
        foreach (var property in recursive.PropertySubpatterns)
        {
            var value = new PatternInput(NewTemp());
            Expression(property.Member);
            Slot(OpCode.STLOC0, value.Slot);
            Pattern(property.Pattern, value, property.Member.Type, fail);
        }
        _patternInputs.Pop();
        if (recursive.DeclaredSymbol is ILocalSymbol local)
        {
            Load(input);
            StoreLocal(local, recursive.Syntax.GetLocation());
        }
    }

    /// <summary>Jumps to fail unless the input is a non-null <paramref name="type"/> (statically known types need only the null test).</summary>
    private void TypeCheck(PatternInput input, ITypeSymbol? inputType, ITypeSymbol? type, Label fail, SyntaxNode at)
    {
        Load(input);
        TypeTest(inputType, type, at);
        Code.Branch(OpCode.JMPIFNOT, fail);
    }

    /// <summary>Replaces the value on top with whether it is a non-null <paramref name="type"/>.</summary>
    private void TypeTest(ITypeSymbol? inputType, ITypeSymbol? type, SyntaxNode at)
    {
        if (type is null) { Code.Emit(OpCode.DROP); Code.Push(true); return; }
        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        if (inputType is not null && ((Microsoft.CodeAnalysis.CSharp.CSharpCompilation)contract.Compilation).ClassifyConversion(inputType, underlying) is { IsImplicit: true, IsUserDefined: false }
            && !(inputType.SpecialType == SpecialType.System_Object && underlying.IsValueType))
        {
            if (inputType.IsValueType && inputType is not INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
            {
                Code.Emit(OpCode.DROP);
                Code.Push(true);
            }
            else
            {
                Code.Emit(OpCode.ISNULL);
                Code.Emit(OpCode.NOT);
            }
            return;
        }
        var frameworkName = underlying.ContainingNamespace?.ToDisplayString() == "Neo.SmartContract.Framework" ? underlying.Name : null;
        byte? itemType = null;
        int size = -1;
        if (IsNumeric(underlying)) itemType = 0x21;
        else if (underlying.SpecialType == SpecialType.System_Boolean) itemType = 0x20;
        else if (underlying.SpecialType == SpecialType.System_String || frameworkName == "ByteString") itemType = 0x28;
        else if (frameworkName is "UInt160" or "UInt256" or "ECPoint") { itemType = 0x28; size = frameworkName == "UInt160" ? 20 : frameworkName == "UInt256" ? 32 : 33; }
        else if (underlying is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }) itemType = 0x30;
        else if (frameworkName == "Map" || underlying.OriginalDefinition.ToDisplayString() == "Neo.SmartContract.Framework.Map<TKey, TValue>") itemType = 0x48;
        else if (IsStruct(underlying)) itemType = 0x41;
        else if (underlying is IArrayTypeSymbol || underlying.OriginalDefinition.ToDisplayString() == "Neo.SmartContract.Framework.List<T>") itemType = 0x40;
        if (itemType is null)
            throw Unsupported("NC2603", $"A run-time test for {type.ToDisplayString()} is not possible: NeoVM does not keep class types.", at.GetLocation());
        if (size < 0)
        {
            Code.Emit(OpCode.ISTYPE, itemType.Value);
            return;
        }
        var no = new Label("type-no");
        var end = new Label("type-end");
        Code.Emit(OpCode.DUP);
        Code.Emit(OpCode.ISTYPE, itemType.Value);
        Code.Branch(OpCode.JMPIFNOT, no);
        Code.Emit(OpCode.SIZE);
        Code.Push(size);
        Code.Emit(OpCode.NUMEQUAL);
        Code.Branch(OpCode.JMP, end);
        Code.Mark(no);
        Code.Emit(OpCode.DROP);
        Code.Push(false);
        Code.Mark(end);
    }

    private void Switch(ISwitchOperation operation)
    {
        var input = InputOf(operation.Value);
        var end = new Label("switch-end");
        var sections = operation.Cases.Select(_ => new Label("case")).ToArray();
        Label? fallback = null;
        for (int i = 0; i < operation.Cases.Length; i++)
        {
            foreach (var clause in operation.Cases[i].Clauses)
            {
                var next = new Label("case-next");
                switch (clause)
                {
                    case ISingleValueCaseClauseOperation single:
                        Load(input);
                        Expression(single.Value);
                        if (IsNumeric(operation.Value.Type) && IsNumeric(single.Value.Type)) Code.Branch(OpCode.JMPEQ, sections[i]);
                        else
                        {
                            Code.Emit(OpCode.EQUAL);
                            Code.Branch(OpCode.JMPIF, sections[i]);
                        }
                        continue;
                    case IPatternCaseClauseOperation patternClause:
                        Pattern(patternClause.Pattern, input, operation.Value.Type, next);
                        if (patternClause.Guard is { } guard) Condition(guard, next, jumpIf: false);
                        Code.Branch(OpCode.JMP, sections[i]);
                        Code.Mark(next);
                        continue;
                    case IDefaultCaseClauseOperation:
                        fallback = sections[i];
                        continue;
                    default:
                        throw Unsupported("NC2503", $"This case clause ({clause.CaseKind}) is not supported.", clause.Syntax.GetLocation());
                }
            }
        }
        Code.Branch(OpCode.JMP, fallback ?? end);
        var (outerContinue, continueDepth) = _loops.Count > 0 ? (_loops.Peek().Continue, _loops.Peek().ContinueDepth) : (end, _tries.Count);
        _loops.Push((end, _tries.Count, outerContinue, continueDepth));
        for (int i = 0; i < operation.Cases.Length; i++)
        {
            Code.Mark(sections[i]);
            foreach (var statement in operation.Cases[i].Body) Statement(statement);
        }
        _loops.Pop();
        Code.Mark(end);
    }

    /// <summary>x switch { p => v, … }: the first matching arm's value; no match throws as .NET does.</summary>
    private void SwitchExpression(ISwitchExpressionOperation operation)
    {
        var input = InputOf(operation.Value);
        var end = new Label("switch-expr-end");
        foreach (var arm in operation.Arms)
        {
            var next = new Label("arm-next");
            Pattern(arm.Pattern, input, operation.Value.Type, next);
            if (arm.Guard is { } guard) Condition(guard, next, jumpIf: false);
            Value(arm.Value);
            Code.Branch(OpCode.JMP, end);
            Code.Mark(next);
        }
        Code.Push(Encoding.UTF8.GetBytes("Non-exhaustive switch expression failed to match its input."));
        Code.Emit(OpCode.THROW);
        Code.Mark(end);
    }
}
