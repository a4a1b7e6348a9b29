using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Compiler.Diagnostics;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Compiles one method from Roslyn's operation tree: arguments and locals live in slots (INITSLOT), values on the
/// evaluation stack; anything outside the supported subset is a located compile error, never wrong code.
/// </summary>
public sealed partial class MethodCompiler(ContractCompilation contract, IMethodSymbol? methodSymbol)
{
    private readonly Dictionary<ILocalSymbol, int> _locals = new(SymbolEqualityComparer.Default);
    private readonly Stack<(Label Break, Label Continue, int TryDepth)> _loops = new();
    private int _temps; // hidden slots (foreach, returns inside try) come after the declared locals
    private int _tempLimit;

    private Code Code => contract.Code;

    /// <summary>A static field initialiser inside _initialize: the value, then STSFLD.</summary>
    public void InitializeStatic(IOperation value, int slot)
    {
        Expression(value);
        Slot(OpCode.STSFLD0, slot);
    }

    public void Compile(Label entry)
    {
        var method = methodSymbol ?? throw new InvalidOperationException("No method to compile.");
        var syntax = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax()
            ?? throw Unsupported("NC2001", $"Method {method.Name} has no source to compile.", method.Locations.FirstOrDefault());
        var body = contract.ModelOf(syntax.SyntaxTree).GetOperation(syntax) as IMethodBodyOperation
            ?? throw Unsupported("NC2001", $"Method {method.Name} has no body.", syntax.GetLocation());
        foreach (var local in body.Descendants().OfType<IVariableDeclaratorOperation>().Select(d => d.Symbol))
            _locals.TryAdd(local, _locals.Count);
        _temps = _locals.Count;
        _tempLimit = _temps + 2 * body.Descendants().Count(o => o is IForEachLoopOperation) + body.Descendants().Count(o => o is ITryOperation or ISwitchOperation);
        if (_tempLimit > byte.MaxValue || method.Parameters.Length > byte.MaxValue)
            throw Unsupported("NC2002", $"Method {method.Name} has more than 255 locals or parameters.", syntax.GetLocation());
        Code.Mark(entry);
        if (_tempLimit > 0 || method.Parameters.Length > 0) Code.Emit(OpCode.INITSLOT, (byte)_tempLimit, (byte)method.Parameters.Length);
        Statement((IOperation?)body.BlockBody ?? body.ExpressionBody!);
        Code.Emit(OpCode.RET);
    }

    private void Statement(IOperation operation)
    {
        switch (operation)
        {
            case IBlockOperation block:
                foreach (var statement in block.Operations) Statement(statement);
                break;
            case IVariableDeclarationGroupOperation group:
                foreach (var declarator in group.Declarations.SelectMany(d => d.Declarators))
                {
                    var initializer = declarator.Initializer?.Value;
                    if (initializer is null) continue;
                    Expression(initializer);
                    StoreLocal(declarator.Symbol);
                }
                break;
            case IExpressionStatementOperation expression:
                Discarded(expression.Operation);
                break;
            case IReturnOperation ret:
                Return(ret);
                break;
            case ITryOperation tryOperation:
                Try(tryOperation);
                break;
            case ISwitchOperation switchOperation:
                Switch(switchOperation);
                break;
            case IConditionalOperation conditional:
                If(conditional);
                break;
            case IWhileLoopOperation loop:
                While(loop);
                break;
            case IForLoopOperation loop:
                For(loop);
                break;
            case IForEachLoopOperation loop:
                ForEach(loop);
                break;
            case IBranchOperation { BranchKind: BranchKind.Break }:
                Leave(Loop(operation).Break, Loop(operation).TryDepth, operation);
                break;
            case IBranchOperation { BranchKind: BranchKind.Continue }:
                Leave(Loop(operation).Continue, Loop(operation).TryDepth, operation);
                break;
            case IThrowOperation thrown:
                Throw(thrown);
                break;
            case IEmptyOperation:
                break;
            default:
                throw Unsupported("NC2100", $"This statement ({operation.Kind}) is not supported yet.", operation.Syntax.GetLocation());
        }
    }

    /// <summary>Jumps to a loop label; leaving a try block needs ENDTRY (one level) so its finally runs.</summary>
    private void Leave(Label target, int targetTryDepth, IOperation at)
    {
        int levels = _tries.Count - targetTryDepth;
        if (levels == 0) Code.Branch(OpCode.JMP, target);
        else if (levels == 1) Code.Branch(OpCode.ENDTRY, target);
        else throw Unsupported("NC2504", "break/continue out of nested try blocks is not supported yet.", at.Syntax.GetLocation());
    }

    private (Label Break, Label Continue, int TryDepth) Loop(IOperation at) =>
        _loops.Count > 0 ? _loops.Peek() : throw Unsupported("NC2101", "break/continue outside a loop.", at.Syntax.GetLocation());

    private void If(IConditionalOperation conditional)
    {
        var otherwise = new Label("else");
        var end = new Label("endif");
        Condition(conditional.Condition, otherwise, jumpIf: false);
        Statement(conditional.WhenTrue);
        if (conditional.WhenFalse is null)
        {
            Code.Mark(otherwise);
            return;
        }
        Code.Branch(OpCode.JMP, end);
        Code.Mark(otherwise);
        Statement(conditional.WhenFalse);
        Code.Mark(end);
    }

    private void While(IWhileLoopOperation loop)
    {
        var top = new Label("loop");
        var check = new Label("check");
        var end = new Label("endloop");
        if (!loop.ConditionIsTop) Code.Branch(OpCode.JMP, top); else Code.Branch(OpCode.JMP, check);
        Code.Mark(top);
        _loops.Push((end, check, _tries.Count));
        Statement(loop.Body);
        _loops.Pop();
        Code.Mark(check);
        if (loop.Condition is null) Code.Branch(OpCode.JMP, top);
        else Condition(loop.Condition, top, jumpIf: !loop.ConditionIsUntil);
        Code.Mark(end);
    }

    private void For(IForLoopOperation loop)
    {
        foreach (var before in loop.Before) Statement(before);
        var top = new Label("for");
        var next = new Label("next");
        var check = new Label("check");
        var end = new Label("endfor");
        Code.Branch(OpCode.JMP, check);
        Code.Mark(top);
        _loops.Push((end, next, _tries.Count));
        Statement(loop.Body);
        _loops.Pop();
        Code.Mark(next);
        foreach (var step in loop.AtLoopBottom) Statement(step);
        Code.Mark(check);
        if (loop.Condition is null) Code.Branch(OpCode.JMP, top);
        else Condition(loop.Condition, top, jumpIf: true);
        Code.Mark(end);
    }

    /// <summary>throw new X(message): THROW the message (or the exception type's name when there is none).</summary>
    private void Throw(IThrowOperation thrown)
    {
        switch (thrown.Exception)
        {
            case IObjectCreationOperation { Arguments.Length: > 0 } creation when creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String:
                Expression(creation.Arguments[0].Value);
                break;
            case IObjectCreationOperation creation:
                Code.Push(System.Text.Encoding.UTF8.GetBytes(creation.Type!.Name));
                break;
            default:
                throw Unsupported("NC2102", "Only `throw new SomeException(...)` is supported yet.", thrown.Syntax.GetLocation());
        }
        Code.Emit(OpCode.THROW);
    }

    private void StoreLocal(ILocalSymbol local) => Slot(OpCode.STLOC0, _locals[local]);

    /// <summary>A hidden local slot, reserved when the method's slots were counted.</summary>
    private int NewTemp() => _temps < _tempLimit ? _temps++ : throw new InvalidOperationException("Hidden slots were under-counted.");

    private void Slot(OpCode first, int index)
    {
        if (index < 7) Code.Emit((OpCode)((byte)first + index));
        else Code.Emit((OpCode)((byte)first + 7), (byte)index);
    }

    private static UnsupportedException Unsupported(string id, string message, Location? location) => new(id, message, location);
}
